import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password.js';
import { throttleDelaySeconds } from './throttle.js';
import { canGrant, coversAccount } from './accounts.js';
import type { Actor } from './scope.js';

describe('the password rule', () => {
  it('asks for 12 to 128 characters, counting Vietnamese letters as one each', () => {
    expect(passwordProblem('Ngắn@2026', 'bithu')).toBe('password_too_short');
    expect(passwordProblem('Xa12345678b', 'bithu')).toBe('password_too_short');
    expect(passwordProblem('Xa123456789b', 'bithu')).toBeNull();
    expect(passwordProblem('Hà Nội mùa thu', 'bithu')).toBeNull();
    expect(passwordProblem('đđđđđđđđđđđ', 'bithu')).toBe('password_too_short'); // 11 letters, 22 bytes
    expect(passwordProblem('x'.repeat(129), 'bithu')).toBe('password_too_long');
  });
  it('refuses common passwords whatever their case, Vietnamese ones included', () => {
    for (const p of [
      'password1234',
      'PASSWORD1234',
      'Matkhau@2026',
      'matkhau123456',
      'Dangvien@2026',
      'anhyeuem1234',
      'qwertyuiop123',
      '123456789abc',
      'Vietnam@2025',
      'Abc@12345678'.slice(0, 12),
    ]) {
      expect(passwordProblem(p, 'someone'), p).toBe('password_common');
    }
    expect(passwordProblem('Demo@2026-Grassroots', 'admin')).toBeNull();
  });
  it('refuses a password holding the username', () => {
    expect(passwordProblem('vanphong-2026-Tay', 'vanphong')).toBe('password_has_username');
    expect(passwordProblem('My VANPHONG key!', 'vanphong')).toBe('password_has_username');
    expect(passwordProblem('vanphong-2026-Tay', 'bithu')).toBeNull();
  });
});

describe('login throttling delays', () => {
  it('lets four failures go, then doubles from 1 s to at most 15 min', () => {
    expect([1, 2, 3, 4].map(throttleDelaySeconds)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 14, 15, 40].map(throttleDelaySeconds)).toEqual([1, 2, 4, 8, 512, 900, 900]);
  });
});

const actor = (grants: [Actor['grants'][number]['role'], string][]): Actor => ({
  userId: 99,
  username: 'x',
  displayName: 'x',
  memberId: null,
  locale: 'vi',
  grants: grants.map(([role, unitPath]) => ({ role, unitPath, unitId: Number(unitPath.split('.').pop()) })),
});

describe('who manages an account', () => {
  const office = actor([['committee_office', '1.2.4']]);
  const admin = actor([['province_admin', '1']]);
  it('lets an office grant only below its own rank, inside its subtree', () => {
    expect(canGrant(office, 'cell_secretary', '1.2.4.5')).toBe(true);
    expect(canGrant(office, 'committee_office', '1.2.4.5')).toBe(false);
    expect(canGrant(office, 'province_admin', '1.2.4')).toBe(false);
    expect(canGrant(office, 'observer', '1.3')).toBe(false);
    expect(canGrant(admin, 'province_admin', '1')).toBe(true);
  });
  it('covers an account only when all its grants and its member are within reach', () => {
    expect(coversAccount(office, { grants: [{ role: 'member', path: '1.2.4.5' }], memberPath: '1.2.4.5' })).toBe(true);
    expect(coversAccount(office, { grants: [{ role: 'member', path: '1.2.4.5' }], memberPath: '1.3.7.8' })).toBe(false);
    expect(
      coversAccount(office, {
        grants: [
          { role: 'member', path: '1.2.4.5' },
          { role: 'observer', path: '1.3' },
        ],
        memberPath: null,
      }),
    ).toBe(false);
    expect(coversAccount(office, { grants: [{ role: 'committee_office', path: '1.2.4' }], memberPath: null })).toBe(false);
    expect(coversAccount(office, { grants: [], memberPath: null })).toBe(false);
    expect(coversAccount(admin, { grants: [{ role: 'committee_office', path: '1.2.4' }], memberPath: '1.3.7.8' })).toBe(true);
  });
});
