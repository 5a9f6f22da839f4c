// SQL of the facts read for one subject (see facts.ts), and for a whole subtree at once (see bulk-evaluate.ts).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { DisciplineFact, TaskFigures } from '../../../domain/assessment/index.js';
import { countedTasks } from '../tasks/queries.js';
import type { CycleRow, SubjectRow } from './queries.js';
import type { ReviewEntry, SelfEntry } from './schemas.js';

type Q = Kysely<Database>;

/**
 * In one round trip: the completion figures of the tasks the subject had due in the period (see TaskFigures and
 * countedTasks: the assigning body's evaluation decides, withdrawn and force-majeure tasks are left out; none when
 * no task counts) and its discipline decided in the period.
 */
export async function tasksAndDiscipline(db: Q, s: SubjectRow, from: string, to: string) {
  const tasksOf =
    s.member_id !== null ? sql`holder_member_id = ${s.member_id}` : sql`holder_unit_id = ${s.unit_id} AND holder_member_id IS NULL`;
  const disciplineOf = s.member_id !== null ? sql`member_id = ${s.member_id}` : sql`unit_id = ${s.unit_id} AND member_id IS NULL`;
  const r = await sql<{
    tasks: { total: number; on_time: number; late: number; exceeded: number; not_done: number; key_missed: number };
    discipline: { form: DisciplineFact['form']; decided_on: string; self_detected_remedied: boolean }[];
  }>`SELECT
    (SELECT json_build_object('total', count(*), 'on_time', count(*) FILTER (WHERE outcome = 'on_time'),
        'late', count(*) FILTER (WHERE outcome = 'late'), 'exceeded', count(*) FILTER (WHERE outcome = 'exceeded'),
        'not_done', count(*) FILTER (WHERE outcome = 'not_done'), 'key_missed', count(*) FILTER (WHERE outcome = 'not_done' AND key_target))
       FROM ${countedTasks(sql`due_on BETWEEN ${from} AND ${to} AND ${tasksOf}`)} AS t) AS tasks,
    (SELECT coalesce(json_agg(json_build_object('form', form, 'decided_on', decided_on, 'self_detected_remedied', self_detected_remedied)), '[]')
       FROM discipline_record WHERE decided_on BETWEEN ${from} AND ${to} AND ${disciplineOf}) AS discipline`.execute(db);
  const { tasks: t, discipline } = r.rows[0]!;
  const tasks: TaskFigures | undefined =
    t.total === 0
      ? undefined
      : { total: t.total, onTime: t.on_time, late: t.late, exceeded: t.exceeded, notDone: t.not_done, keyMissed: t.key_missed };
  return {
    tasks,
    discipline: discipline.map((d) => ({ form: d.form, decidedOn: d.decided_on, selfDetectedRemedied: d.self_detected_remedied })),
  };
}

/**
 * For a collective: its subordinate units on the period's last day, those disciplined, and its leadership's discipline.
 * Every discipline counts, self-detected and remedied or not: the collective rules (excellent needs no subordinate
 * unit or leadership member disciplined; more than 20% of units disciplined) name no such exemption.
 */
export async function collectiveFacts(db: Q, s: SubjectRow, from: string, to: string) {
  const r = await sql<{ units: string; disciplined: string; leadership: boolean }>`
    WITH kids AS (
      SELECT unit_id FROM org_unit_version
      WHERE parent_id = ${s.unit_id} AND valid_from <= ${to} AND (valid_to IS NULL OR valid_to > ${to}))
    SELECT (SELECT count(*) FROM kids) AS units,
      (SELECT count(DISTINCT d.unit_id) FROM discipline_record d JOIN kids k ON k.unit_id = d.unit_id
        WHERE d.member_id IS NULL AND d.decided_on BETWEEN ${from} AND ${to}) AS disciplined,
      EXISTS (SELECT 1 FROM discipline_record d
        JOIN committee_seat cs ON cs.member_id = d.member_id JOIN committee_term t ON t.id = cs.term_id
        WHERE t.unit_id = ${s.unit_id} AND d.decided_on BETWEEN ${from} AND ${to}
          AND cs.from_date <= ${to} AND (cs.to_date IS NULL OR cs.to_date > ${from})) AS leadership`.execute(db);
  const row = r.rows[0]!;
  return {
    subordinateUnits: Number(row.units),
    subordinateUnitsDisciplined: Number(row.disciplined),
    leadershipDisciplined: row.leadership,
  };
}

/** The rated subjects of the cycle under `path`, with what was entered in their self-assessment and review. */
export function ratedSubjectEntries(db: Q, c: CycleRow, path: string) {
  return sql<{
    id: number;
    kind: string;
    member_id: number | null;
    unit_id: number;
    quota_group: string;
    self: SelfEntry | null;
    review: ReviewEntry | null;
  }>`
      SELECT id, subject_kind AS kind, member_id, unit_id, quota_group, self_assessment AS self, review
      FROM assessment_subject WHERE cycle_id = ${c.id} AND not_rated_reason IS NULL AND unit_path <@ ${path}::ltree`
    .execute(db)
    .then((r) => r.rows);
}

/** The discipline decided in the cycle's period, listed per member (or per unit for a Party organization). */
export function disciplineInPeriod(db: Q, c: CycleRow) {
  return sql<{ member_id: number | null; unit_id: number; list: DisciplineFact[] }>`
      SELECT member_id, unit_id, json_agg(json_build_object('form', form, 'decidedOn', decided_on, 'selfDetectedRemedied', self_detected_remedied)) AS list
      FROM discipline_record WHERE decided_on BETWEEN ${c.period_from} AND ${c.period_to} GROUP BY 1, 2`
    .execute(db)
    .then((r) => r.rows);
}

/** The completion figures of the tasks due in the cycle's period under `path`, per holder (member, or unit), as counted for one subject. */
export function taskFiguresIn(db: Q, c: CycleRow, path: string) {
  return sql<{
    member_id: number | null;
    unit_id: number;
    total: number;
    on_time: number;
    late: number;
    exceeded: number;
    not_done: number;
    key_missed: number;
  }>`
      SELECT holder_member_id AS member_id, holder_unit_id AS unit_id, count(*)::int AS total,
        (count(*) FILTER (WHERE outcome = 'on_time'))::int AS on_time, (count(*) FILTER (WHERE outcome = 'late'))::int AS late,
        (count(*) FILTER (WHERE outcome = 'exceeded'))::int AS exceeded, (count(*) FILTER (WHERE outcome = 'not_done'))::int AS not_done,
        (count(*) FILTER (WHERE outcome = 'not_done' AND key_target))::int AS key_missed
      FROM ${countedTasks(sql`due_on BETWEEN ${c.period_from} AND ${c.period_to} AND holder_path <@ ${path}::ltree`)} AS t GROUP BY 1, 2`
    .execute(db)
    .then((r) => r.rows);
}
