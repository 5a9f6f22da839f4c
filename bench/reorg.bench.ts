// Reorganization at full scale (issue 15, Targets): a plan built from the bench province — every district
// committee dissolved, its grassroots committees merged seven at a time into new commune committees directly
// under the province, its other organizations moved up — previewed (the background dry run, polled as the
// page does) and applied (the background job, polled) through the API. Each figure beside the raw SQL that
// moves the same rows (the subtree paths, the version rows, the dissolved units), run in a transaction that is
// rolled back. Runs last (files run in name order): it rewrites the tree the other benches read.
import type { BenchEnv } from './run.js';
import { reportOnce, timeOnce } from './lib.js';
import { todayInVietnam } from '../src/shared/http.js';

interface Unit {
  id: number;
  code: string;
  name: string;
  kind: string;
  path: string;
  parent_id: number | null;
}
interface Op {
  kind: string;
  unit?: string;
  sources?: string[];
  code?: string;
  name?: string;
  parent?: string;
}

const GROUP = 7;

/** The plan: per district, merges of its grassroots committees (seven at a time), moves of the rest, the dissolution. */
export function buildPlan(root: Unit, units: Unit[]) {
  const children = new Map<number, Unit[]>();
  for (const u of units) if (u.parent_id !== null) children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u]);
  const namesUnderRoot = new Set((children.get(root.id) ?? []).map((u) => u.name));
  const districts = (children.get(root.id) ?? []).filter((u) => u.kind === 'subordinate_committee');
  const ops: Op[] = [];
  const merges: { sources: Unit[]; code: string; name: string }[] = [];
  const moves: Unit[] = [];
  for (const d of districts) {
    const kids = children.get(d.id) ?? [];
    const committees = kids.filter((k) => k.kind === 'grassroots_committee');
    for (let i = 0; i < committees.length; i += GROUP) {
      const group = committees.slice(i, i + GROUP);
      if (group.length < 2) {
        moves.push(...group);
        continue;
      }
      const code = `${d.code}-M${String(i / GROUP + 1).padStart(2, '0')}`.replace(/[^A-Za-z0-9._-]/g, '');
      let name = `Đảng ủy xã mới ${code}`;
      while (namesUnderRoot.has(name)) name += '′';
      namesUnderRoot.add(name);
      merges.push({ sources: group, code, name });
      ops.push({ kind: 'merge', sources: group.map((u) => u.code), code, name, parent: root.code });
    }
    moves.push(...kids.filter((k) => k.kind !== 'grassroots_committee'));
  }
  for (const u of moves) {
    if (namesUnderRoot.has(u.name)) {
      let name = `${u.name} (${u.code})`;
      while (namesUnderRoot.has(name)) name += '′';
      ops.push({ kind: 'rename', unit: u.code, name });
      namesUnderRoot.add(name);
    } else namesUnderRoot.add(u.name);
    ops.push({ kind: 'move', unit: u.code, parent: root.code });
  }
  for (const d of districts) ops.push({ kind: 'dissolve', unit: d.code });
  return { ops, merges, moves, districts };
}

export default async function benchReorg({ pool, api }: BenchEnv) {
  const login = await fetch(`${api}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'Demo@2026-Grassroots' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  const call = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${api}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrf, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (r.status >= 300 && r.status !== 202) throw new Error(`${path}: ${r.status} ${(await r.text()).slice(0, 2000)}`);
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  };
  const units = (
    await pool.query<Unit>(`SELECT id::int AS id, code, name, kind::text AS kind, path::text AS path, parent_id::int AS parent_id
    FROM org_unit WHERE dissolved_on IS NULL ORDER BY path`)
  ).rows;
  const root = units.find((u) => u.parent_id === null)!;
  const plan = buildPlan(root, units);
  if (plan.districts.length === 0) {
    console.log('reorg bench: no district committee left in the bench province (already two-tier?); skipped');
    return;
  }
  const members = Number(
    (await pool.query("SELECT count(*) AS n FROM member WHERE status IN ('official', 'probationary', 'exempted')")).rows[0].n,
  );
  const today = todayInVietnam();
  console.log(
    `reorg plan: ${plan.ops.length} operations (${plan.merges.length} merges, ${plan.moves.length} moves, ${plan.districts.length} districts dissolved), ${members.toLocaleString('en')} members`,
  );

  const created = await timeOnce(() =>
    call('POST', '/api/reorg-plans', { unitId: root.id, title: 'Sắp xếp hai cấp (bench)', effectiveOn: today, operations: plan.ops }),
  );
  const id = created.value.body.id as number;

  // Preview: the page's GET, polled until the background dry run answers.
  const previewed = await timeOnce(async () => {
    for (;;) {
      const r = await call('GET', `/api/reorg-plans/${id}/preview`);
      if (r.status === 200) return r.body;
      await new Promise((res) => setTimeout(res, 200));
    }
  });
  const errors = (previewed.value.errors as unknown[]).length;
  if (errors) throw new Error(`reorg bench: the preview refused ${errors} rows: ${JSON.stringify(previewed.value.errors).slice(0, 1000)}`);

  const raw = await timeOnce(() => rawMoves(pool, root, plan, today));
  reportOnce(`reorg plan saved (${plan.ops.length} ops, dry run on save)`, created.ms, 'raw SQL moving the same rows', raw.ms);
  reportOnce(
    `reorg preview (${plan.ops.length} ops, ${members.toLocaleString('en')} members)`,
    previewed.ms,
    'raw SQL moving the same rows',
    raw.ms,
    '≤ 10 s',
  );

  const applied = await timeOnce(async () => {
    await call('POST', `/api/reorg-plans/${id}/apply`);
    for (;;) {
      const r = await call('GET', `/api/reorg-plans/${id}`);
      if (r.body.status === 'applied') return r.body;
      if (r.body.status === 'draft') throw new Error(`reorg bench: apply failed: ${JSON.stringify(r.body.failure).slice(0, 1000)}`);
      await new Promise((res) => setTimeout(res, 200));
    }
  });
  reportOnce(`reorg apply (${plan.ops.length} ops, background job)`, applied.ms, 'raw SQL moving the same rows', raw.ms, '≤ 60 s');

  // The papers: the list, and the handover minutes of the first merge (its members, cell by cell), beside the
  // raw SQL reading the same member rows. The whole .zip (every member of the province) is left out: minutes.
  const list = await timeOnce(() => call('GET', `/api/reorg-plans/${id}/papers`));
  const first = plan.merges[0]!;
  const paths = first.sources.map((u) => u.path);
  const rawMembers = await timeOnce(() =>
    pool.query(
      `SELECT m.full_name, m.birth_date, m.party_card_no, m.unit_id FROM member m
    JOIN member_cell_period p ON p.member_id = m.id AND p.valid_from <= $2 AND (p.valid_to IS NULL OR p.valid_to > $2)
    JOIN org_unit_version v ON v.unit_id = p.unit_id AND v.valid_from <= $2 AND (v.valid_to IS NULL OR v.valid_to > $2)
    WHERE v.path <@ ANY($1::ltree[]) OR v.path <@ (SELECT path FROM org_unit WHERE code = $3) ORDER BY m.unit_id, m.sort_key`,
      [paths, today, first.code],
    ),
  );
  const minutes = await timeOnce(async () => {
    const r = await fetch(`${api}/api/reorg-plans/${id}/papers/1/minutes.pdf`, { headers: { cookie } });
    if (r.status !== 200) throw new Error(`minutes: ${r.status}`);
    return (await r.arrayBuffer()).byteLength;
  });
  reportOnce(
    `reorg papers list (${(list.value.body as unknown as unknown[]).length} papers)`,
    list.ms,
    'raw SQL of the members',
    rawMembers.ms,
  );
  reportOnce(
    `reorg handover minutes PDF (${rawMembers.value.rowCount} members, ${Math.round(minutes.value / 1024)} KiB)`,
    minutes.ms,
    'raw SQL of the members',
    rawMembers.ms,
  );
}

/**
 * The same rows moved by hand, set-based, then rolled back: the new commune committees, every subtree under a
 * merged committee or a moved organization re-pathed under the province, a version row closed and opened for
 * each unit whose path changed, the merged committees and the districts marked dissolved.
 */
async function rawMoves(pool: BenchEnv['pool'], root: Unit, plan: ReturnType<typeof buildPlan>, today: string) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const changed: number[] = [];
    for (const m of plan.merges) {
      const id = Number((await client.query(`SELECT nextval(pg_get_serial_sequence('org_unit', 'id')) AS id`)).rows[0].id);
      const path = `${root.path}.${id}`;
      await client.query(
        `INSERT INTO org_unit (id, code, name, kind, parent_id, path, founded_on) VALUES ($1, $2, $3, 'grassroots_committee', $4, $5::ltree, $6)`,
        [id, m.code, m.name, root.id, path, today],
      );
      await client.query(
        `INSERT INTO org_unit_version (unit_id, name, kind, parent_id, path, valid_from) VALUES ($1, $2, 'grassroots_committee', $3, $4::ltree, $5)`,
        [id, m.name, root.id, path, today],
      );
      for (const s of m.sources) {
        const r = await client.query(
          `UPDATE org_unit SET parent_id = CASE WHEN parent_id = $2 THEN $3 ELSE parent_id END,
            path = $4::ltree || subpath(path, nlevel($1::ltree)) WHERE path <@ $1::ltree AND id <> $2 AND dissolved_on IS NULL RETURNING id`,
          [s.path, s.id, id, path],
        );
        changed.push(...r.rows.map((x) => Number(x.id)));
      }
      await client.query('UPDATE org_unit SET dissolved_on = $2 WHERE id = ANY($1::bigint[])', [m.sources.map((s) => s.id), today]);
    }
    for (const u of plan.moves) {
      const r = await client.query(
        `UPDATE org_unit SET parent_id = CASE WHEN id = $2 THEN $3 ELSE parent_id END,
          path = $4::ltree || subpath(path, nlevel($1::ltree) - 1) WHERE path <@ $1::ltree AND dissolved_on IS NULL RETURNING id`,
        [u.path, u.id, root.id, root.path],
      );
      changed.push(...r.rows.map((x) => Number(x.id)));
    }
    await client.query('UPDATE org_unit_version SET valid_to = $2 WHERE unit_id = ANY($1::bigint[]) AND valid_to IS NULL', [
      changed,
      today,
    ]);
    await client.query(
      `INSERT INTO org_unit_version (unit_id, name, kind, parent_id, path, valid_from)
      SELECT id, name, kind, parent_id, path, $2 FROM org_unit WHERE id = ANY($1::bigint[])`,
      [changed, today],
    );
    await client.query('UPDATE org_unit SET dissolved_on = $2 WHERE id = ANY($1::bigint[])', [plan.districts.map((d) => d.id), today]);
    await client.query('UPDATE org_unit_version SET valid_to = $2 WHERE unit_id = ANY($1::bigint[]) AND valid_to IS NULL', [
      [...plan.districts, ...plan.merges.flatMap((m) => m.sources)].map((u) => u.id),
      today,
    ]);
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}
