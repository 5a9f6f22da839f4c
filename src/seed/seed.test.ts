// The pure generators of the demo seed (no database): shape, determinism, member data quality.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyLine, copyValue } from '../db/copy.js';
import { memberEvents } from './members.js';
import { planProvince, type Plan } from './plan.js';
import { addYears, createRng, dayOf } from './rng.js';
import { provinceShape } from './shape.js';
import { demoUsers } from './users.js';

const digest = (p: Plan) => createHash('sha256').update(JSON.stringify([p.units, p.members, p.terms, p.seats])).digest('hex');
const countKinds = (p: Plan) => p.units.reduce<Record<string, number>>((acc, u) => ({ ...acc, [u.kind]: (acc[u.kind] ?? 0) + 1 }), {});

describe('province profile', () => {
  let plan: Plan;
  beforeAll(() => { plan = planProvince({ profile: 'province' }); });

  it('has Nam Định’s shape: 15 subordinate committees, 921 grassroots organizations, 4,293 cells', () => {
    const kinds = countKinds(plan);
    expect(kinds.province_committee).toBe(1);
    expect(kinds.subordinate_committee).toBe(15);
    expect((kinds.grassroots_committee ?? 0) + (kinds.grassroots_cell ?? 0)).toBe(921);
    expect(kinds.grassroots_committee).toBeGreaterThan(550);
    expect(kinds.grassroots_committee).toBeLessThan(650);
    expect(kinds.cell).toBe(4293);
    expect(kinds.partial_committee).toBeGreaterThan(0);
    expect(plan.members).toHaveLength(110_300);
    expect(plan.units[0]).toMatchObject({ id: 1, code: 'NDI', name: 'Tỉnh ủy Nam Định', path: '1', parentId: null });
    expect(plan.units.filter((u) => u.kind === 'subordinate_committee').map((u) => u.name)).toEqual([
      'Thành ủy Nam Định', 'Huyện ủy Mỹ Lộc', 'Huyện ủy Vụ Bản', 'Huyện ủy Ý Yên', 'Huyện ủy Nghĩa Hưng',
      'Huyện ủy Nam Trực', 'Huyện ủy Trực Ninh', 'Huyện ủy Xuân Trường', 'Huyện ủy Giao Thủy', 'Huyện ủy Hải Hậu',
      'Đảng ủy Khối các cơ quan tỉnh', 'Đảng ủy Khối Doanh nghiệp tỉnh', 'Đảng ủy Quân sự tỉnh',
      'Đảng ủy Công an tỉnh', 'Đảng ủy Bộ đội Biên phòng tỉnh',
    ]);
    expect(plan.units.some((u) => u.name === 'Đảng ủy xã Yên Khánh')).toBe(true);
  });

  it('is deterministic, and the seed matters', () => {
    expect(digest(planProvince({ profile: 'province' }))).toBe(digest(plan));
    const other = planProvince({ profile: 'small', seed: 7 });
    expect(digest(other)).not.toBe(digest(planProvince({ profile: 'small' })));
  });

  it('keeps the tree consistent: ids, paths, unique codes, unique names per parent, dates', () => {
    const byId = new Map(plan.units.map((u) => [u.id, u]));
    plan.units.forEach((u, i) => {
      expect(u.id).toBe(i + 1);
      const parent = u.parentId === null ? undefined : byId.get(u.parentId);
      if (parent) {
        expect(u.path).toBe(`${parent.path}.${u.id}`);
        expect(u.code.startsWith(`${parent.code}.`)).toBe(true);
        expect(u.foundedOn >= parent.foundedOn).toBe(true);
      }
    });
    expect(new Set(plan.units.map((u) => u.code)).size).toBe(plan.units.length);
    expect(new Set(plan.units.map((u) => `${u.parentId}|${u.name}`)).size).toBe(plan.units.length);
    const cells = plan.units.filter((u) => u.kind === 'cell');
    expect(cells.every((c) => c.foundedOn >= '1975-01-01' && c.foundedOn <= '2024-12-31')).toBe(true);
  });

  it('puts 3 or more members in every cell and grassroots cell, and none elsewhere', () => {
    const byId = new Map(plan.units.map((u) => [u.id, u]));
    const sizes = new Map<number, number>();
    for (const m of plan.members) sizes.set(m.unitId, (sizes.get(m.unitId) ?? 0) + 1);
    for (const [unitId] of sizes) expect(['cell', 'grassroots_cell']).toContain(byId.get(unitId)!.kind);
    const holders = plan.units.filter((u) => u.kind === 'cell' || u.kind === 'grassroots_cell');
    expect(holders.every((u) => (sizes.get(u.id) ?? 0) >= 3)).toBe(true);
    expect(plan.members.every((m, i) => m.id === i + 1)).toBe(true);
  });

  it('gives unique 12-digit citizen IDs and unique party card numbers', () => {
    const ids = plan.members.map((m) => m.citizenId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^036[0-3]\d{8}$/.test(id))).toBe(true);
    const cards = plan.members.map((m) => m.partyCardNo).filter((c): c is string => c !== null);
    expect(new Set(cards).size).toBe(cards.length);
    expect(cards.every((c) => /^\d{8}$/.test(c))).toBe(true);
    const missing = 1 - cards.length / plan.members.length;
    expect(missing).toBeGreaterThan(0.015);
    expect(missing).toBeLessThan(0.045);
  });

  it('has a realistic status mix and consistent dates', () => {
    const share = (s: string) => plan.members.filter((m) => m.status === s).length / plan.members.length;
    expect(share('probationary')).toBeGreaterThan(0.04);
    expect(share('probationary')).toBeLessThan(0.06);
    expect(share('official')).toBeGreaterThan(0.85);
    expect(share('exempted')).toBeGreaterThan(0.03);
    const today = dayOf(plan.today);
    const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    const bad = plan.members.filter((m) => {
      const admitted = dayOf(m.admittedOn);
      const birth = dayOf(m.birthDate);
      const datesOk = m.birthDate >= '1940-01-01' && m.birthDate <= '2006-12-31'
        && admitted >= addYears(birth, 18) && admitted <= addYears(birth, 60) && admitted <= today;
      const officialOk = m.status === 'probationary'
        ? m.officialOn === null && today - admitted < 366
        : m.officialOn === iso(addYears(admitted, 1)) && m.officialOn <= plan.today;
      return !datesOk || !officialOk;
    });
    expect(bad).toEqual([]);
    const males = plan.members.filter((m) => m.gender === 'male').length / plan.members.length;
    expect(males).toBeGreaterThan(0.52);
    expect(males).toBeLessThan(0.58);
  });

  it('writes Vietnamese names with diacritics, in NFC, with their search and sort forms', () => {
    const nguyen = plan.members.filter((m) => m.fullName.startsWith('Nguyễn ')).length / plan.members.length;
    expect(nguyen).toBeGreaterThan(0.33);
    expect(nguyen).toBeLessThan(0.43);
    expect(plan.members.every((m) => m.fullName === m.fullName.normalize('NFC'))).toBe(true);
    expect(plan.members.filter((m) => /[^\x00-\x7f]/.test(m.fullName)).length / plan.members.length).toBeGreaterThan(0.9);
    expect(plan.members.every((m) => /^[a-z ]+$/.test(m.searchName))).toBe(true);
    expect(plan.members.find((m) => m.fullName.startsWith('Đặng '))?.searchName.startsWith('dang ')).toBe(true);
    expect(new Set(plan.members.map((m) => m.fullName)).size).toBeGreaterThan(5000);
  });

  it('fills committees from the unit’s own subtree, with a secretary everywhere', () => {
    const byId = new Map(plan.units.map((u) => [u.id, u]));
    expect(plan.terms).toHaveLength(plan.units.length);
    const secretaries = new Map<number, number>();
    for (const s of plan.seats) {
      const unit = byId.get(s.termId)!;
      const member = plan.members[s.memberId - 1]!;
      expect(member.status).toBe('official');
      expect(`${byId.get(member.unitId)!.path}.`.startsWith(`${unit.path}.`)).toBe(true);
      if (s.position === 'secretary') secretaries.set(unit.id, (secretaries.get(unit.id) ?? 0) + 1);
    }
    expect(plan.units.every((u) => secretaries.get(u.id) === 1)).toBe(true);
    const gc = plan.units.find((u) => u.kind === 'grassroots_committee')!;
    expect(plan.seats.filter((s) => s.termId === gc.id)).toHaveLength(11);
    expect(plan.terms[0]!.label).toBe('Nhiệm kỳ 2025–2030');
  });

  it('picks the demo users as specified', () => {
    const users = demoUsers(plan.picks);
    expect(users.map((u) => [u.username, u.role])).toEqual([
      ['admin', 'province_admin'], ['vanphong', 'committee_office'], ['bithu', 'cell_secretary'],
      ['dangvien', 'member'], ['giamsat', 'observer'],
    ]);
    const { office, cell, secretary, member, observed } = plan.picks;
    expect(office.parentId).toBe(2);
    expect(office.kind).toBe('grassroots_committee');
    expect(cell.parentId).toBe(office.id);
    expect(secretary.unitId).toBe(cell.id);
    expect(plan.seats.some((s) => s.termId === cell.id && s.memberId === secretary.id && s.position === 'secretary')).toBe(true);
    expect(member.unitId).toBe(cell.id);
    expect(member.status).toBe('official');
    expect(member.id).not.toBe(secretary.id);
    expect(observed.name).toBe('Huyện ủy Mỹ Lộc');
    expect(users[2]!.displayName).toBe(secretary.fullName);
  });
});

describe('small profile', () => {
  it('has 2 subordinate committees, 3 grassroots committees, 1 grassroots cell, 8 cells, 1 partial committee', () => {
    const plan = planProvince({ profile: 'small' });
    expect(countKinds(plan)).toEqual({
      province_committee: 1, subordinate_committee: 2, grassroots_committee: 3, grassroots_cell: 1, cell: 8,
      partial_committee: 1,
    });
    expect(plan.members).toHaveLength(240);
    expect(digest(planProvince({ profile: 'small' }))).toBe(digest(plan));
    expect(plan.picks.office.name).toBe('Đảng ủy phường Trần Hưng Đạo');
    expect(plan.picks.observed.name).toBe('Huyện ủy Ý Yên');
  });

  it('honours a custom member count and date', () => {
    const plan = planProvince({ profile: 'small', members: 60, today: '2030-06-30' });
    expect(plan.members).toHaveLength(60);
    // Cells held their 2030 congresses in spring; the province's comes in October, so it is still 2025's.
    const cell = plan.units.find((u) => u.kind === 'cell')!;
    expect(plan.terms.find((t) => t.unitId === cell.id)!.label).toBe('Nhiệm kỳ 2030–2035');
    expect(plan.terms[0]!.label).toBe('Nhiệm kỳ 2025–2030');
    expect(() => planProvince({ profile: 'small', members: 20 })).toThrow(expect.objectContaining({ code: 'seed_too_few_members', params: { given: 20, min: 27 } }));
  });
});

describe('scaling and helpers', () => {
  it('scales the unit shape with the member count above Nam Định’s size', () => {
    const subs = provinceShape(220_600, createRng(1));
    const grassroots = subs.flatMap((s) => s.grassroots);
    expect(subs).toHaveLength(30);
    expect(grassroots).toHaveLength(1842);
    expect(grassroots.reduce((n, g) => n + g.cells.length + g.partials.reduce((k, p) => k + p.cells.length, 0), 0)).toBe(8586);
  });

  it('escapes COPY text values', () => {
    expect(copyValue(null)).toBe('\\N');
    expect(copyValue('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    expect(copyLine([1, 'Nguyễn Văn An', null])).toBe('1\tNguyễn Văn An\t\\N\n');
  });

  it('records admission, becoming official and status changes as events', () => {
    const plan = planProvince({ profile: 'small' });
    const exempted = plan.members.find((m) => m.status === 'exempted')!;
    expect(memberEvents(exempted).map((e) => e.kind)).toEqual(['admitted', 'official', 'status_changed']);
    expect(JSON.parse(memberEvents(exempted)[2]!.details)).toMatchObject({ status: 'exempted' });
    const probationary = plan.members.find((m) => m.status === 'probationary')!;
    expect(memberEvents(probationary).map((e) => e.kind)).toEqual(['admitted']);
  });
});
