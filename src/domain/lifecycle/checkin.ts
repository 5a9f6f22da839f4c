// The rotating code of a meeting's QR check-in. The code of a time window is an HMAC of the meeting and the
// window under the meeting's secret; the screen shows a new one every PERIOD seconds and a code is accepted in its
// own window and the next, so it lives between PERIOD and 2 × PERIOD seconds: long enough to scan on a slow phone,
// too short to pass on by message to someone who is not in the room. Pure (crypto is computation, not I/O).
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Seconds between two codes (the issue asks for 15–30). */
export const CHECKIN_PERIOD_SECONDS = 20;

export function checkinWindow(nowMs: number, periodSeconds = CHECKIN_PERIOD_SECONDS): number {
  return Math.floor(nowMs / (periodSeconds * 1000));
}

/** The code of `window` (base64url, 22 characters: 128 bits of the HMAC). */
export function checkinCode(secret: Uint8Array, meetingId: number, window: number): string {
  return createHmac('sha256', secret).update(`checkin:${meetingId}:${window}`).digest().subarray(0, 16).toString('base64url');
}

/** Seconds until the code shown now is replaced. */
export function secondsToNextCode(nowMs: number, periodSeconds = CHECKIN_PERIOD_SECONDS): number {
  const period = periodSeconds * 1000;
  return Math.ceil((period - (nowMs % period)) / 1000);
}

/** True when `code` is the code of the current window or of the one before. */
export function isCurrentCheckinCode(secret: Uint8Array, meetingId: number, code: string, nowMs: number): boolean {
  const given = Buffer.from(code);
  const w = checkinWindow(nowMs);
  return [w, w - 1].some((win) => {
    const expected = Buffer.from(checkinCode(secret, meetingId, win));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}
