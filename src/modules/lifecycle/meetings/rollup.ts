// The month's or quarter's meetings of every cell under a committee: how many were held, and the flags
// (too short, papers late, months without a meeting, and for a finished quarter the content kinds its kind of cell
// left out). Months still to come are not judged.
import type { Db } from '../../../db/connection.js';
import { meetingFlags, monthsBetween, monthsWithoutMeeting, periodMonths } from '../../../domain/lifecycle/meetings.js';
import type { Settings } from '../../../domain/lifecycle/settings.js';
import { contentNotCovered } from '../../../domain/lifecycle/content-kinds.js';
import * as q from './queries.js';

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

export async function rollup(db: Db, unit: { id: number; path: string }, period: string, today: string, s: Settings) {
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
  return { period, from, to, rows };
}
