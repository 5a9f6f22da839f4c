// Writes the rows of a committed import: the same rows the member registry's create writes for each
// member (member, member_cell_period, member_event × 2–3, a member.create audit entry), in bulk
// statements inside the caller's one transaction, so the import is all or nothing. The rows are built
// once; a sink writes them: json_populate_recordset through Kysely, or COPY when the caller holds the
// transaction's own pg client (the CLI).
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import type pg from 'pg';
import { copyRows } from '../../db/seed/copy.js';
import type { Database } from '../../db/schema.js';
import type { ImportedMember } from '../../domain/imports/validate.js';
import { searchName, sortKey } from '../../domain/names/index.js';
import type { AuditActor } from '../audit/service.js';
import * as q from './queries.js';

const CHUNK = 5_000;

/** Writes rows (objects keyed by column) into a table, inside the import's transaction. */
export type Sink = (table: string, columns: readonly string[], rows: readonly object[]) => Promise<void>;

export const kyselySink = (trx: Transaction<Database>): Sink => (table, columns, rows) => q.bulkInsert(trx, table, columns, rows);

/** COPY … FROM STDIN on the transaction's client; jsonb values as JSON text. */
export const copySink = (client: pg.PoolClient): Sink => async (table, columns, rows) => {
  if (rows.length === 0) return;
  await copyRows(client, table, columns, rows.map((r) => columns.map((c) => {
    const v = (r as Record<string, unknown>)[c];
    return v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : (v as string | number);
  })));
};

/** Kysely over one already-open client (in a transaction the caller began); release is left to the caller. */
export function singleClientDb(client: pg.PoolClient): Transaction<Database> {
  const held = new Proxy(client, { get: (t, k) => (k === 'release' ? () => {} : typeof Reflect.get(t, k) === 'function' ? Reflect.get(t, k).bind(t) : Reflect.get(t, k)) });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: { connect: async () => held, end: async () => {} } as never }) }) as unknown as Transaction<Database>;
}
const MEMBER_COLUMNS = ['id', 'full_name', 'search_name', 'sort_key', 'gender', 'birth_date', 'ethnicity', 'hometown', 'residence',
  'citizen_id', 'party_card_no', 'admitted_on', 'official_on', 'education', 'theory_level', 'occupation', 'position', 'phone',
  'status', 'unit_id'] as const;
const AUDIT_COLUMNS = ['at', 'actor_user_id', 'actor_name', 'action', 'entity_type', 'entity_id', 'scope_path', 'before',
  'after'] as const;

/** The member.create audit payload, as the registry's toDto() builds it. */
function dto(id: number, m: ImportedMember) {
  return {
    id, fullName: m.fullName, gender: m.gender, birthDate: m.birthDate, ethnicity: m.ethnicity, hometown: m.hometown,
    residence: m.residence, citizenId: m.citizenId, partyCardNo: m.partyCardNo, admittedOn: m.admittedOn, officialOn: m.officialOn,
    education: m.education, theoryLevel: m.theoryLevel, occupation: m.occupation, position: m.position, phone: m.phone,
    status: m.status, unitId: m.unit.id, unitName: m.unit.name, version: 1,
  };
}

export async function insertImportedMembers(trx: Transaction<Database>, actor: AuditActor, jobId: number, members: ImportedMember[],
  today: string, onProgress: (done: number) => Promise<void>, sink: Sink = kyselySink(trx)): Promise<number[]> {
  const ids = await q.reserveMemberIds(trx, members.length);
  for (let start = 0; start < members.length; start += CHUNK) {
    const part = members.slice(start, start + CHUNK);
    const partIds = ids.slice(start, start + CHUNK);
    await sink('member', MEMBER_COLUMNS, part.map((m, i) => ({
      id: partIds[i], full_name: m.fullName, search_name: searchName(m.fullName), sort_key: sortKey(m.fullName), gender: m.gender,
      birth_date: m.birthDate, ethnicity: m.ethnicity, hometown: m.hometown, residence: m.residence, citizen_id: m.citizenId,
      party_card_no: m.partyCardNo, admitted_on: m.admittedOn, official_on: m.officialOn, education: m.education,
      theory_level: m.theoryLevel, occupation: m.occupation, position: m.position, phone: m.phone, status: m.status, unit_id: m.unit.id,
    })));
    await sink('member_cell_period', ['member_id', 'unit_id', 'valid_from'], part.map((m, i) => ({
      member_id: partIds[i], unit_id: m.unit.id, valid_from: m.admittedOn > m.unit.foundedOn ? m.admittedOn : m.unit.foundedOn,
    })));
    const events: object[] = [];
    part.forEach((m, i) => {
      const base = { member_id: partIds[i], actor_user_id: actor.userId };
      events.push({ ...base, occurred_on: m.admittedOn, kind: 'admitted', details: {} });
      if (m.officialOn) events.push({ ...base, occurred_on: m.officialOn, kind: 'official', details: {} });
      events.push({ ...base, occurred_on: today, kind: 'record_created', details: { unitId: m.unit.id } });
    });
    await sink('member_event', ['member_id', 'occurred_on', 'kind', 'details', 'actor_user_id'], events);
    await sink('import_job_member', ['job_id', 'member_id', 'row_no'], part.map((m, i) => ({ job_id: jobId, member_id: partIds[i], row_no: m.row })));
    await onProgress(Math.min(members.length, start + CHUNK));
  }
  await appendCreateAudits(actor, ids, members, sink);
  return ids;
}

/** One member.create entry per member, as appendAudit writes it; the linker chains them after commit. */
async function appendCreateAudits(actor: AuditActor, ids: number[], members: ImportedMember[], sink: Sink) {
  const at = new Date().toISOString();
  for (let start = 0; start < members.length; start += CHUNK) {
    await sink('audit_entry', AUDIT_COLUMNS, members.slice(start, start + CHUNK).map((m, i) => ({
      at, actor_user_id: actor.userId, actor_name: actor.displayName, action: 'member.create', entity_type: 'member',
      entity_id: String(ids[start + i]), scope_path: m.unit.path, before: null, after: dto(ids[start + i]!, m),
    })));
  }
}
