import { describe, expect, it } from 'vitest';
import { checkMove, statusSeries } from './status.js';

describe('campaign household moves', () => {
  it('the next step needs no reason', () => {
    expect(checkMove('not_contacted', 'visited', '')).toEqual({ ok: true, skipped: [] });
    expect(checkMove('compensation_received', 'site_handed_over', '')).toEqual({ ok: true, skipped: [] });
  });
  it('a jump that skips steps needs a reason and names what it skips', () => {
    expect(checkMove('visited', 'compensation_received', '  ')).toEqual({
      ok: false,
      code: 'reason_required_for_skip',
      skipped: ['persuading', 'agreed'],
    });
    expect(checkMove('visited', 'compensation_received', 'Hộ đồng ý ngay tại buổi gặp')).toEqual({
      ok: true,
      skipped: ['persuading', 'agreed'],
    });
  });
  it('blocking and going back need a reason; unblocking does not', () => {
    expect(checkMove('persuading', 'blocked', '')).toMatchObject({ ok: false, code: 'reason_required_for_block' });
    expect(checkMove('agreed', 'visited', '')).toMatchObject({ ok: false, code: 'reason_required_for_back' });
    expect(checkMove('blocked', 'agreed', '')).toEqual({ ok: true, skipped: [] });
    expect(checkMove('agreed', 'agreed', 'x')).toMatchObject({ ok: false, code: 'same_status' });
  });
});

describe('status series', () => {
  it('counts each household at its latest status by the end of each day', () => {
    const s = statusSeries(
      [
        { householdId: 1, to: 'not_contacted', on: '2026-11-01' },
        { householdId: 2, to: 'not_contacted', on: '2026-11-01' },
        { householdId: 1, to: 'visited', on: '2026-11-02' },
        { householdId: 1, to: 'persuading', on: '2026-11-02' },
        { householdId: 2, to: 'blocked', on: '2026-11-03' },
      ],
      '2026-11-01',
      '2026-11-03',
    );
    expect(s.map((d) => d.day)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
    expect(s[0]!.counts.not_contacted).toBe(2);
    expect(s[1]!.counts).toMatchObject({ not_contacted: 1, persuading: 1, visited: 0 });
    expect(s[2]!.counts).toMatchObject({ blocked: 1, persuading: 1, not_contacted: 0 });
  });
});
