import { describe, expect, it } from 'vitest';
import { CHECKIN_PERIOD_SECONDS, checkinCode, checkinWindow, isCurrentCheckinCode, secondsToNextCode } from './checkin.js';

const secret = new Uint8Array(32).fill(7);
const other = new Uint8Array(32).fill(8);
const T = Date.UTC(2026, 11, 5, 7, 30, 0);
const P = CHECKIN_PERIOD_SECONDS * 1000;

describe('rotating check-in codes', () => {
  it('accepts the code shown now and the one just before, nothing older, nothing of another meeting or secret', () => {
    const now = checkinCode(secret, 12, checkinWindow(T));
    expect(isCurrentCheckinCode(secret, 12, now, T)).toBe(true);
    expect(isCurrentCheckinCode(secret, 12, now, T + P)).toBe(true);
    expect(isCurrentCheckinCode(secret, 12, now, T + 2 * P)).toBe(false);
    expect(isCurrentCheckinCode(secret, 13, now, T)).toBe(false);
    expect(isCurrentCheckinCode(other, 12, now, T)).toBe(false);
    expect(isCurrentCheckinCode(secret, 12, 'x', T)).toBe(false);
    expect(isCurrentCheckinCode(secret, 12, checkinCode(secret, 12, checkinWindow(T) + 1), T)).toBe(false);
  });

  it('changes the code every period and says how long the shown one has left', () => {
    const w = checkinWindow(T);
    expect(checkinCode(secret, 12, w)).not.toBe(checkinCode(secret, 12, w + 1));
    expect(checkinCode(secret, 12, w)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(secondsToNextCode(w * P)).toBe(CHECKIN_PERIOD_SECONDS);
    expect(secondsToNextCode(w * P + P - 1)).toBe(1);
  });
});
