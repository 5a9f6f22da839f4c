// SQL of review cycles and their subjects, the results of a cycle, and the remarks on a subject.
import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { Level } from '../../../domain/assessment/index.js';
import type { AuditedStatement } from '../../foundation/audit/service.js';
import type { PlannedSubject } from './plan-subjects.js';

type Q = Kysely<Database>;

const cycleColumns = [
  'id',
  'title',
  'kind',
  'period_from',
  'period_to',
  'rule_set',
  'root_unit_id',
  'subject_kinds',
  'deadlines',
  'quota_rounding',
  'quota_grouping',
  'settings',
  'version',
  'created_at',
] as const;

export function getCycle(db: Q, id: number) {
  return db
    .selectFrom('review_cycle')
    .select([...cycleColumns, sql<string>`root_path::text`.as('root_path')])
    .where('id', '=', id)
    .executeTakeFirst();
}
export type CycleRow = NonNullable<Awaited<ReturnType<typeof getCycle>>>;

/** Cycles whose subtree meets the given roots (above or below them), newest first. */
export function cyclesMeeting(db: Q, paths: string[]) {
  if (paths.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('review_cycle')
    .select([...cycleColumns, sql<string>`root_path::text`.as('root_path')])
    .where(sql<boolean>`root_path <@ ANY(${paths}::ltree[]) OR root_path @> ANY(${paths}::ltree[])`)
    .orderBy('period_to', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
}

export async function insertCycle(trx: Transaction<Database>, values: Insertable<Database['review_cycle']>) {
  const row = await trx.insertInto('review_cycle').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function insertSubjects(trx: Transaction<Database>, cycleId: number, subjects: PlannedSubject[]) {
  for (let i = 0; i < subjects.length; i += 2000) {
    await trx
      .insertInto('assessment_subject')
      .values(subjects.slice(i, i + 2000).map((s) => ({ ...s, cycle_id: cycleId })))
      .execute();
  }
}

const subjectColumns = [
  's.id',
  's.cycle_id',
  's.subject_kind',
  's.member_id',
  's.unit_id',
  's.unit_version_id',
  's.quota_group',
  's.display_name',
  's.not_rated_reason',
  's.step',
  's.self_assessment',
  's.review',
  's.verification',
  's.decision',
  's.level',
  's.evaluation',
  's.additional',
  's.reopened',
  's.version',
  's.updated_at',
] as const;

export function getSubject(db: Q, id: number, forUpdate = false) {
  let q = db
    .selectFrom('assessment_subject as s')
    .select([...subjectColumns, sql<string>`s.unit_path::text`.as('unit_path'), sql<string>`s.decider_path::text`.as('decider_path')])
    .where('s.id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type SubjectRow = NonNullable<Awaited<ReturnType<typeof getSubject>>>;

/** A subject locked for a step, with its cycle, in one round trip (the cycle read as JSON, then typed back). */
export async function lockSubjectWithCycle(
  trx: Transaction<Database>,
  id: number,
): Promise<{ subject: SubjectRow; cycle: CycleRow } | undefined> {
  const row = await trx
    .selectFrom('assessment_subject as s')
    .innerJoin('review_cycle as c', 'c.id', 's.cycle_id')
    .select([
      ...subjectColumns,
      sql<string>`s.unit_path::text`.as('unit_path'),
      sql<string>`s.decider_path::text`.as('decider_path'),
      sql<Omit<CycleRow, 'created_at'> & { created_at: string }>`to_jsonb(c)`.as('cycle_json'),
    ])
    .where('s.id', '=', id)
    .forUpdate('s')
    .executeTakeFirst();
  if (!row) return undefined;
  const { cycle_json: c, ...subject } = row;
  const cycle = Object.fromEntries([...cycleColumns, 'root_path'].map((k) => [k, c[k as keyof typeof c]])) as Omit<CycleRow, 'created_at'>;
  return { subject, cycle: { ...cycle, created_at: new Date(c.created_at) } };
}

export interface SubjectFilter {
  cycleId: number;
  path: string;
  step?: string;
  kind?: string;
  notRated?: boolean;
  limit: number;
  offset: number;
}

function filtered(db: Q, f: SubjectFilter) {
  let q = db
    .selectFrom('assessment_subject as s')
    .innerJoin('org_unit_version as v', 'v.id', 's.unit_version_id')
    .where('s.cycle_id', '=', f.cycleId)
    .where(sql<boolean>`s.unit_path <@ ${f.path}::ltree`);
  if (f.step) q = q.where('s.step', '=', f.step);
  if (f.kind) q = q.where('s.subject_kind', '=', f.kind);
  if (f.notRated !== undefined) q = q.where('s.not_rated_reason', f.notRated ? 'is not' : 'is', null);
  return q;
}

export function listSubjects(db: Q, f: SubjectFilter) {
  return filtered(db, f)
    .select([
      's.id',
      's.subject_kind',
      's.member_id',
      's.unit_id',
      's.display_name',
      's.not_rated_reason',
      's.step',
      's.level',
      's.reopened',
      's.version',
      'v.name as unit_name',
      sql<string>`s.unit_path::text`.as('unit_path'),
      sql<string | null>`coalesce(s.verification->>'proposedLevel', s.review->>'proposedLevel')`.as('proposed_level'),
    ])
    .orderBy('s.unit_path')
    .orderBy('s.subject_kind')
    .orderBy('s.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
}

export async function countSubjects(db: Q, f: SubjectFilter) {
  const r = await filtered(db, f)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Counts per step in a subtree of a cycle (not-rated subjects apart). */
export function stepCounts(db: Q, cycleId: number, path: string) {
  return db
    .selectFrom('assessment_subject')
    .select(['step', sql<boolean>`not_rated_reason IS NOT NULL`.as('not_rated'), (eb) => eb.fn.countAll<string>().as('n')])
    .where('cycle_id', '=', cycleId)
    .where(sql<boolean>`unit_path <@ ${path}::ltree`)
    .groupBy(['step', sql`not_rated_reason IS NOT NULL`])
    .execute();
}

/**
 * A workflow step in one statement: the subject's new values (its version checked and raised), the step's
 * history row, and (through `audited`) its audit entry. The caller holds the subject's lock and has
 * checked its version, so the update cannot miss; if it did, the caller throws and the whole rolls back.
 */
export function recordStep(
  audited: AuditedStatement,
  id: number,
  version: number,
  values: Updateable<Database['assessment_subject']>,
  step: { from: string; action: string; to: string; data: unknown; actorUserId: number; actorName: string },
) {
  return audited
    .with('step_insert', (db) =>
      db
        .insertInto('assessment_step')
        .values({
          subject_id: id,
          from_step: step.from,
          action: step.action,
          to_step: step.to,
          data: JSON.stringify(step.data ?? {}),
          actor_user_id: step.actorUserId,
          actor_name: step.actorName,
        })
        .returning('id'),
    )
    .updateTable('assessment_subject as s')
    .set((eb) => ({ ...values, version: eb('s.version', '+', 1), updated_at: sql<Date>`now()` }))
    .where('s.id', '=', id)
    .where('s.version', '=', version)
    .returning([...subjectColumns, sql<string>`s.unit_path::text`.as('unit_path'), sql<string>`s.decider_path::text`.as('decider_path')])
    .executeTakeFirst();
}

/** The member's own subjects (as a member or a leader), newest cycle first. */
export function subjectsOfMember(db: Q, memberId: number) {
  return db
    .selectFrom('assessment_subject as s')
    .innerJoin('review_cycle as c', 'c.id', 's.cycle_id')
    .select([
      's.id',
      's.subject_kind as kind',
      's.step',
      's.level',
      's.not_rated_reason as notRatedReason',
      's.version',
      'c.id as cycleId',
      'c.title as cycleTitle',
      'c.period_from as periodFrom',
      'c.period_to as periodTo',
      'c.rule_set as ruleSet',
    ])
    .where('s.member_id', '=', memberId)
    .orderBy('c.period_to', 'desc')
    .orderBy('s.id')
    .limit(50)
    .execute();
}

/** A decided level of the collective a head leads: a subject of the head's unit in the cycle, other than a leader. */
export async function collectiveLevel(db: Q, s: { cycle_id: number; unit_id: number }) {
  const r = await db
    .selectFrom('assessment_subject')
    .select('level')
    .where('cycle_id', '=', s.cycle_id)
    .where('unit_id', '=', s.unit_id)
    .where('subject_kind', '!=', 'leader')
    .where('level', 'is not', null)
    .executeTakeFirst();
  return r?.level ?? null;
}

/** Whether the member held a committee seat at some time in the cycle's period. */
export async function seatedDuring(db: Q, memberId: number, c: { period_from: string; period_to: string }) {
  const seat = await db
    .selectFrom('committee_seat')
    .select('id')
    .where('member_id', '=', memberId)
    .where('from_date', '<=', c.period_to)
    .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>', c.period_from)]))
    .executeTakeFirst();
  return seat !== undefined;
}

export interface Surroundings {
  steps: { id: number; from_step: string; action: string; to_step: string; data: unknown; actor_name: string; at: string }[];
  unit: { name: string; kind: string } | null;
  plans: { id: number; reason: string; cycle_id: number }[];
  years: { year: number; level: string | null }[];
  /** The subject's quota group (for its meter); empty for a subject not rated. */
  group_levels: GroupLevel[];
}

/**
 * What a subject's page shows around it, in one round trip: its steps, its unit as it stood in the cycle,
 * the open remediation plans of the same member (or unit), its annual levels (for the two-year flag) and
 * the levels of its quota group (for the meter).
 */
export async function surroundings(db: Q, s: SubjectRow): Promise<Surroundings> {
  const plansOf = s.member_id !== null ? sql`p.member_id = ${s.member_id}` : sql`p.unit_id = ${s.unit_id} AND p.member_id IS NULL`;
  const levelsOf =
    s.subject_kind === 'member' && s.member_id !== null
      ? sql`a.member_id = ${s.member_id} AND a.subject_kind = 'member'`
      : sql`a.unit_id = ${s.unit_id} AND a.member_id IS NULL`;
  const r = await sql<Surroundings>`SELECT
    (SELECT coalesce(json_agg(json_build_object('id', st.id, 'from_step', st.from_step, 'action', st.action, 'to_step', st.to_step,
        'data', st.data, 'actor_name', st.actor_name, 'at', st.at) ORDER BY st.id), '[]')
       FROM assessment_step st WHERE st.subject_id = ${s.id}) AS steps,
    (SELECT json_build_object('name', v.name, 'kind', v.kind) FROM org_unit_version v WHERE v.id = ${s.unit_version_id ?? 0}) AS unit,
    (SELECT coalesce(json_agg(json_build_object('id', p.id, 'reason', p.reason, 'cycle_id', o.cycle_id)), '[]')
       FROM remediation_plan p JOIN assessment_subject o ON o.id = p.subject_id WHERE p.status = 'open' AND ${plansOf}) AS plans,
    (SELECT coalesce(json_agg(json_build_object('year', extract(year FROM c.period_to)::int, 'level', a.level)), '[]')
       FROM assessment_subject a JOIN review_cycle c ON c.id = a.cycle_id WHERE c.kind = 'annual' AND ${levelsOf}) AS years,
    (SELECT coalesce(json_agg(g), '[]') FROM (${s.not_rated_reason ? sql`SELECT 1 WHERE false` : groupLevelsQuery(db, s.cycle_id, s.quota_group)}) g) AS group_levels`.execute(
    db,
  );
  return r.rows[0]!;
}

/** Subjects of a cycle in a subtree, for the order check (rated ones only). */
export function orderCandidates(db: Q, cycleId: number, unitPath: string) {
  return db
    .selectFrom('assessment_subject')
    .select(['id', 'subject_kind', 'step', 'display_name', sql<string>`unit_path::text`.as('unit_path')])
    .where('cycle_id', '=', cycleId)
    .where('not_rated_reason', 'is', null)
    .where(sql<boolean>`unit_path <@ ${unitPath}::ltree`)
    .execute();
}

/** Levels in a quota group: the decided level, else the latest proposal. */
/** The levels (decided, else proposed) of the rated subjects of one quota group. */
function groupLevelsQuery(db: Q, cycleId: number, group: string) {
  return db
    .selectFrom('assessment_subject')
    .select(['id', sql<string | null>`coalesce(level::text, verification->>'proposedLevel', review->>'proposedLevel')`.as('level')])
    .where('cycle_id', '=', cycleId)
    .where('quota_group', '=', group)
    .where('not_rated_reason', 'is', null);
}
export const groupLevels = (db: Q, cycleId: number, group: string) => groupLevelsQuery(db, cycleId, group).execute();
export type GroupLevel = Awaited<ReturnType<typeof groupLevels>>[number];

/** Levels per quota group (decided level, else the latest proposal) for the groups that have a subject under `path`. */
export async function quotaGroupLevels(db: Q, cycleId: number, path: string) {
  const rows = await sql<{ quota_group: string; levels: (Level | null)[] }>`
    SELECT quota_group, array_agg(coalesce(level::text, verification->>'proposedLevel', review->>'proposedLevel')) AS levels
    FROM assessment_subject
    WHERE cycle_id = ${cycleId} AND not_rated_reason IS NULL AND quota_group IN (
      SELECT DISTINCT quota_group FROM assessment_subject WHERE cycle_id = ${cycleId} AND unit_path <@ ${path}::ltree)
    GROUP BY quota_group ORDER BY quota_group`.execute(db);
  return rows.rows;
}

/**
 * The collective facts of every collective subject of a cycle in a subtree, in one query — the same figures
 * facts.ts reads one subject at a time: subordinate units on the period's last day, those with a Party-organization
 * discipline record (member NULL) in the period, self-detected and remedied or not, and whether a member
 * seated on the unit's committee during the period was disciplined in it.
 */
export async function collectiveFactsIn(db: Q, c: { id: number; period_from: string; period_to: string }, path: string) {
  const r = await sql<{ unit_id: number; units: number; disciplined: number; leadership: boolean }>`
    WITH subjects AS (
      SELECT DISTINCT unit_id FROM assessment_subject
      WHERE cycle_id = ${c.id} AND member_id IS NULL AND not_rated_reason IS NULL AND unit_path <@ ${path}::ltree),
    kids AS (
      SELECT parent_id, unit_id FROM org_unit_version
      WHERE path <@ ${path}::ltree AND valid_from <= ${c.period_to} AND (valid_to IS NULL OR valid_to > ${c.period_to})),
    disciplined AS (
      SELECT DISTINCT unit_id FROM discipline_record
      WHERE member_id IS NULL AND decided_on BETWEEN ${c.period_from} AND ${c.period_to}),
    subordinate AS (
      SELECT k.parent_id AS unit_id, count(*)::int AS units, count(d.unit_id)::int AS disciplined
      FROM kids k LEFT JOIN disciplined d ON d.unit_id = k.unit_id GROUP BY k.parent_id),
    leadership AS (
      SELECT DISTINCT t.unit_id FROM discipline_record d
      JOIN committee_seat cs ON cs.member_id = d.member_id JOIN committee_term t ON t.id = cs.term_id
      WHERE d.decided_on BETWEEN ${c.period_from} AND ${c.period_to}
        AND cs.from_date <= ${c.period_to} AND (cs.to_date IS NULL OR cs.to_date > ${c.period_from}))
    SELECT s.unit_id, coalesce(o.units, 0) AS units, coalesce(o.disciplined, 0) AS disciplined, l.unit_id IS NOT NULL AS leadership
    FROM subjects s LEFT JOIN subordinate o ON o.unit_id = s.unit_id LEFT JOIN leadership l ON l.unit_id = s.unit_id`.execute(db);
  return new Map(
    r.rows.map((x) => [
      Number(x.unit_id),
      { subordinateUnits: x.units, subordinateUnitsDisciplined: x.disciplined, leadershipDisciplined: x.leadership },
    ]),
  );
}

/**
 * One scan of the cycle's subjects under `path` gives both the counts per kind and level and, for members, the
 * counts per child unit of `path` (GROUPING SETS); the covering index keeps it off the wide rows.
 */
export async function distributionRows(db: Q, cycleId: number, path: string, withChildren: boolean) {
  const rows = await sql<{ kind: string | null; child: number | null; bucket: string; n: number; by_child: boolean }>`
    WITH s AS (
      SELECT subject_kind AS kind,
        CASE WHEN not_rated_reason IS NOT NULL THEN 'not_rated' ELSE coalesce(level::text, 'pending') END AS bucket,
        CASE WHEN ${withChildren} AND subject_kind = 'member' AND not_rated_reason IS NULL AND nlevel(unit_path) > nlevel(${path}::ltree)
          THEN subltree(unit_path, nlevel(${path}::ltree), nlevel(${path}::ltree) + 1)::text::bigint END AS child
      FROM assessment_subject WHERE cycle_id = ${cycleId} AND unit_path <@ ${path}::ltree)
    SELECT kind, child, bucket, count(*)::int AS n, GROUPING(child) = 0 AS by_child
    FROM s GROUP BY GROUPING SETS ((kind, bucket), (child, bucket))`.execute(db);
  return rows.rows;
}

export function unitNames(db: Q, ids: number[]) {
  return db.selectFrom('org_unit').select(['id', 'name']).where('id', 'in', ids).execute();
}

/** The cycle of the same kind and subtree that ended last before this one started. */
export async function previousCycle(db: Q, c: CycleRow) {
  return db
    .selectFrom('review_cycle')
    .select(['id', 'title', 'period_from', 'period_to'])
    .where('kind', '=', c.kind)
    .where('period_to', '<', c.period_from)
    .where(sql<boolean>`root_path @> ${c.root_path}::ltree`)
    .orderBy('period_to', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The member's working group in force today that is assigned to the unit or a unit above it. */
export async function workingGroupOfMember(db: Q, memberId: number, unitPath: string, today: string): Promise<number | null> {
  const r = await sql<{ id: number }>`
    SELECT wg.id FROM working_group wg
    JOIN working_group_member wm ON wm.working_group_id = wg.id AND wm.member_id = ${memberId}
    JOIN working_group_unit wu ON wu.working_group_id = wg.id JOIN org_unit u ON u.id = wu.unit_id
    WHERE ${unitPath}::ltree <@ u.path AND wg.valid_from <= ${today} AND (wg.valid_to IS NULL OR wg.valid_to > ${today})
    ORDER BY wg.id LIMIT 1`.execute(db);
  return r.rows[0]?.id ?? null;
}

export function remarksOf(db: Q, subjectId: number) {
  return db
    .selectFrom('assessment_remark')
    .select(['id', 'kind', 'body', 'attended_on', 'present', 'absence_reason', 'working_group_id', 'actor_name', 'created_at'])
    .where('subject_id', '=', subjectId)
    .orderBy('id')
    .execute();
}

/**
 * One attendance per person, review and meeting day: a second recording replaces the first. The subject row is
 * locked first so that two recordings sent at once cannot both insert.
 */
export async function upsertAttendance(trx: Transaction<Database>, values: Insertable<Database['assessment_remark']>) {
  await trx.selectFrom('assessment_subject').select('id').where('id', '=', values.subject_id).forUpdate().executeTakeFirst();
  const cur = await trx
    .selectFrom('assessment_remark')
    .select(['id', 'body', 'attended_on', 'present', 'absence_reason'])
    .where('subject_id', '=', values.subject_id)
    .where('kind', '=', 'attendance')
    .where('actor_user_id', '=', values.actor_user_id ?? null)
    .where('attended_on', '=', values.attended_on!)
    .orderBy('id')
    .executeTakeFirst();
  if (!cur) return { id: await insertRemark(trx, values), before: null };
  await trx
    .updateTable('assessment_remark')
    .set({
      body: values.body,
      present: values.present,
      absence_reason: values.absence_reason,
      working_group_id: values.working_group_id,
      actor_name: values.actor_name,
      created_at: sql`now()`,
    })
    .where('id', '=', cur.id)
    .execute();
  return { id: cur.id, before: cur };
}

export async function insertRemark(trx: Transaction<Database>, values: Insertable<Database['assessment_remark']>) {
  const row = await trx.insertInto('assessment_remark').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
