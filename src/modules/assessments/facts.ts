// The facts the rule engine evaluates, gathered for one subject: its own entries (self-assessment,
// review), task figures, discipline in the period, and for collectives their subordinate units and leadership.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { SubjectFacts, SubjectKind, TaskFigures } from '../../domain/assessment/index.js';
import type { CycleRow, SubjectRow } from './queries.js';
import type { ReviewEntry, SelfEntry } from './schemas.js';

type Q = Kysely<Database>;
const COLLECTIVES = new Set(['party_cell', 'grassroots_org', 'party_committee', 'leadership_collective']);

/** Completion figures of the tasks a holder had due in the period (see TaskFigures). */
export async function taskFigures(db: Q, holder: { memberId: number | null; unitId: number }, from: string, to: string): Promise<TaskFigures | undefined> {
  let q = db.selectFrom('assigned_task').select([
    (eb) => eb.fn.countAll<string>().as('total'),
    sql<string>`count(*) FILTER (WHERE completion = 'on_time')`.as('on_time'),
    sql<string>`count(*) FILTER (WHERE completion = 'late')`.as('late'),
    sql<string>`count(*) FILTER (WHERE completion = 'exceeded')`.as('exceeded'),
    sql<string>`count(*) FILTER (WHERE completion IS NULL)`.as('not_done'),
    sql<string>`count(*) FILTER (WHERE completion IS NULL AND key_target)`.as('key_missed'),
  ]).where('due_on', '>=', from).where('due_on', '<=', to);
  q = holder.memberId !== null
    ? q.where('holder_member_id', '=', holder.memberId)
    : q.where('holder_unit_id', '=', holder.unitId).where('holder_member_id', 'is', null);
  const r = await q.executeTakeFirstOrThrow();
  const total = Number(r.total);
  if (total === 0) return undefined;
  return { total, onTime: Number(r.on_time), late: Number(r.late), exceeded: Number(r.exceeded), notDone: Number(r.not_done), keyMissed: Number(r.key_missed) };
}

async function discipline(db: Q, s: SubjectRow, from: string, to: string) {
  let q = db.selectFrom('discipline_record').select(['form', 'decided_on', 'self_detected_remedied'])
    .where('decided_on', '>=', from).where('decided_on', '<=', to);
  q = s.member_id !== null ? q.where('member_id', '=', s.member_id) : q.where('unit_id', '=', s.unit_id).where('member_id', 'is', null);
  const rows = await q.execute();
  return rows.map((r) => ({ form: r.form, decidedOn: r.decided_on, selfDetectedRemedied: r.self_detected_remedied }));
}

/** For a collective: its subordinate units on the period's last day, those disciplined, and its leadership's discipline. */
async function collectiveFacts(db: Q, s: SubjectRow, from: string, to: string) {
  const r = await sql<{ units: string; disciplined: string; leadership: boolean }>`
    WITH kids AS (
      SELECT unit_id FROM org_unit_version
      WHERE parent_id = ${s.unit_id} AND valid_from <= ${to} AND (valid_to IS NULL OR valid_to > ${to}))
    SELECT (SELECT count(*) FROM kids) AS units,
      (SELECT count(DISTINCT d.unit_id) FROM discipline_record d JOIN kids k ON k.unit_id = d.unit_id
        WHERE d.member_id IS NULL AND d.decided_on BETWEEN ${from} AND ${to} AND NOT d.self_detected_remedied) AS disciplined,
      EXISTS (SELECT 1 FROM discipline_record d
        JOIN committee_seat cs ON cs.member_id = d.member_id JOIN committee_term t ON t.id = cs.term_id
        WHERE t.unit_id = ${s.unit_id} AND d.decided_on BETWEEN ${from} AND ${to} AND NOT d.self_detected_remedied
          AND cs.from_date <= ${to} AND (cs.to_date IS NULL OR cs.to_date > ${from})) AS leadership`.execute(db);
  const row = r.rows[0]!;
  return { subordinateUnits: Number(row.units), subordinateUnitsDisciplined: Number(row.disciplined), leadershipDisciplined: row.leadership };
}

/** Facts as entered (self-assessment and review), without I/O: also used to check a submission before it is stored. */
export function enteredFacts(kind: SubjectKind, self: SelfEntry | null, review: ReviewEntry | null): SubjectFacts {
  const f: SubjectFacts = { kind };
  if (self) {
    if (self.criteria) f.criteria = self.criteria;
    if (self.generalPoints !== undefined || self.taskPoints !== undefined) {
      f.points = { general: self.generalPoints ?? 0, tasks: self.taskPoints ?? 0 };
    }
    if (self.concreteProducts !== undefined) f.concreteProducts = self.concreteProducts;
    if (self.sickLeaveMonths !== undefined) f.sickLeaveMonths = self.sickLeaveMonths;
    if (self.maternityLeaveMonths !== undefined) f.maternityLeaveMonths = self.maternityLeaveMonths;
    if (self.shortcomingsRemedied !== undefined) f.earlierShortcomingsRemedied = self.shortcomingsRemedied;
    if (self.tasks) f.tasks = self.tasks;
  }
  if (review?.degradation !== undefined) f.degradation = review.degradation;
  if (review?.disunity !== undefined && COLLECTIVES.has(kind)) f.internalDisunity = review.disunity;
  return f;
}

export async function gatherFacts(db: Q, c: CycleRow, s: SubjectRow, self: SelfEntry | null, review: ReviewEntry | null): Promise<SubjectFacts> {
  const facts = enteredFacts(s.subject_kind as SubjectKind, self, review);
  const holder = { memberId: s.member_id, unitId: s.unit_id };
  const [tasks, disc] = await Promise.all([taskFigures(db, holder, c.period_from, c.period_to), discipline(db, s, c.period_from, c.period_to)]);
  if (tasks) facts.tasks = tasks;
  facts.discipline = disc;
  if (COLLECTIVES.has(s.subject_kind)) Object.assign(facts, await collectiveFacts(db, s, c.period_from, c.period_to));
  return facts;
}
