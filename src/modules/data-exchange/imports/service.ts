// Use cases of the member import: preview (upload → parse → validate, kept as a job), change the
// column mapping, commit all or nothing with progress, undo the whole import (with progress too).
import type { Db } from '../../../db/connection.js';
import { autoMap, IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../../domain/imports/columns.js';
import { recheckRegistry, validateRows, type ImportedMember, type RowError } from '../../../domain/imports/validate.js';
import { parseCitizenId, cellText } from '../../../domain/imports/values.js';
import { AppError, conflict, invalid, notFound } from '../../../shared/errors.js';
import { committed, inTransaction } from '../../../shared/tx.js';
import { appendAudit, type AuditActor } from '../../foundation/audit/service.js';
import type pg from 'pg';
import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { copySink, insertImportedMembers, singleClientDb, type Sink } from './bulk.js';
import * as q from './queries.js';
import { recordKeyRefusals } from '../../foundation/members/key-conflicts.js';
import { readSheet, type SheetData } from './read-file.js';

export const MAX_STORED_ERRORS = 5_000;

export interface Root {
  id: number;
  path: string;
}

const missingFields = (mapping: ColumnMapping) =>
  IMPORT_FIELDS.filter((f) => mapping[f] === undefined && ['fullName', 'citizenId', 'unitCode'].includes(f));

/** Parses and validates the file against the registry as it is now. */
export async function check(db: Db, root: Root, sheet: SheetData, mapping: ColumnMapping, today: string) {
  const idCol = mapping.citizenId;
  const cardCol = mapping.partyCardNo;
  const ids = idCol === undefined ? [] : sheet.rows.map((r) => parseCitizenId(r.cells[idCol] ?? null)).filter((x) => /^[0-9]{12}$/.test(x));
  const cards = cardCol === undefined ? [] : sheet.rows.map((r) => cellText(r.cells[cardCol] ?? null)).filter(Boolean);
  const [units, taken] = await Promise.all([q.unitsInScope(db, root.path), q.takenKeys(db, ids, cards, root.path)]);
  const result = validateRows(sheet.rows, mapping, { today, units, ...taken });
  return { ...result, missing: missingFields(mapping), hiddenKeys: [...taken.hiddenCitizenIds, ...taken.hiddenCards] };
}

/** The rows a preview found valid, checked again against the registry as it is now (units, taken keys). */
async function recheck(db: Db, root: Root, members: ImportedMember[], mapping: ColumnMapping) {
  const cards = members.flatMap((m) => (m.partyCardNo ? [m.partyCardNo] : []));
  const [units, taken] = await Promise.all([
    q.unitsInScope(db, root.path),
    q.takenKeys(
      db,
      members.map((m) => m.citizenId),
      cards,
      root.path,
    ),
  ]);
  return { ...recheckRegistry(members, { units, ...taken }), missing: missingFields(mapping) };
}

function savedColumns(headers: string[], mapping: ColumnMapping): Partial<Record<ImportField, string>> {
  return Object.fromEntries(Object.entries(mapping).map(([f, i]) => [f, headers[i!] ?? ''])) as Partial<Record<ImportField, string>>;
}

async function resolveMapping(db: Db, root: Root, headers: string[], mappingName?: string): Promise<ColumnMapping> {
  if (!mappingName) return autoMap(headers);
  const saved = await q.savedMapping(db, root.path, mappingName);
  if (!saved) throw invalid('import_mapping_unknown', { name: mappingName });
  return autoMap(headers, saved.columns as Partial<Record<ImportField, string>>);
}

const stored = (errors: RowError[]) => JSON.stringify(errors.slice(0, MAX_STORED_ERRORS));

/**
 * The parsed sheets of the latest previews, so a commit in the same process does not read the file
 * again (reading is most of the preview's time). Small on purpose: another process, or an evicted
 * entry, simply reads the stored file.
 */
interface Parsed {
  sheet: SheetData;
  checked?: { mapping: string; today: string; valid: ImportedMember[] };
}
const parsedSheets = new Map<number, Parsed>();
function remember(jobId: number, sheet: SheetData, checked?: Parsed['checked']) {
  parsedSheets.delete(jobId);
  parsedSheets.set(jobId, { sheet, checked });
  while (parsedSheets.size > 2) parsedSheets.delete(parsedSheets.keys().next().value!);
}
/** A mapping as a key that does not depend on the order of its fields (jsonb reorders them). */
const mappingKey = (m: ColumnMapping) => JSON.stringify(IMPORT_FIELDS.map((f) => m[f] ?? null));
/** What a commit may reuse of a check: its valid rows, if every row was valid. */
const reusable = (mapping: ColumnMapping, today: string, r: { valid: ImportedMember[]; errors: RowError[] }) =>
  r.errors.length === 0 ? { mapping: mappingKey(mapping), today, valid: r.valid } : undefined;

export async function preview(
  db: Db,
  actor: AuditActor,
  root: Root,
  upload: { file: Buffer; filename: string; today: string; mappingName?: string },
) {
  const { file, filename, today, mappingName } = upload;
  const sheet = await readSheet(file, filename);
  const mapping = await resolveMapping(db, root, sheet.headers, mappingName);
  const r = await check(db, root, sheet, mapping, today);
  await recordKeyRefusals(db, actor, root.path, r.hiddenKeys);
  // The job keeps the uploaded file, member data included: who stored it is audited like any other write.
  const id = await inTransaction(db, false, async (trx) => {
    const jobId = await q.insertJob(trx, {
      unit_id: root.id,
      filename,
      file,
      status: 'previewed',
      mapping: JSON.stringify(mapping),
      headers: JSON.stringify(sheet.headers),
      total_rows: sheet.rows.length,
      error_count: r.errors.length,
      errors: stored(r.errors),
      created_by: actor.userId,
    });
    await appendAudit(trx, actor, {
      action: 'import.preview',
      entityType: 'import_job',
      entityId: jobId,
      scopePath: root.path,
      after: { filename, rows: sheet.rows.length, errors: r.errors.length },
    });
    return jobId;
  });
  remember(id, sheet, reusable(mapping, today, r));
  return id;
}

export async function loadJob(db: Db, id: number) {
  const job = await q.getJob(db, id);
  if (!job) throw notFound('import');
  return job;
}

async function sheetOf(db: Db, job: q.JobRow) {
  const cached = parsedSheets.get(job.id);
  if (cached) return cached.sheet;
  const file = await q.getJobFile(db, job.id);
  if (!file) throw conflict('import_not_open', { status: job.status });
  const sheet = await readSheet(file, job.filename);
  remember(job.id, sheet);
  return sheet;
}

/** A person fixes the mapping (field → column index, or null to leave a field out); it may be saved per source. */
export async function remap(
  db: Db,
  actor: AuditActor,
  job: q.JobRow,
  change: { mapping: Partial<Record<ImportField, number | null>>; today: string; saveAs?: string },
) {
  const { mapping, today, saveAs } = change;
  if (job.status !== 'previewed') throw conflict('import_not_open', { status: job.status });
  const sheet = await sheetOf(db, job);
  const next: ColumnMapping = {};
  const used = new Set<number>();
  for (const f of IMPORT_FIELDS) {
    const i = f in mapping ? mapping[f] : (job.mapping as ColumnMapping)[f];
    if (i === null || i === undefined) continue;
    if (i >= sheet.headers.length) throw invalid('import_column_out_of_range', { field: f, count: sheet.headers.length });
    if (used.has(i)) throw invalid('import_column_twice', { column: sheet.headers[i] ?? String(i) });
    used.add(i);
    next[f] = i;
  }
  const r = await check(db, { id: job.unit_id, path: job.unit_path }, sheet, next, today);
  await recordKeyRefusals(db, actor, job.unit_path, r.hiddenKeys);
  remember(job.id, sheet, reusable(next, today, r));
  await inTransaction(db, false, async (trx) => {
    await q.updateJob(trx, job.id, { mapping: JSON.stringify(next), error_count: r.errors.length, errors: stored(r.errors) });
    if (saveAs) {
      await q.saveMapping(trx, job.unit_id, saveAs, savedColumns(sheet.headers, next), actor.userId);
      await appendAudit(trx, actor, {
        action: 'import_mapping.save',
        entityType: 'import_mapping',
        entityId: saveAs,
        scopePath: job.unit_path,
        after: savedColumns(sheet.headers, next),
      });
    }
  });
}

/**
 * Commits the previewed import: the file is validated again against the registry as it is now, then
 * every row is written in one transaction. The checks run before this returns; the writing runs in
 * `done`, with progress written beside it for the page to poll.
 */
export async function commit(
  db: Db,
  actor: AuditActor,
  job: q.JobRow,
  o: { today: string; onProgress?: (done: number, total: number) => void; pool?: pg.Pool },
) {
  const { today, onProgress, pool } = o;
  if (job.status !== 'previewed') throw conflict('import_not_open', { status: job.status });
  if (job.error_count > 0) throw conflict('import_has_errors', { count: job.error_count });
  // Rows checked by the preview in this process are checked again only where the registry may have
  // changed since (units, taken keys); otherwise the file is read and checked whole again.
  const mapping = job.mapping as ColumnMapping;
  const root = { id: job.unit_id, path: job.unit_path };
  const checked = parsedSheets.get(job.id)?.checked;
  const r =
    checked && checked.mapping === mappingKey(mapping) && checked.today === today
      ? await recheck(db, root, checked.valid, mapping)
      : await check(db, root, await sheetOf(db, job), mapping, today);
  if (r.errors.length) {
    await q.updateJob(db, job.id, { error_count: r.errors.length, errors: stored(r.errors) });
    throw conflict('import_has_errors', { count: r.errors.length });
  }
  if (r.missing.length) throw invalid('import_mapping_incomplete');
  if (!(await q.updateJob(db, job.id, { status: 'committing', progress: 0, failure: null }, 'previewed'))) {
    throw conflict('import_not_open', { status: 'committing' });
  }
  parsedSheets.delete(job.id);
  const done = write(db, actor, job, { members: r.valid, today, onProgress, pool });
  return { members: r.valid.length, done };
}

async function write(
  db: Db,
  actor: AuditActor,
  job: q.JobRow,
  o: { members: ImportedMember[]; today: string; onProgress?: (done: number, total: number) => void; pool?: pg.Pool },
) {
  const { members, today, onProgress, pool } = o;
  const work = async (trx: Transaction<Database>, sink?: Sink) => {
    await q.holdJob(trx, job.id);
    const written = await insertImportedMembers(trx, actor, {
      jobId: job.id,
      members,
      today,
      sink,
      onProgress: async (done) => {
        onProgress?.(done, members.length);
        await q.updateJob(db, job.id, { progress: done });
      },
    });
    await q.updateJob(trx, job.id, { status: 'committed', file: null, progress: members.length, committed_at: new Date() });
    // One entry for the whole import, with its counts; which member came from which row is kept in
    // import_job_member, and each member's timeline names the import (record_created.details.importId).
    await appendAudit(trx, actor, {
      action: 'import.commit',
      entityType: 'import',
      entityId: job.id,
      scopePath: job.unit_path,
      after: { importId: job.id, filename: job.filename, rows: job.total_rows, ...written },
    });
    onProgress?.(members.length, members.length);
    return { members: members.length };
  };
  try {
    if (!pool) return await inTransaction(db, false, (trx) => work(trx));
    return await withClientTransaction(db, pool, (trx, client) => work(trx, copySink(client)));
  } catch (e) {
    // Nothing was written; the preview stays open so the import can be tried again.
    await q.updateJob(db, job.id, {
      status: 'previewed',
      progress: 0,
      failure: e instanceof AppError ? e.code : String((e as Error).message).slice(0, 500),
    });
    throw e;
  }
}

/** One transaction on a client of our own, so the rows can be COPY'd into it. */
async function withClientTransaction<T>(
  db: Db,
  pool: pg.Pool,
  work: (trx: Transaction<Database>, client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  const trx = singleClientDb(client);
  try {
    await client.query('BEGIN');
    const result = await work(trx, client);
    await client.query('COMMIT');
    committed(db, trx); // as inTransaction does: e.g. the audit entries get linked
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

const UNDO_CHUNK = 10_000;

/**
 * Undoes a committed import as a whole, unless one of its members was changed or referenced since. The
 * checks run before this returns (a refusal is an answer, not a background failure); the removal runs in
 * `done`, in one transaction, with progress (members removed) written beside it for the page to poll.
 */
export async function undo(db: Db, actor: AuditActor, jobId: number, onProgress?: (done: number, total: number) => void) {
  const job = await q.getJob(db, jobId);
  if (!job) throw notFound('import');
  if (job.status !== 'committed') throw conflict('import_not_committed', { status: job.status });
  const ids = await q.jobMemberIds(db, jobId);
  const changed = await q.changedSinceImport(db, ids);
  if (changed > 0) throw conflict('import_undo_changed', { count: changed });
  if (!(await q.updateJob(db, jobId, { status: 'undoing', progress: 0, failure: null }, 'committed'))) {
    throw conflict('import_not_committed', { status: 'undoing' });
  }
  return { members: ids.length, done: removeImported(db, actor, job, ids, onProgress) };
}

async function removeImported(db: Db, actor: AuditActor, job: q.JobRow, ids: number[], onProgress?: (done: number, total: number) => void) {
  try {
    return await inTransaction(db, false, async (trx) => {
      await q.holdJob(trx, job.id);
      // Checked again where it counts: a member changed between the answer and this transaction keeps the import.
      const changed = await q.changedSinceImport(trx, ids);
      if (changed > 0) throw conflict('import_undo_changed', { count: changed });
      let removed = 0;
      for (let start = 0; start < ids.length; start += UNDO_CHUNK) {
        try {
          removed += await q.deleteMembers(trx, ids.slice(start, start + UNDO_CHUNK));
        } catch (e) {
          if ((e as { code?: string }).code === '23503') throw conflict('import_undo_referenced');
          throw e;
        }
        onProgress?.(removed, ids.length);
        await q.updateJob(db, job.id, { progress: removed });
      }
      await q.updateJob(trx, job.id, { status: 'undone', undone_at: new Date() });
      await appendAudit(trx, actor, {
        action: 'import.undo',
        entityType: 'import',
        entityId: job.id,
        scopePath: job.unit_path,
        before: { members: ids },
        after: { members: 0 },
      });
      return { members: removed };
    });
  } catch (e) {
    // Nothing was removed: the import stays committed, with the reason on the job for the page to show.
    await q.updateJob(db, job.id, {
      status: 'committed',
      progress: 0,
      failure: e instanceof AppError ? e.code : String((e as Error).message).slice(0, 500),
    });
    throw e;
  }
}

/** On start: jobs a stopped process left committing or undoing go back to where they were (see queries). */
export const resetInterruptedJobs = (db: Db) => q.resetInterruptedJobs(db);

export async function discard(db: Db, actor: AuditActor, job: q.JobRow) {
  if (job.status !== 'previewed' && job.status !== 'failed') throw conflict('import_not_open', { status: job.status });
  parsedSheets.delete(job.id);
  await inTransaction(db, false, async (trx) => {
    await q.updateJob(trx, job.id, { status: 'discarded', file: null, errors: '[]' });
    await appendAudit(trx, actor, {
      action: 'import.discard',
      entityType: 'import_job',
      entityId: job.id,
      scopePath: job.unit_path,
      before: { status: job.status, filename: job.filename },
    });
  });
}
