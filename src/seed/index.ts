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
import { recordReformPlan } from './reform-plan.js';
import { REFORM_TITLE } from './reform-data.js';

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
  /** Record the 2025 reorganization (default: for the province profile). */
  reform?: boolean;
  /** The Central level of a national tree, created first; the province hangs under it (national.ts). */
  under?: CentralUnit;
  onProgress?: (msg: string) => void;
}

/** The root of a national tree. */
export interface CentralUnit {
  id: number;
  code: string;
  name: string;
  foundedOn: string;
}

export interface SeedResult {
  /** The path of the tree's root (the province, or the Central level above it). */
  rootPath: string;
  units: number;
  members: number;
  demoUsers: { role: string; username: string; password: string; unitName: string; memberId?: number }[];
  /** The recorded 2025 reorganization plan, when the demo has one. */
  reorganization?: { planId: number; title: string; effectiveOn: string; operations: number; membersMoved: number };
}

/** Tables whose ids the seed sets explicitly; their identity sequences are moved past the last id. */
const EXPLICIT_IDS = [
  'org_unit',
  'org_unit_version',
  'restructuring',
  'member',
  'member_cell_period',
  'member_event',
  'committee_term',
  'committee_seat',
];

export async function seedDemo(pool: pg.Pool, opts: SeedOptions): Promise<SeedResult> {
  const say = opts.onProgress ?? (() => {});
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const existing = await client.query('SELECT 1 FROM org_unit LIMIT 1');
    if ((existing.rowCount ?? 0) > 0) throw new Error('database is not empty');

    let t = Date.now();
    const { under, ...planOpts } = opts;
    const plan = planProvince({ ...planOpts, ...(under ? { under: { id: under.id, path: String(under.id) } } : {}) });
    say(`planned ${plan.units.length} units, ${plan.members.length} members, ${plan.seats.length} committee seats in ${Date.now() - t} ms`);

    const { dropped } = await withDeferredChecks(client, EXPLICIT_IDS, async () => {
      t = Date.now();
      if (opts.under) await insertCentral(client, opts.under);
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
    let reorganization: SeedResult['reorganization'];
    if (plan.reform) {
      const planId = await recordReformPlan(client, plan, plan.reform);
      reorganization = {
        planId,
        title: REFORM_TITLE,
        effectiveOn: plan.reform.effectiveOn,
        operations: plan.reform.ops.length,
        membersMoved: plan.reform.moves.length,
      };
      say(
        `recorded the ${plan.reform.effectiveOn} reorganization: ${plan.reform.ops.length} operations, ${plan.reform.moves.length} members handed over`,
      );
    }
    for (const extend of seedExtensions) await extend({ client, plan, seed: opts.seed ?? DEFAULT_SEED, say });
    t = Date.now();
    await client.query(`ANALYZE ${EXPLICIT_IDS.join(', ')}`);
    await client.query('COMMIT');
    say(`analyzed and committed in ${Date.now() - t} ms`);
    t = Date.now();
    // The visibility map lets subtree counts run as index-only scans from the first request on.
    const vacuum = await client.query<{ t: string }>(`SELECT t FROM unnest($1::text[]) t WHERE to_regclass(t) IS NOT NULL`, [
      ['member', 'member_cell_period', 'org_unit', 'assessment_subject'],
    ]);
    await client.query(`VACUUM ${vacuum.rows.map((r) => r.t).join(', ')}`);
    say(`vacuumed in ${Date.now() - t} ms`);
    return {
      rootPath: opts.under ? String(opts.under.id) : plan.picks.root.path,
      units: plan.units.length + (opts.under ? 1 : 0),
      members: plan.members.length,
      demoUsers: users.map((u) => ({
        role: u.role,
        username: u.username,
        password: u.password,
        unitName: u.unitName,
        ...(u.memberId === undefined ? {} : { memberId: u.memberId }),
      })),
      ...(reorganization ? { reorganization } : {}),
    };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** The Central level's unit and its one version. */
async function insertCentral(client: pg.PoolClient, c: CentralUnit) {
  await client.query(
    `INSERT INTO org_unit (id, code, name, kind, parent_id, path, founded_on) VALUES ($1, $2, $3, 'central', NULL, $4, $5)`,
    [c.id, c.code, c.name, String(c.id), c.foundedOn],
  );
  await client.query(
    `INSERT INTO org_unit_version (id, unit_id, name, kind, parent_id, path, valid_from) VALUES ($1, $1, $2, 'central', NULL, $3, $4)`,
    [c.id, c.name, String(c.id), c.foundedOn],
  );
}

export function* mapRows<T>(items: readonly T[], f: (item: T) => readonly CopyValue[]): Generator<readonly CopyValue[]> {
  for (const item of items) yield f(item);
}

async function loadUnits(client: pg.PoolClient, { units, versions, reform }: Plan): Promise<void> {
  // A unit a restructuring changed has its version counter moved on, as the engine leaves it.
  const changed = new Set(versions.filter((v) => v.restructuringId !== null || v.validTo !== null).map((v) => v.unitId));
  await copyRows(
    client,
    'org_unit',
    ['id', 'code', 'name', 'kind', 'parent_id', 'path', 'founded_on', 'dissolved_on', 'version'],
    mapRows(units, (u) => [
      u.id,
      u.code,
      u.name,
      u.kind,
      u.parentId,
      u.path,
      u.foundedOn,
      u.dissolvedOn,
      changed.has(u.id) && u.foundedOn !== reform?.effectiveOn ? 2 : 1,
    ]),
  );
  if (reform) {
    await copyRows(
      client,
      'restructuring',
      ['id', 'kind', 'effective_on', 'decision_no', 'note', 'details', 'created_at'],
      mapRows(reform.restructurings, (r) => [
        r.id,
        r.kind,
        r.effectiveOn,
        r.decisionNo,
        REFORM_TITLE,
        JSON.stringify(r.details),
        `${r.effectiveOn}T08:00:00+07:00`,
      ]),
    );
  }
  await copyRows(
    client,
    'org_unit_version',
    ['id', 'unit_id', 'name', 'kind', 'parent_id', 'path', 'valid_from', 'valid_to', 'restructuring_id'],
    mapRows(versions, (v) => [v.id, v.unitId, v.name, v.kind, v.parentId, v.path, v.validFrom, v.validTo, v.restructuringId]),
  );
}

async function loadMembers(client: pg.PoolClient, { members, reform }: Plan): Promise<void> {
  const moved = new Map((reform?.moves ?? []).map((m) => [m.memberId, m]));
  await copyRows(
    client,
    'member',
    [
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
    ],
    mapRows(members, (m) => [
      m.id,
      m.fullName,
      m.searchName,
      m.sortKey,
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
      m.unitId,
    ]),
  );
  // Someone who has left the rolls (died, transferred out, removed) left their cell the day their status
  // changed, as the lifecycle records it; an open period would count them on every past and present day.
  // A member handed over to another cell by the reorganization: the period in the old cell closes on the day,
  // one in the new cell opens (with the restructuring that made it), as the engine's moveMembers records it.
  let periodId = 0;
  function* periods(): Generator<readonly CopyValue[]> {
    for (const m of members) {
      const left = LEFT_ROLLS.has(m.status) ? m.statusChangedOn : null;
      const move = moved.get(m.id);
      if (!move) {
        yield [++periodId, m.id, m.unitId, m.admittedOn, left, null];
        continue;
      }
      yield [++periodId, m.id, move.fromUnitId, m.admittedOn, reform!.effectiveOn, null];
      yield [++periodId, m.id, move.toUnitId, reform!.effectiveOn, left, move.restructuringId];
    }
  }
  await copyRows(client, 'member_cell_period', ['id', 'member_id', 'unit_id', 'valid_from', 'valid_to', 'restructuring_id'], periods());
  let id = 0;
  function* events(): Generator<readonly CopyValue[]> {
    for (const m of members) {
      const move = moved.get(m.id);
      for (const e of memberEvents(move ? { ...m, unitId: move.fromUnitId } : m)) yield [++id, m.id, e.occurredOn, e.kind, e.details];
      if (move) {
        yield [
          ++id,
          m.id,
          reform!.effectiveOn,
          'cell_restructured',
          JSON.stringify({ restructuringId: move.restructuringId, fromUnitId: move.fromUnitId, toUnitId: move.toUnitId }),
        ];
      }
    }
  }
  await copyRows(client, 'member_event', ['id', 'member_id', 'occurred_on', 'kind', 'details'], events());
}

async function loadCommittees(client: pg.PoolClient, { terms, seats }: Plan): Promise<void> {
  await copyRows(
    client,
    'committee_term',
    ['id', 'unit_id', 'label', 'starts_on', 'ends_on'],
    mapRows(terms, (t) => [t.id, t.unitId, t.label, t.startsOn, t.endsOn]),
  );
  await copyRows(
    client,
    'committee_seat',
    ['id', 'term_id', 'member_id', 'position', 'from_date', 'to_date'],
    mapRows(seats, (s) => [s.id, s.termId, s.memberId, s.position, s.fromDate, s.toDate]),
  );
}
