import { describe, expect, it } from 'vitest';
import { addMonths, notRatedReason } from './index.js';

const year = { from: '2025-01-01', to: '2025-12-31' };

describe('who is not rated', () => {
  it('members exempted or suspended', () => {
    expect(notRatedReason({ kind: 'member', status: 'exempted' }, year)).toBe('exempted');
    expect(notRatedReason({ kind: 'member', status: 'temporarily_exempted' }, year)).toBe('exempted');
    expect(notRatedReason({ kind: 'member', status: 'suspended' }, year)).toBe('suspended');
    expect(notRatedReason({ kind: 'member', status: 'official' }, year)).toBeNull();
  });
  it('an exemption counts when in force at the end of the period', () => {
    expect(notRatedReason({ kind: 'member', exemptions: [{ kind: 'exemption', from: '2025-03-01', to: null }] }, year)).toBe('exempted');
    expect(notRatedReason({ kind: 'member', exemptions: [{ kind: 'suspension', from: '2025-10-01', to: '2026-03-31' }] }, year)).toBe(
      'suspended',
    );
    expect(notRatedReason({ kind: 'member', exemptions: [{ kind: 'exemption', from: '2025-03-01', to: '2025-06-30' }] }, year)).toBeNull();
    expect(notRatedReason({ kind: 'member', exemptions: [{ kind: 'exemption', from: '2026-01-05', to: null }] }, year)).toBeNull();
  });
  it('a member admitted 5 months before the end of the period is not rated; 6 months is', () => {
    expect(notRatedReason({ kind: 'member', status: 'probationary', admittedOn: '2025-07-31' }, year)).toBe('admitted_lt_6_months');
    expect(notRatedReason({ kind: 'member', status: 'probationary', admittedOn: '2025-06-30' }, year)).toBeNull();
    expect(notRatedReason({ kind: 'member', admittedOn: '2025-07-01' }, year)).toBe('admitted_lt_6_months');
  });
  it('units and collectives set up less than 6 months ago', () => {
    expect(notRatedReason({ kind: 'party_cell', foundedOn: '2025-08-15' }, year)).toBe('unit_lt_6_months');
    expect(notRatedReason({ kind: 'leadership_collective', foundedOn: '2025-06-01' }, year)).toBeNull();
    expect(notRatedReason({ kind: 'member', foundedOn: '2025-12-01' }, year)).toBeNull();
  });
  it('adds months, clamping to the end of the month', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2025-07-15', 6)).toBe('2026-01-15');
  });
});
