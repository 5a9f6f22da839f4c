// Loads a deterministic demo province (shaped like Nam Định before 2025) into an empty, migrated
// database: rows are built in memory (plan.ts) and streamed with COPY, all in one transaction.
import type pg from 'pg';
import { withDeferredChecks } from './bulk.js';
import { copyRows, type CopyValue } from '../db/copy.js';
import { memberEvents } from './members.js';
import { planProvince, type Plan } from './plan.js';
import { insertDemoUsers } from './users.js';
import { seedExtensions } from './extensions.js';
import { DEFAULT_SEED } from './plan.js';

const LEFT_ROLLS = new Set(['transferred_out', 'removed', 'expelled', 'deceased']);

export { planProvince } from './plan.js';
export type { Plan, PlanOptions } from './plan.js';
export { DEMO_PASSWORD } from './users.js';

export interface SeedOptions {
  profile: 'province' | 'small';
  members?: number;
  seed?: number;
  /** YYYY-MM-DD; default '2026-11-01'. */
  today?: string;
  onProgress?: (msg: string) => void;
}

export interface SeedResult {
  units: number;
  members: number;
  demoUsers: { role: string; username: string; password: string; unitName: string; memberId?: number }[];
}

/** Tables whose ids the seed sets explicitly; their identity sequences are moved past the last id. */
const EXPLICIT_IDS = ['org_unit', 'org_unit_version', 'member', 'member_cell_period', 'member_event',
  'committee_term', 'committee_seat'];

export async function seedDemo(pool: pg.Pool, opts: SeedOptions): Promise<SeedResult> {
  const say = opts.onProgress ?? (() => {});
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const existing = await client.query('SELECT 1 FROM org_unit LIMIT 1');
    if ((existing.rowCount ?? 0) > 0) throw new Error('database is not empty');

    let t = Date.now();
    const plan = planProvince(opts);
    say(`planned ${plan.units.length} units, ${plan.members.length} members, ${plan.seats.length} committee seats in ${Date.now() - t} ms`);

    const { dropped } = await withDeferredChecks(client, EXPLICIT_IDS, async () => {
      t = Date.now();
      await loadUnits(client, plan);
      say(`loaded units in ${Date.now() - t} ms`);
      t = Date.now();
      await loadMembers(client, plan);
      say(`loaded members, cell periods and events in ${Date.now() - t} ms`);
      t = Date.now();
      await loadCommittees(client, plan);
      say(`loaded committee terms and seats in ${Date.now() - t} ms`);
      t = Date.now();
    });
    say(`rebuilt ${dropped} indexes and constraints in ${Date.now() - t} ms`);

    for (const table of EXPLICIT_IDS) {
      await client.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
    }
    const users = await insertDemoUsers(client, plan.picks);
    say(`created ${users.length} demo users`);
    for (const extend of seedExtensions) await extend({ client, plan, seed: opts.seed ?? DEFAULT_SEED, say });
    t = Date.now();
    await client.query(`ANALYZE ${EXPLICIT_IDS.join(', ')}`);
    await client.query('COMMIT');
    say(`analyzed and committed in ${Date.now() - t} ms`);
    t = Date.now();
    // The visibility map lets subtree counts run as index-only scans from the first request on.
    const vacuum = await client.query<{ t: string }>(`SELECT t FROM unnest($1::text[]) t WHERE to_regclass(t) IS NOT NULL`,
      [['member', 'member_cell_period', 'org_unit', 'assessment_subject']]);
    await client.query(`VACUUM ${vacuum.rows.map((r) => r.t).join(', ')}`);
    say(`vacuumed in ${Date.now() - t} ms`);
    return {
      units: plan.units.length,
      members: plan.members.length,
      demoUsers: users.map((u) => ({
        role: u.role, username: u.username, password: u.password, unitName: u.unitName,
        ...(u.memberId === undefined ? {} : { memberId: u.memberId }),
      })),
    };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

function* mapRows<T>(items: readonly T[], f: (item: T) => readonly CopyValue[]): Generator<readonly CopyValue[]> {
  for (const item of items) yield f(item);
}

async function loadUnits(client: pg.PoolClient, { units }: Plan): Promise<void> {
  await copyRows(client, 'org_unit', ['id', 'code', 'name', 'kind', 'parent_id', 'path', 'founded_on'],
    mapRows(units, (u) => [u.id, u.code, u.name, u.kind, u.parentId, u.path, u.foundedOn]));
  await copyRows(client, 'org_unit_version', ['id', 'unit_id', 'name', 'kind', 'parent_id', 'path', 'valid_from'],
    mapRows(units, (u) => [u.id, u.id, u.name, u.kind, u.parentId, u.path, u.foundedOn]));
}

async function loadMembers(client: pg.PoolClient, { members }: Plan): Promise<void> {
  await copyRows(client, 'member', ['id', 'full_name', 'search_name', 'sort_key', 'gender', 'birth_date',
    'ethnicity', 'hometown', 'residence', 'citizen_id', 'party_card_no', 'admitted_on', 'official_on', 'education',
    'theory_level', 'occupation', 'position', 'phone', 'status', 'unit_id'],
  mapRows(members, (m) => [m.id, m.fullName, m.searchName, m.sortKey, m.gender, m.birthDate, m.ethnicity,
    m.hometown, m.residence, m.citizenId, m.partyCardNo, m.admittedOn, m.officialOn, m.education,
    m.theoryLevel, m.occupation, m.position, m.phone, m.status, m.unitId]));
  // Someone who has left the rolls (died, transferred out, removed) left their cell the day their status
  // changed, as the lifecycle records it; an open period would count them on every past and present day.
  await copyRows(client, 'member_cell_period', ['id', 'member_id', 'unit_id', 'valid_from', 'valid_to'],
    mapRows(members, (m) => [m.id, m.id, m.unitId, m.admittedOn, LEFT_ROLLS.has(m.status) ? m.statusChangedOn : null]));
  let id = 0;
  function* events(): Generator<readonly CopyValue[]> {
    for (const m of members) {
      for (const e of memberEvents(m)) yield [++id, m.id, e.occurredOn, e.kind, e.details];
    }
  }
  await copyRows(client, 'member_event', ['id', 'member_id', 'occurred_on', 'kind', 'details'], events());
}

async function loadCommittees(client: pg.PoolClient, { terms, seats }: Plan): Promise<void> {
  await copyRows(client, 'committee_term', ['id', 'unit_id', 'label', 'starts_on'],
    mapRows(terms, (t) => [t.id, t.unitId, t.label, t.startsOn]));
  await copyRows(client, 'committee_seat', ['id', 'term_id', 'member_id', 'position', 'from_date'],
    mapRows(seats, (s) => [s.id, s.termId, s.memberId, s.position, s.fromDate]));
}
