import { describe, expect, it } from 'vitest';
import { deadlines, overdue, transition } from './state.js';

const S = { transferStartWorkingDays: 60, letterPresentWorkingDays: 30 };

describe('transfer state machine', () => {
  it('follows recorded → issued → in transit → received', () => {
    expect(transition({ state: 'recorded', outOfProvince: false }, 'issue')).toEqual({ to: 'issued' });
    expect(transition({ state: 'issued', outOfProvince: false }, 'hand_over')).toEqual({ to: 'in_transit' });
    expect(transition({ state: 'in_transit', outOfProvince: false }, 'receive')).toEqual({ to: 'received' });
    expect(transition({ state: 'issued', outOfProvince: false }, 'receive')).toEqual({ to: 'received' });
  });

  it('refuses receiving twice, receiving out of the province, and steps out of order', () => {
    expect(transition({ state: 'received', outOfProvince: false }, 'receive')).toEqual({ error: 'transfer_already_received' });
    expect(transition({ state: 'in_transit', outOfProvince: true }, 'receive')).toEqual({ error: 'transfer_out_of_province_no_receive' });
    expect(transition({ state: 'recorded', outOfProvince: false }, 'receive')).toEqual({ error: 'transfer_state' });
    expect(transition({ state: 'received', outOfProvince: false }, 'cancel')).toEqual({ error: 'transfer_state' });
    expect(transition({ state: 'in_transit', outOfProvince: true }, 'cancel')).toEqual({ error: 'transfer_state' });
  });

  it('computes deadlines in working days and says which is overdue', () => {
    const t = { state: 'issued' as const, movedOn: null, letterDate: '2026-08-24', outOfProvince: false };
    const d = deadlines(t, new Set(['2026-09-01', '2026-09-02']), S);
    expect(d).toEqual({ startBy: null, presentBy: '2026-10-07' });
    expect(overdue(t, d, '2026-10-07')).toBeNull();
    expect(overdue(t, d, '2026-10-08')).toBe('present');
    const rec = { state: 'recorded' as const, movedOn: '2026-01-05', letterDate: null, outOfProvince: false };
    expect(overdue(rec, deadlines(rec, new Set(), S), '2026-03-31')).toBe('start');
    expect(overdue({ ...rec, state: 'received' }, deadlines(rec, new Set(), S), '2026-12-31')).toBeNull();
  });
});
