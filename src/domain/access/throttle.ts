// Login throttling per (username, address): growing delays instead of a hard lock, so that nobody can
// lock an account (the province admin's) from their own machine, while guessing from one address slows
// to one try per quarter hour. Unknown usernames are counted the same way, so the answers never tell
// which usernames exist.
export const FREE_FAILURES = 5;
export const MAX_DELAY_SECONDS = 15 * 60;

/** Seconds to wait after the `failures`-th failure in a row: none for the first 4, then 1, 2, 4 … up to 15 min. */
export function throttleDelaySeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - FREE_FAILURES), MAX_DELAY_SECONDS);
}

/** Failures older than this are forgotten: a row idle for a day starts again from zero. */
export const THROTTLE_MEMORY_HOURS = 24;
