// SQL of the recruitment pipeline: candidates with their introducers, the funnel and the yearly targets.
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { ACTIVE_STATUSES } from '../../../domain/members/record.js';
import type { Stage } from '../../../domain/recruitment/stages.js';
import { literalList } from '../../../db/sql-lists.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

function base(db: Q) {
  return db
    .selectFrom('candidate as c')
    .innerJoin('org_unit as u', 'u.id', 'c.unit_id')
    .leftJoin('member as h', 'h.id', 'c.helper_member_id')
    .selectAll('c')
    .select(['u.name as unit_name', 'h.full_name as helper_name', sql<string>`u.path::text`.as('unit_path')]);
}

export const getCandidate = (db: Q, id: number) => base(db).where('c.id', '=', id).executeTakeFirst();
export type CandidateRow = NonNullable<Awaited<ReturnType<typeof getCandidate>>>;

/** One page of the open files of a subtree (newest first), and how many there are in all. */
export async function listCandidates(db: Q, f: { path: string; stage?: Stage; limit: number; offset: number }) {
  let q = base(db).where(sql<boolean>`u.path <@ ${f.path}::ltree`).where('c.withdrawn', '=', false);
  if (f.stage) q = q.where('c.stage', '=', f.stage);
  const [rows, count] = await Promise.all([
    q.orderBy('c.id', 'desc').limit(f.limit).offset(f.offset).execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function introducers(db: Q, candidateId: number) {
  return db
    .selectFrom('candidate_introducer as i')
    .innerJoin('member as m', 'm.id', 'i.member_id')
    .select(['i.member_id', 'i.worked_since', 'm.full_name', 'm.status'])
    .where('i.candidate_id', '=', candidateId)
    .orderBy('m.sort_key')
    .execute();
}

/** Candidates per stage in a subtree (not withdrawn; 'ceremony' counts the admitted of `year`). */
export function funnel(db: Q, path: string, year: number) {
  return db
    .selectFrom('candidate as c')
    .innerJoin('org_unit as u', 'u.id', 'c.unit_id')
    .select(['c.stage', (eb) => eb.fn.countAll<string>().as('n')])
    .where(sql<boolean>`u.path <@ ${path}::ltree`)
    .where('c.withdrawn', '=', false)
    .where((eb) =>
      eb.or([eb('c.stage', '!=', 'ceremony'), eb('c.ceremony_on', '>=', `${year}-01-01`).and('c.ceremony_on', '<=', `${year}-12-31`)]),
    )
    .groupBy('c.stage')
    .execute();
}

/**
 * For the unit and its direct children (the unit first, then by name), one page of them: active membership,
 * admissions in the year, the target set, and how many units there are in all.
 */
export function targets(db: Q, f: { unitId: number; year: number; limit: number; offset: number }) {
  const { unitId, year } = f;
  return sql<{ unit_id: number; name: string; members: string; admitted: string; target: number | null }>`
    SELECT u.id AS unit_id, u.name,
      (SELECT count(*) FROM member m JOIN org_unit mu ON mu.id = m.unit_id
        WHERE mu.path <@ u.path AND m.status IN ${literalList(ACTIVE_STATUSES)}) AS members,
      (SELECT count(*) FROM member m JOIN org_unit mu ON mu.id = m.unit_id
        WHERE mu.path <@ u.path AND m.admitted_on BETWEEN ${`${year}-01-01`}::date AND ${`${year}-12-31`}::date) AS admitted,
      t.target
    FROM org_unit u LEFT JOIN recruitment_target t ON t.unit_id = u.id AND t.year = ${year}
    WHERE (u.id = ${unitId} OR u.parent_id = ${unitId}) AND u.dissolved_on IS NULL
    ORDER BY u.id = ${unitId} DESC, u.name, u.id
    LIMIT ${f.limit} OFFSET ${f.offset}`
    .execute(db)
    .then((r) => r.rows);
}

/** How many units the targets list holds: the unit and its direct children still standing. */
export async function targetUnitCount(db: Q, unitId: number) {
  const r = await db
    .selectFrom('org_unit')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where((eb) => eb.or([eb('id', '=', unitId), eb('parent_id', '=', unitId)]))
    .where('dissolved_on', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** A candidate not withdrawn with this citizen id: the same person cannot be in the pipeline twice. */
/** The open applicant file holding this citizen ID, with the path of its cell (to decide who may be told). */
export function activeCandidateByCitizenId(db: Kysely<Database>, citizenId: string) {
  return db
    .selectFrom('candidate')
    .innerJoin('org_unit', 'org_unit.id', 'candidate.unit_id')
    .select(['candidate.id', 'org_unit.path as unit_path'])
    .where('candidate.citizen_id', '=', citizenId)
    .where('candidate.withdrawn', '=', false)
    .executeTakeFirst();
}

export function insertCandidate(trx: Trx, row: Insertable<Database['candidate']>) {
  return trx.insertInto('candidate').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Writes these columns at the version the user saw and moves the version on; false when it has changed since. */
export async function bumpCandidate(trx: Trx, id: number, version: number, values: Record<string, unknown>) {
  const r = await trx
    .updateTable('candidate')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function replaceIntroducers(trx: Trx, candidateId: number, introducers: { memberId: number; workedSince: string }[]) {
  await trx.deleteFrom('candidate_introducer').where('candidate_id', '=', candidateId).execute();
  if (introducers.length) {
    await trx
      .insertInto('candidate_introducer')
      .values(introducers.map((i) => ({ candidate_id: candidateId, member_id: i.memberId, worked_since: i.workedSince })))
      .execute();
  }
}

/** Sets a unit's admission target for a year (replacing the one set before). */
export function setTarget(trx: Trx, unitId: number, year: number, target: number) {
  return trx
    .insertInto('recruitment_target')
    .values({ unit_id: unitId, year, target })
    .onConflict((oc) => oc.columns(['unit_id', 'year']).doUpdateSet({ target }))
    .execute();
}

/** The reason and day a file was withdrawn: kept in its audit entry, the record of that step. */
export async function withdrawal(db: Q, candidateId: number) {
  const row = await db
    .selectFrom('audit_entry')
    .select(['at', 'after'])
    .where('entity_type', '=', 'candidate')
    .where('entity_id', '=', String(candidateId))
    .where('action', '=', 'candidate.withdraw')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const after = (typeof row.after === 'string' ? JSON.parse(row.after) : row.after) as {
    reason?: string;
    note?: string;
    on?: string;
  } | null;
  return { reason: after?.reason ?? after?.note ?? '', on: after?.on ?? null };
}
