// SQL of the import jobs: the job rows, the registry facts a preview checks, and the bulk insert.
import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { ImportJobStatus } from '../../../db/tables/data-exchange.js';
import { holdsMembers } from '../../../domain/orgs/tree.js';
import type { ScopeUnit } from '../../../domain/imports/validate.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

// Held by the transaction that writes a job's rows (commit) or removes them (undo), so any process can tell
// a job being worked on from one whose worker stopped mid-way.
const JOB_LOCK = 7_011_931;

export async function holdJob(trx: Trx, jobId: number) {
  await sql`SELECT pg_advisory_xact_lock(${JOB_LOCK}, ${jobId}::int)`.execute(trx);
}

/**
 * Jobs left committing or undoing by a process that stopped (nobody holds their lock): their transaction
 * was rolled back, so a commit is open again and an undone import is still committed. Returns how many.
 */
export async function resetInterruptedJobs(db: Q): Promise<number> {
  const r = await sql`UPDATE import_job SET status = CASE status WHEN 'committing' THEN 'previewed' ELSE 'committed' END,
      progress = 0, failure = 'import_interrupted', version = version + 1
    WHERE status IN ('committing', 'undoing') AND pg_try_advisory_xact_lock(${JOB_LOCK}, id::int)`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

export function getJob(db: Q, id: number, forUpdate = false) {
  let q = db
    .selectFrom('import_job as j')
    .innerJoin('org_unit as u', 'u.id', 'j.unit_id')
    .select([
      'j.id',
      'j.unit_id',
      'j.kind',
      'j.filename',
      'j.status',
      'j.mapping',
      'j.headers',
      'j.total_rows',
      'j.error_count',
      'j.errors',
      'j.progress',
      'j.failure',
      'j.created_by',
      'j.created_at',
      'j.committed_at',
      'j.undone_at',
      'j.version',
      'u.name as unit_name',
      sql<string>`u.path::text`.as('unit_path'),
    ])
    .where('j.id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type JobRow = NonNullable<Awaited<ReturnType<typeof getJob>>>;

export async function getJobFile(db: Q, id: number) {
  const r = await db.selectFrom('import_job').select('file').where('id', '=', id).executeTakeFirst();
  return r?.file ?? null;
}

/** One page of the import jobs of a subtree, newest first, and how many in all. */
export async function listJobs(db: Q, subtreePath: string, limit: number, offset: number) {
  const base = db
    .selectFrom('import_job as j')
    .innerJoin('org_unit as u', 'u.id', 'j.unit_id')
    .where(sql<boolean>`u.path <@ ${subtreePath}::ltree`);
  const [rows, count] = await Promise.all([
    base
      .leftJoin('app_user as a', 'a.id', 'j.created_by')
      .select([
        'j.id',
        'j.filename',
        'j.status',
        'j.total_rows',
        'j.error_count',
        'j.progress',
        'j.created_at',
        'j.committed_at',
        'j.undone_at',
        'u.name as unit_name',
        'a.display_name as created_by_name',
      ])
      .orderBy('j.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

export async function insertJob(db: Q, v: Insertable<Database['import_job']>) {
  const r = await db.insertInto('import_job').values(v).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateJob(db: Q, id: number, values: Updateable<Database['import_job']>, whereStatus?: ImportJobStatus) {
  let q = db
    .updateTable('import_job')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id);
  if (whereStatus) q = q.where('status', '=', whereStatus);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Every unit of the importer's subtree, by code: the codes a file may name. */
export async function unitsInScope(db: Q, rootPath: string): Promise<Map<string, ScopeUnit>> {
  const rows = await db
    .selectFrom('org_unit')
    .select(['id', 'code', 'name', 'kind', sql<string>`path::text`.as('path'), 'founded_on', 'dissolved_on'])
    .where(sql<boolean>`path <@ ${rootPath}::ltree`)
    .execute();
  return new Map(
    rows.map((u) => [
      u.code,
      {
        id: u.id,
        code: u.code,
        name: u.name,
        path: u.path,
        holdsMembers: holdsMembers(u.kind),
        dissolved: u.dissolved_on !== null,
        foundedOn: u.founded_on,
      },
    ]),
  );
}

/**
 * Which of these citizen IDs and card numbers the registry already holds (anywhere: they are unique keys),
 * split by whether the holder is inside the importer's subtree (told plainly) or outside it (not confirmed).
 */
export async function takenKeys(db: Q, citizenIds: string[], cards: string[], rootPath: string) {
  type Row = { k: string; inside: boolean };
  const [ids, cs] = await Promise.all([
    // bpchar[] like the column, so the unique index answers (a text[] would cast every row and scan).
    citizenIds.length
      ? sql<Row>`SELECT m.citizen_id AS k, u.path <@ ${rootPath}::ltree AS inside FROM member m JOIN org_unit u ON u.id = m.unit_id
      WHERE m.citizen_id = ANY(${citizenIds}::bpchar[])`.execute(db)
      : { rows: [] as Row[] },
    cards.length
      ? sql<Row>`SELECT m.party_card_no AS k, u.path <@ ${rootPath}::ltree AS inside FROM member m JOIN org_unit u ON u.id = m.unit_id
      WHERE m.party_card_no = ANY(${cards}::text[])`.execute(db)
      : { rows: [] as Row[] },
  ]);
  const keys = (rows: Row[], inside: boolean) => new Set(rows.filter((r) => r.inside === inside).map((r) => r.k));
  return {
    takenCitizenIds: keys(ids.rows, true),
    takenCards: keys(cs.rows, true),
    hiddenCitizenIds: keys(ids.rows, false),
    hiddenCards: keys(cs.rows, false),
  };
}

/**
 * Takes n member ids from the sequence, in order. When no other session took ids meanwhile (the usual
 * case) they are one run and only its ends are sent back; otherwise the ids are listed.
 */
export async function reserveMemberIds(trx: Trx, n: number): Promise<number[]> {
  const r = await sql<{ first: string; last: string; ids: string[] | null }>`
    SELECT min(id) AS first, max(id) AS last, CASE WHEN max(id) - min(id) + 1 = count(*) THEN NULL ELSE array_agg(id ORDER BY id) END AS ids
    FROM (SELECT nextval(pg_get_serial_sequence('member', 'id')) AS id FROM generate_series(1, ${n})) s`.execute(trx);
  const row = r.rows[0]!;
  if (row.ids) return row.ids.map(Number);
  const first = Number(row.first);
  return Array.from({ length: n }, (_, i) => first + i);
}

/** Inserts rows given as objects through json_populate_recordset: one statement per chunk, in the caller's transaction. */
export async function bulkInsert(trx: Trx, table: string, columns: readonly string[], rows: readonly object[]) {
  if (rows.length === 0) return;
  const cols = sql.raw(columns.join(', '));
  await sql`INSERT INTO ${sql.table(table)} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::${sql.table(table)}, ${JSON.stringify(rows)}::json)`.execute(
    trx,
  );
}

/** The staging table of an import (bulk.ts): each new member's id, row and dates; dropped at the latest on commit. */
export async function createImportStage(trx: Trx) {
  await sql`CREATE TEMP TABLE import_stage (member_id bigint NOT NULL, row_no integer NOT NULL, unit_id bigint NOT NULL,
    admitted_on date NOT NULL, official_on date, joined_on date NOT NULL) ON COMMIT DROP`.execute(trx);
}

export async function dropImportStage(trx: Trx) {
  await sql`DROP TABLE import_stage`.execute(trx);
}

// The rows that come with each new member, made set-based from the import's staging table (bulk.ts).
export async function insertCellPeriodsFromStage(trx: Trx): Promise<number> {
  const r =
    await sql`INSERT INTO member_cell_period (member_id, unit_id, valid_from) SELECT member_id, unit_id, joined_on FROM import_stage`.execute(
      trx,
    );
  return Number(r.numAffectedRows ?? 0);
}

/** The timeline of each new member, as the registry's create writes it; record_created also names the import. */
export async function insertEventsFromStage(trx: Trx, v: { jobId: number; today: string; actorUserId: number | null }): Promise<number> {
  const r = await sql`
    INSERT INTO member_event (member_id, occurred_on, kind, details, actor_user_id)
    SELECT s.member_id, e.occurred_on, e.kind, e.details, ${v.actorUserId}::bigint
    FROM import_stage s CROSS JOIN LATERAL (VALUES
      (s.admitted_on, 'admitted', '{}'::jsonb),
      (s.official_on, 'official', '{}'::jsonb),
      (${v.today}::date, 'record_created', jsonb_build_object('unitId', s.unit_id, 'importId', ${v.jobId}::bigint))
    ) AS e (occurred_on, kind, details)
    WHERE e.occurred_on IS NOT NULL`.execute(trx);
  return Number(r.numAffectedRows ?? 0);
}

export async function insertJobMembersFromStage(trx: Trx, jobId: number) {
  await sql`INSERT INTO import_job_member (job_id, member_id, row_no) SELECT ${jobId}::bigint, member_id, row_no FROM import_stage`.execute(
    trx,
  );
}

export function jobMemberIds(trx: Q, jobId: number) {
  return trx
    .selectFrom('import_job_member')
    .select(['member_id'])
    .where('job_id', '=', jobId)
    .execute()
    .then((r) => r.map((x) => x.member_id));
}

/** Members of the import changed since: edited (version), with later events, or moved between cells. */
export async function changedSinceImport(trx: Q, ids: number[]): Promise<number> {
  const r = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM member m WHERE m.id = ANY(${ids}::bigint[]) AND (
      m.version <> 1
      OR EXISTS (SELECT 1 FROM member_event e WHERE e.member_id = m.id AND e.kind NOT IN ('admitted', 'official', 'record_created'))
      OR (SELECT count(*) FROM member_cell_period p WHERE p.member_id = m.id) <> 1)`.execute(trx);
  return r.rows[0]?.n ?? 0;
}

export async function deleteMembers(trx: Trx, ids: number[]) {
  await sql`DELETE FROM member_event WHERE member_id = ANY(${ids}::bigint[])`.execute(trx);
  await sql`DELETE FROM member_cell_period WHERE member_id = ANY(${ids}::bigint[])`.execute(trx);
  const r = await sql`DELETE FROM member WHERE id = ANY(${ids}::bigint[])`.execute(trx);
  return Number(r.numAffectedRows ?? 0);
}

/** The unit with this code, or the root of the tree when no code is given (the CLI names units by code). */
export function unitByCodeOrRoot(db: Q, code?: string) {
  const q = db.selectFrom('org_unit').select(['id', 'code', 'name', sql<string>`path::text`.as('path')]);
  return code ? q.where('code', '=', code).executeTakeFirst() : q.where('parent_id', 'is', null).orderBy('id').executeTakeFirst();
}

export function savedMapping(db: Q, unitPath: string, name: string) {
  return db
    .selectFrom('import_mapping as m')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .select(['m.id', 'm.columns'])
    .where('m.name', '=', name)
    .where(sql<boolean>`${unitPath}::ltree <@ u.path`)
    .orderBy(sql`nlevel(u.path)`, 'desc')
    .executeTakeFirst();
}

export function listMappings(db: Q, unitPath: string, limit: number) {
  return db
    .selectFrom('import_mapping as m')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .select(['m.id', 'm.name', 'm.columns', 'm.unit_id', 'u.name as unit_name', 'm.updated_at'])
    .where(sql<boolean>`${unitPath}::ltree <@ u.path`)
    .orderBy('m.name')
    .orderBy('m.id')
    .limit(limit)
    .execute();
}

export async function saveMapping(trx: Trx, unitId: number, name: string, columns: object, userId: number | null) {
  await trx
    .insertInto('import_mapping')
    .values({ unit_id: unitId, name, columns: JSON.stringify(columns), created_by: userId })
    .onConflict((oc) => oc.columns(['unit_id', 'name']).doUpdateSet({ columns: JSON.stringify(columns), updated_at: new Date() }))
    .execute();
}
