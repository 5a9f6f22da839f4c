// A screening run: evaluates the pure rules of domain/screening over a subtree and files flags for review.
// The system flags; people decide (a flag is dismissed or becomes a removal proposal).
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { addMonths } from '../../../domain/calendar/dates.js';
import { withoutReviewed } from '../../../domain/screening/reviewed.js';
import {
  absenceRule,
  dueMonths,
  feesRule,
  noProgressRule,
  standardsRule,
  windowMonths,
  type CellPeriod,
  type Flag,
} from '../../../domain/screening/rules.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { loadSettings } from '../shared/settings.js';
import * as q from './queries.js';

interface Found {
  memberId: number;
  unitId: number;
  flag: Flag;
}

/** Months of the window during which an exemption or suspension was in force (not due, not counted). */
function exemptMonths(rows: { from_date: string; to_date: string | null }[], months: string[]) {
  return new Set(months.filter((m) => rows.some((r) => r.from_date < addMonths(m, 1) && (r.to_date === null || r.to_date > m))));
}

export async function evaluate(db: Db, path: string, today: string) {
  const s = await loadSettings(db);
  const months = windowMonths(today);
  const from = months[0]!;
  const to = addMonths(months[11]!, 1);
  const found: Found[] = [];
  const notes: string[] = [];

  const suspects = await q.suspects(db, path, from, to, s.screeningMonths);
  const ex = await q.exemptions(
    db,
    suspects.map((x) => x.id),
    from,
    to,
  );
  // Fees are owed to this unit only for the months the member spent in its cells (not before he was received here).
  const periods = new Map<number, CellPeriod[]>();
  for (const p of await q.cellPeriods(
    db,
    suspects.map((x) => x.id),
    path,
  )) {
    const list = periods.get(p.member_id) ?? [];
    if (p.in_scope) list.push({ from: p.valid_from, to: p.valid_to });
    periods.set(p.member_id, list);
  }
  for (const m of suspects) {
    const exempt = exemptMonths(
      ex.filter((e) => e.member_id === m.id),
      months,
    );
    const due = dueMonths(months, m.admitted_on, periods.get(m.id) ?? null, exempt);
    const absent = m.absent.filter((mo) => !exempt.has(mo));
    for (const flag of [absenceRule(absent, s.screeningMonths), feesRule(due, m.paid, s.screeningMonths)]) {
      if (flag) found.push({ memberId: m.id, unitId: m.unit_id, flag });
    }
  }

  const events = await q.educationEvents(db, path);
  const byMember = new Map<number, { unitId: number; list: { kind: 'educated' | 'progress'; on: string }[] }>();
  for (const e of events) {
    const entry = byMember.get(e.member_id) ?? { unitId: e.unit_id, list: [] };
    entry.list.push({ kind: e.kind === 'educated' ? 'educated' : 'progress', on: e.occurred_on });
    byMember.set(e.member_id, entry);
  }
  for (const [memberId, e] of byMember) {
    const flag = noProgressRule(e.list, today, s.noProgressMonths);
    if (flag) found.push({ memberId, unitId: e.unitId, flag });
  }

  const ratings = await q.ratings(db, path);
  if (!ratings.available) notes.push('ratings_unavailable');
  const rated = new Map<number, { unitId: number; list: { year: number; level: string }[] }>();
  for (const r of ratings.rows) {
    const entry = rated.get(r.member_id) ?? { unitId: r.unit_id, list: [] };
    entry.list.push({ year: r.year, level: r.level });
    rated.set(r.member_id, entry);
  }
  for (const [memberId, r] of rated) {
    const flag = standardsRule(r.list);
    if (flag) found.push({ memberId, unitId: r.unitId, flag });
  }
  return { from, found, notes };
}

/** What a run would raise: the flags found, less those whose evidence period the cell already reviewed. */
export async function evaluateUnreviewed(db: Db, path: string, today: string) {
  const { from, found, notes } = await evaluate(db, path, today);
  const { raise, suppressed } = withoutReviewed(
    found,
    await q.reviewedFlags(
      db,
      found.map((f) => f.memberId),
    ),
  );
  return { from, found: raise, suppressed: suppressed.length, notes };
}

export async function run(db: Db, actor: Actor, unit: { id: number; path: string }, today: string) {
  const { from, found, suppressed, notes } = await evaluateUnreviewed(db, unit.path, today);
  return inTransaction(db, false, async (trx) => {
    const run = await q.insertRun(trx, { unit_id: unit.id, run_on: today, window_from: from, notes, actor_user_id: actor.userId });
    let created = 0;
    for (let i = 0; i < found.length; i += 1000) {
      created += await q.insertFlags(
        trx,
        found.slice(i, i + 1000).map((f) => ({
          run_id: run.id,
          member_id: f.memberId,
          unit_id: f.unitId,
          rule: f.flag.rule,
          evidence: JSON.stringify(f.flag.evidence),
        })),
      );
    }
    await q.setRunFlagged(trx, run.id, created);
    const byRule: Record<string, number> = {};
    for (const f of found) byRule[f.flag.rule] = (byRule[f.flag.rule] ?? 0) + 1;
    const summary = {
      id: run.id,
      unitId: unit.id,
      runOn: today,
      windowFrom: from,
      found: found.length,
      flagged: created,
      alreadyReviewed: suppressed,
      byRule,
      notes,
    };
    await appendAudit(trx, actor, {
      action: 'screening.run',
      entityType: 'screening_run',
      entityId: run.id,
      scopePath: unit.path,
      after: summary,
    });
    return summary;
  });
}
