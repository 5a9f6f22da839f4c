// Writes the rows of a committed import, set-based, inside the caller's one transaction (all or
// nothing): the member records go straight into `member`; a narrow temporary staging table holds each
// new member's id, row and dates; the cell periods, the timeline events and the import's member list
// are then made from it with one INSERT … SELECT each. These are the same rows the member registry's
// create writes for a member entered by hand (member, member_cell_period, member_event × 2–3); the
// audit trail gets one import.commit entry for the whole import (written by the caller), and the
// per-row detail stays in import_job_member (so the import can be undone as a whole).
// A sink writes rows: json_populate_recordset through Kysely, or COPY when the caller holds the
// transaction's own pg client (the CLI, and the web when the pool is in the module context).
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import type pg from 'pg';
import { copyRows, type CopyValue } from '../../../db/copy.js';
import type { Database } from '../../../db/schema.js';
import type { ImportedMember } from '../../../domain/imports/validate.js';
import { searchName, sortKey } from '../../../domain/names/index.js';
import type { AuditActor } from '../../foundation/audit/service.js';
import * as q from './queries.js';

const CHUNK = 20_000;

/**
 * Writes rows (arrays in column order) into a table, inside the import's transaction. The rows may be
 * made lazily: COPY then streams them while they are made, so the server writes one part while the
 * next is built.
 */
export type Sink = (table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>) => Promise<void>;

export const kyselySink =
  (trx: Transaction<Database>): Sink =>
  (table, columns, rows) =>
    q.bulkInsert(
      trx,
      table,
      columns,
      Array.from(rows, (r) => Object.fromEntries(columns.map((c, i) => [c, r[i]]))),
    );

/** COPY … FROM STDIN on the transaction's client. */
export const copySink =
  (client: pg.PoolClient): Sink =>
  async (table, columns, rows) => {
    await copyRows(client, table, columns, rows);
  };

function* mapped<T, R>(items: readonly T[], f: (item: T, i: number) => R): Generator<R> {
  for (let i = 0; i < items.length; i++) yield f(items[i]!, i);
}

/** Kysely over one already-open client (in a transaction the caller began); release is left to the caller. */
export function singleClientDb(client: pg.PoolClient): Transaction<Database> {
  const held = new Proxy(client, {
    get: (t, k) => (k === 'release' ? () => {} : typeof Reflect.get(t, k) === 'function' ? Reflect.get(t, k).bind(t) : Reflect.get(t, k)),
  });
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool: { connect: async () => held, end: async () => {} } }),
  }) as unknown as Transaction<Database>;
}

const MEMBER_COLUMNS = [
  'id',
  'full_name',
  'search_name',
  'sort_key',
  'gender',
  'birth_date',
  'ethnicity',
  'hometown',
  'residence',
  'citizen_id',
  'party_card_no',
  'admitted_on',
  'official_on',
  'education',
  'theory_level',
  'occupation',
  'position',
  'phone',
  'status',
  'unit_id',
  'member_category',
] as const;
const STAGE_COLUMNS = ['member_id', 'row_no', 'unit_id', 'admitted_on', 'official_on', 'joined_on'] as const;

const memberRow = (id: number, m: ImportedMember): CopyValue[] => [
  id,
  m.fullName,
  searchName(m.fullName),
  sortKey(m.fullName),
  m.gender,
  m.birthDate,
  m.ethnicity,
  m.hometown,
  m.residence,
  m.citizenId,
  m.partyCardNo,
  m.admittedOn,
  m.officialOn,
  m.education,
  m.theoryLevel,
  m.occupation,
  m.position,
  m.phone,
  m.status,
  m.unit.id,
  m.memberCategory,
];

/** As the registry's create: a member joins the cell on admission, or when the cell was founded if later. */
const stageRow = (id: number, m: ImportedMember): CopyValue[] => [
  id,
  m.row,
  m.unit.id,
  m.admittedOn,
  m.officialOn,
  m.admittedOn > m.unit.foundedOn ? m.admittedOn : m.unit.foundedOn,
];

export interface WrittenCounts {
  members: number;
  cellPeriods: number;
  events: number;
}

/**
 * Writes the members of an import and what comes with each. `onProgress(done)` is told how far the
 * writing is, in members (the last steps are counted as a share of them).
 */
export async function insertImportedMembers(
  trx: Transaction<Database>,
  actor: AuditActor,
  o: { jobId: number; members: ImportedMember[]; today: string; onProgress: (done: number) => Promise<void>; sink?: Sink },
): Promise<WrittenCounts> {
  const { jobId, members, today, onProgress, sink = kyselySink(trx) } = o;
  const n = members.length;
  const ids = await q.reserveMemberIds(trx, n);
  await q.createImportStage(trx);
  // The member records are most of the work: they go in chunks, so the progress bar moves (to 70%).
  for (let start = 0; start < n; start += CHUNK) {
    const part = members.slice(start, start + CHUNK);
    await sink(
      'member',
      MEMBER_COLUMNS,
      mapped(part, (m, i) => memberRow(ids[start + i]!, m)),
    );
    await sink(
      'import_stage',
      STAGE_COLUMNS,
      mapped(part, (m, i) => stageRow(ids[start + i]!, m)),
    );
    await onProgress(Math.floor(0.7 * Math.min(n, start + CHUNK)));
  }
  const cellPeriods = await q.insertCellPeriodsFromStage(trx);
  await onProgress(Math.floor(0.8 * n));
  const events = await q.insertEventsFromStage(trx, { jobId, today, actorUserId: actor.userId });
  await onProgress(Math.floor(0.95 * n));
  await q.insertJobMembersFromStage(trx, jobId);
  await q.dropImportStage(trx);
  return { members: n, cellPeriods, events };
}
