import { describe, expect, it } from 'vitest';
import { carryQuarters, type QuarterResult } from './quarters.js';

const q = (from: string, to: string, g: number | null, t: number | null, level: QuarterResult['level'] = null): QuarterResult => ({
  periodFrom: from,
  periodTo: to,
  generalPoints: g,
  taskPoints: t,
  level,
});

describe('quarterly reviews carried into the year', () => {
  it('lists each quarter once (the later review wins), with the means on the form’s 0.25 step and the lowest level', () => {
    const r = carryQuarters(
      [
        q('2026-01-01', '2026-03-31', 25, 60, 'good'),
        q('2026-04-01', '2026-06-30', 28, 66.5, 'excellent'),
        q('2026-04-01', '2026-06-30', 27, 65, 'good'), // the same quarter reviewed again later in the list: period ties keep the last
        q('2026-07-01', '2026-09-30', null, null, 'completed'),
      ],
      2026,
    );
    expect(r.quarters.map((x) => x.quarter)).toEqual([1, 2, 3]);
    expect(r.quarters[1]).toMatchObject({ generalPoints: 27, taskPoints: 65, total: 92 });
    expect(r.meanGeneralPoints).toBe(26); // (25 + 27) / 2
    expect(r.meanTaskPoints).toBe(62.5); // (60 + 65) / 2
    expect(r.lowestLevel).toBe('completed');
  });

  it('ignores reviews of another year or spanning more than a quarter, and says nothing when there is nothing', () => {
    expect(carryQuarters([q('2025-10-01', '2025-12-31', 20, 50), q('2026-01-01', '2026-06-30', 30, 70)], 2026)).toEqual({
      quarters: [],
      meanGeneralPoints: null,
      meanTaskPoints: null,
      lowestLevel: null,
    });
  });

  it('rounds a mean to the nearest quarter point', () => {
    const r = carryQuarters(
      [q('2026-01-01', '2026-03-31', 25, 60), q('2026-04-01', '2026-06-30', 25.25, 61), q('2026-07-01', '2026-09-30', 25.25, 61)],
      2026,
    );
    expect(r.meanGeneralPoints).toBe(25.25); // 25.1666…
    expect(r.meanTaskPoints).toBe(60.75); // 60.666…
  });
});
