import { describe, expect, it } from 'vitest';
import { unpaidMonths } from './handbook.js';

describe('months a member still owes this year', () => {
  it('counts from January, or from the month of joining, to the current month, leaving out paid months', () => {
    expect(unpaidMonths({ today: '2026-04-15', joinedOn: '2010-03-02', paid: ['2026-01-01', '2026-03-01'] })).toEqual([
      '2026-02-01',
      '2026-04-01',
    ]);
    expect(unpaidMonths({ today: '2026-04-15', joinedOn: '2026-03-20', paid: [] })).toEqual(['2026-03-01', '2026-04-01']);
    expect(unpaidMonths({ today: '2026-04-15', joinedOn: '2027-01-01', paid: [] })).toEqual([]);
    expect(unpaidMonths({ today: '2026-01-31', joinedOn: '2000-01-01', paid: ['2026-01-01'] })).toEqual([]);
  });
});
