// The national shape (issue 16 §4): the Central level above 34 provinces, each shaped like the demo province.
// The first province is the demo itself, with every register and its history (index.ts). The other 33 carry their
// registry: the tree with its versions before and after the 2025 reorganization, members with their cells,
// admission events and committees; no restructuring records, assessments, fees or meetings, so the national figures
// over those registers come from the first province alone (docs/scaling.md says so). Each province gets its own
// administrator, scoped to it, and one account administers the Central level.
import { hash } from '@node-rs/argon2';
import type pg from 'pg';
import { copyRows, type CopyValue } from '../db/copy.js';
import { withDeferredChecks } from './bulk.js';
import { seedDemo, mapRows, type SeedResult } from './index.js';
import { memberEvents } from './members.js';
import { DEFAULT_SEED, planProvince, type Plan } from './plan.js';
import { DEMO_PASSWORD } from './users.js';
import { NATIONAL_PROVINCES } from './national-data.js';

/** The Central level's unit id: above any id a province's units take, so the provinces' ids stay dense. */
export const CENTRAL_ID = 100_000_000;
const CENTRAL = { id: CENTRAL_ID, code: 'TW', name: 'Đảng bộ toàn quốc (Trung ương)', foundedOn: '1930-02-03' };
const LEFT_ROLLS = new Set(['transferred_out', 'removed', 'expelled', 'deceased']);
const GRANTS_FROM = '2025-07-01';

export interface NationalOptions {
  /** Provinces in all, the demo one included (default 34). */
  provinces?: number;
  /** Members in each province (default 5,600,000 / 34). */
  membersPerProvince?: number;
  /** 'small' (tests): each province is the small demo tree with the 2025 reorganization. */
  profile?: 'province' | 'small';
  today?: string;
  onProgress?: (msg: string) => void;
}

export interface NationalResult extends SeedResult {
  provinces: { code: string; name: string; username: string }[];
}

export async function seedNational(pool: pg.Pool, opts: NationalOptions = {}): Promise<NationalResult> {
  const say = opts.onProgress ?? (() => {});
  const count = Math.min(opts.provinces ?? NATIONAL_PROVINCES.length + 1, NATIONAL_PROVINCES.length + 1);
  const profile = opts.profile ?? 'province';
  const members = opts.membersPerProvince ?? (profile === 'small' ? undefined : Math.round(5_600_000 / 34));
  const shape = { profile, reform: true, ...(members ? { members } : {}), ...(opts.today ? { today: opts.today } : {}) };
  const t0 = Date.now();
  const demo = await seedDemo(pool, { ...shape, under: CENTRAL, onProgress: say });
  say(`province 1 of ${count} (the demo, with its history) in ${Math.round((Date.now() - t0) / 1000)} s`);
  const client = await pool.connect();
  const provinces: NationalResult['provinces'] = [];
  let units = demo.units;
  let total = demo.members;
  try {
    await client.query('BEGIN');
    const ids = await nextIds(client);
    await withDeferredChecks(client, TABLES, async () => {
      for (const [i, p] of NATIONAL_PROVINCES.slice(0, count - 1).entries()) {
        const t = Date.now();
        const plan = planProvince({ ...shape, seed: DEFAULT_SEED + i + 1, under: { id: CENTRAL_ID, path: String(CENTRAL_ID) } });
        const loaded = await loadProvince(client, plan, { ...p, index: i + 2 }, ids);
        units += loaded.units;
        total += loaded.members;
        say(`province ${i + 2} of ${count} (${p.name}): ${loaded.units} units, ${loaded.members} members in ${Date.now() - t} ms`);
      }
    });
    for (const table of TABLES) {
      await client.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
    }
    provinces.push(...(await insertAdmins(client, count)));
    await client.query(`ANALYZE ${TABLES.join(', ')}`);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
  say(`national tree: ${count} provinces, ${units} units, ${total} members in ${Math.round((Date.now() - t0) / 1000)} s`);
  return { ...demo, rootPath: String(CENTRAL_ID), units, members: total, provinces };
}

const TABLES = ['org_unit', 'org_unit_version', 'member', 'member_cell_period', 'member_event', 'committee_term', 'committee_seat'];

type Ids = Record<(typeof TABLES)[number], number>;

/** The last id of each table, to number the next province's rows after it (the Central unit's own id aside). */
async function nextIds(client: pg.PoolClient): Promise<Ids> {
  const ids: Ids = {};
  for (const table of TABLES) {
    const { rows } = await client.query<{ n: string | null }>(`SELECT max(id) AS n FROM ${table} WHERE id <> $1`, [CENTRAL_ID]);
    ids[table] = Number(rows[0]!.n ?? 0);
  }
  return ids;
}

/**
 * One province with its tree's history (every unit and version, the 2025 reorganization's included) and members with
 * their cells before and after it, but without the restructuring records, so nothing links a version to a decision.
 * Ids follow on after the previous province's; citizen ids take the province's code, card numbers its index.
 */
async function loadProvince(
  client: pg.PoolClient,
  plan: Plan,
  province: { code: string; name: string; cccd: string; index: number },
  ids: Ids,
) {
  const unitOff = ids.org_unit!;
  const unitId = (id: number) => (id === CENTRAL_ID ? CENTRAL_ID : id + unitOff);
  const path = (p: string) =>
    p
      .split('.')
      .map((l) => String(unitId(Number(l))))
      .join('.');
  const root = plan.picks.root;
  const nameOf = (u: { id: number; name: string }) => (u.id === root.id ? province.name : u.name);
  const codeOf = (u: { id: number; code: string }) => (u.id === root.id ? province.code : `${province.code}.${u.code}`);
  await copyRows(
    client,
    'org_unit',
    ['id', 'code', 'name', 'kind', 'parent_id', 'path', 'founded_on', 'dissolved_on'],
    mapRows(plan.units, (u) => [
      unitId(u.id),
      codeOf(u),
      nameOf(u),
      u.kind,
      u.parentId === null ? null : unitId(u.parentId),
      path(u.path),
      u.foundedOn,
      u.dissolvedOn,
    ]),
  );
  const versionOff = ids.org_unit_version!;
  await copyRows(
    client,
    'org_unit_version',
    ['id', 'unit_id', 'name', 'kind', 'parent_id', 'path', 'valid_from', 'valid_to'],
    mapRows(plan.versions, (v) => [
      v.id + versionOff,
      unitId(v.unitId),
      v.unitId === root.id ? province.name : v.name,
      v.kind,
      v.parentId === null ? null : unitId(v.parentId),
      path(v.path),
      v.validFrom,
      v.validTo,
    ]),
  );
  const memberOff = ids.member!;
  const card = String(province.index).padStart(2, '0');
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
    mapRows(plan.members, (m) => [
      m.id + memberOff,
      m.fullName,
      m.searchName,
      m.sortKey,
      m.gender,
      m.birthDate,
      m.ethnicity,
      m.hometown,
      m.residence,
      `${province.cccd}${m.citizenId.slice(3)}`,
      m.partyCardNo === null ? null : `${card}${m.partyCardNo}`,
      m.admittedOn,
      m.officialOn,
      m.education,
      m.theoryLevel,
      m.occupation,
      m.position,
      m.phone,
      m.status,
      unitId(m.unitId),
    ]),
  );
  // Cell periods as the demo's loader writes them: a member the reorganization handed over leaves the old cell on
  // the day and joins the new one; someone who left the rolls left their cell the day their status changed.
  const moved = new Map((plan.reform?.moves ?? []).map((m) => [m.memberId, m]));
  let periodId = ids.member_cell_period!;
  function* periods(): Generator<readonly CopyValue[]> {
    for (const m of plan.members) {
      const left = LEFT_ROLLS.has(m.status) ? m.statusChangedOn : null;
      const move = moved.get(m.id);
      if (!move) {
        yield [++periodId, m.id + memberOff, unitId(m.unitId), m.admittedOn, left];
        continue;
      }
      yield [++periodId, m.id + memberOff, unitId(move.fromUnitId), m.admittedOn, plan.reform!.effectiveOn];
      yield [++periodId, m.id + memberOff, unitId(move.toUnitId), plan.reform!.effectiveOn, left];
    }
  }
  let eventId = ids.member_event!;
  function* events(): Generator<readonly CopyValue[]> {
    for (const m of plan.members) {
      const first = unitId(moved.get(m.id)?.fromUnitId ?? m.unitId);
      for (const e of memberEvents({ ...m, unitId: first })) yield [++eventId, m.id + memberOff, e.occurredOn, e.kind, e.details];
    }
  }
  await copyRows(client, 'member_event', ['id', 'member_id', 'occurred_on', 'kind', 'details'], events());
  const termOff = ids.committee_term!;
  const seatOff = ids.committee_seat!;
  await copyRows(
    client,
    'committee_term',
    ['id', 'unit_id', 'label', 'starts_on', 'ends_on'],
    mapRows(plan.terms, (t) => [t.id + termOff, unitId(t.unitId), t.label, t.startsOn, t.endsOn]),
  );
  await copyRows(
    client,
    'committee_seat',
    ['id', 'term_id', 'member_id', 'position', 'from_date', 'to_date'],
    mapRows(plan.seats, (s) => [s.id + seatOff, s.termId + termOff, s.memberId + memberOff, s.position, s.fromDate, s.toDate]),
  );
  ids.org_unit = unitOff + Math.max(...plan.units.map((u) => u.id));
  ids.org_unit_version = versionOff + Math.max(...plan.versions.map((v) => v.id));
  ids.member = memberOff + plan.members.length;
  ids.member_cell_period = periodId;
  ids.member_event = eventId;
  ids.committee_term = termOff + Math.max(0, ...plan.terms.map((t) => t.id));
  ids.committee_seat = seatOff + Math.max(0, ...plan.seats.map((s) => s.id));
  return { units: plan.units.filter((u) => u.dissolvedOn === null).length, members: plan.members.length };
}

/** `trunguong` over the Central level; `tinh02` … `tinh34` each over their own province (the demo keeps `admin`). */
async function insertAdmins(client: pg.PoolClient, count: number) {
  const pw = await hash(DEMO_PASSWORD);
  const grant = async (username: string, displayName: string, unitCode: string) => {
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO app_user (username, password_hash, display_name, locale) VALUES ($1, $2, $3, 'vi') RETURNING id`,
      [username, pw, displayName],
    );
    await client.query(
      `INSERT INTO role_grant (user_id, role, unit_id, valid_from) SELECT $1, 'province_admin', id, $2 FROM org_unit WHERE code = $3`,
      [rows[0]!.id, GRANTS_FROM, unitCode],
    );
  };
  await grant('trunguong', 'Ban Tổ chức Trung ương', CENTRAL.code);
  const out: NationalResult['provinces'] = [];
  for (const [i, p] of NATIONAL_PROVINCES.slice(0, count - 1).entries()) {
    const username = `tinh${String(i + 2).padStart(2, '0')}`;
    await grant(username, `Ban Tổ chức ${p.name}`, p.code);
    out.push({ code: p.code, name: p.name, username });
  }
  return out;
}
