// The month's or quarter's meetings of every cell under a committee: how many were held, and the flags
// (too short, papers late, months without a meeting, and for a finished quarter the content kinds its kind of cell
// left out). Months still to come are not judged. A province has thousands of cells: the answer is one page of them
// (or of those with something to follow up), with the sums over them all. Every cell is still judged to count the
// sums and pick the flagged ones: the answer is bounded, the work grows with the subtree (see bench/lifecycle).
import type { Db } from '../../../db/connection.js';
import { meetingFlags, monthsBetween, monthsWithoutMeeting, periodMonths } from '../../../domain/lifecycle/meetings.js';
import type { Settings } from '../../../domain/lifecycle/settings.js';
import { contentNotCovered } from '../../../domain/lifecycle/content-kinds.js';
import * as q from './queries.js';

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

export interface RollupAsk {
  period: string;
  /** Only the cells with something to follow up (a month without a meeting, a flagged meeting, content left out). */
  flagged?: boolean;
  page: number;
  pageSize: number;
}

export async function rollup(db: Db, unit: { id: number; path: string }, ask: RollupAsk, today: string, s: Settings) {
  const { period } = ask;
  const { from, to } = periodMonths(period);
  const until = [today.slice(0, 7), to].sort()[0]!;
  const judged = until < from ? [] : monthsBetween(from, until);
  // Content is judged over a whole quarter, once it is over.
  const quarterOver = /^\d{4}-Q[1-4]$/.test(period) && today.slice(0, 7) > to && s.meetingContentCheck > 0;
  const [cells, meetings] = await Promise.all([
    q.cellsUnder(db, unit.path, `${from}-01`, lastDay(to)),
    q.meetingsBetween(db, unit.path, `${from}-01`, lastDay(to)),
  ]);
  // One pass over the meetings, then one lookup per cell (not a scan of every meeting for every cell).
  const byCell = new Map<number, typeof meetings>();
  for (const m of meetings) (byCell.get(m.unit_id) ?? byCell.set(m.unit_id, []).get(m.unit_id)!).push(m);
  const rows = cells.map((c) => {
    const all = byCell.get(c.id) ?? [];
    const own = all.filter((m) => m.held_on <= today);
    const flags = own.map((m) =>
      meetingFlags(
        {
          heldOn: m.held_on,
          kind: m.kind,
          startTime: m.start_time,
          startedAt: m.started_at,
          endedAt: m.ended_at,
          papersPostedAt: m.last_posted_at ? [m.last_posted_at] : [],
        },
        s,
      ),
    );
    return {
      unitId: c.id,
      unitName: c.name,
      held: own.length,
      scheduled: all.filter((m) => m.held_on > today).length,
      tooShort: flags.filter((f) => f.includes('too_short')).length,
      papersLate: flags.filter((f) => f.includes('papers_late')).length,
      monthsWithout: monthsWithoutMeeting(
        judged,
        own.map((m) => m.held_on),
        s.meetingsPerMonth,
      ),
      contentMissing: quarterOver
        ? contentNotCovered(
            c.cell_type,
            own.map((m) => m.content_kinds),
          )
        : [],
    };
  });
  const flaggedRow = (r: (typeof rows)[number]) => r.tooShort + r.papersLate + r.monthsWithout.length + r.contentMissing.length > 0;
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);
  const sums = {
    cells: rows.length,
    held: sum((r) => r.held),
    scheduled: sum((r) => r.scheduled),
    tooShort: sum((r) => r.tooShort),
    papersLate: sum((r) => r.papersLate),
    cellsWithoutMeeting: sum((r) => (r.monthsWithout.length ? 1 : 0)),
    cellsMissingContent: sum((r) => (r.contentMissing.length ? 1 : 0)),
    cellsFlagged: sum((r) => (flaggedRow(r) ? 1 : 0)),
  };
  const shown = ask.flagged ? rows.filter(flaggedRow) : rows;
  const start = (ask.page - 1) * ask.pageSize;
  return {
    period,
    from,
    to,
    page: ask.page,
    pageSize: ask.pageSize,
    total: shown.length,
    sums,
    items: shown.slice(start, start + ask.pageSize),
  };
}
