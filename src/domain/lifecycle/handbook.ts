// Pure pieces of the member's handbook (the phone page).

/**
 * The months of `today`'s year, from January (or the month the member joined, if later) to the current month, for
 * which no fee is recorded: what the member still owes this year. Months are 'YYYY-MM-01'.
 */
export function unpaidMonths(v: { today: string; joinedOn: string; paid: readonly string[] }): string[] {
  const year = Number(v.today.slice(0, 4));
  const current = Number(v.today.slice(5, 7));
  const joined = v.joinedOn.slice(0, 4) === String(year) ? Number(v.joinedOn.slice(5, 7)) : v.joinedOn.slice(0, 4) > String(year) ? 13 : 1;
  const paid = new Set(v.paid.map((m) => m.slice(0, 7)));
  const out: string[] = [];
  for (let m = joined; m <= current; m++) {
    const key = `${year}-${String(m).padStart(2, '0')}`;
    if (!paid.has(key)) out.push(`${key}-01`);
  }
  return out;
}
