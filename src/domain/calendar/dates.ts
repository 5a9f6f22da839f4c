// Calendar arithmetic on 'YYYY-MM-DD' strings (UTC, no time zone): dates of decisions have none.
const DAY = 86_400_000;

export const toDay = (d: string): number => Date.parse(`${d}T00:00:00Z`) / DAY;
export const fromDay = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);
export const addDays = (d: string, n: number): string => fromDay(toDay(d) + n);

/** Adds calendar months; the 31st of a short month falls back to that month's last day. */
export function addMonths(d: string, months: number): string {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total % 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** Whole months between two dates: a month counts once its day of the month is reached. */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let months = (ty - fy) * 12 + (tm - fm);
  if (td < fd) months -= 1;
  return months;
}

/** First day of the month of `d`. */
export const monthOf = (d: string): string => `${d.slice(0, 7)}-01`;
