// Assessments at province scale (the seeded demo: last year's cycle fully decided, this year's in progress):
// 1. the engine's proposals and quota checks for every subject of the province, beside reading the same rows;
// 2. the province results dashboard through the API, beside the hand-written GROUP BY;
// 3. self-assessment submissions under fixed concurrency, beside an empty authenticated route (GET /api/auth/me).
import type { BenchEnv } from './run.js';
import { measure, report, reportOnce, timeOnce } from './lib.js';
import { load } from './load.js';
import { bulkProposals } from '../src/modules/assessments/reviews/bulk-evaluate.js';
import { getCycle } from '../src/modules/assessments/reviews/queries.js';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const WARMUP = 1_000;
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 5_000);

async function login(api: string) {
  const r = await fetch(`${api}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'Demo@2026-Grassroots' }),
  });
  const cookie = r.headers.get('set-cookie')!.split(';')[0]!;
  const csrf = ((await r.json()) as { csrfToken: string }).csrfToken;
  return { cookie, csrf };
}

export default async function bench({ pool, db, api }: BenchEnv) {
  const N = Number(process.env.BENCH_N ?? 200);
  const root = (await pool.query<{ id: number; path: string }>('SELECT id, path::text FROM org_unit WHERE parent_id IS NULL')).rows[0]!;
  const cycles = (await pool.query<{ id: number }>('SELECT id FROM review_cycle ORDER BY period_to')).rows;
  const [last, current] = [cycles[0]!.id, cycles[cycles.length - 1]!.id];

  // 1. Proposals + quota for the whole province (every subject of last year's cycle has its facts entered).
  const cycle = (await getCycle(db, last))!;
  const rowsOnly = await timeOnce(() =>
    pool.query(
      `SELECT id, subject_kind, member_id, unit_id, quota_group, self_assessment, review
    FROM assessment_subject WHERE cycle_id = $1 AND not_rated_reason IS NULL AND unit_path <@ $2::ltree`,
      [last, root.path],
    ),
  );
  const bulk = await timeOnce(() => bulkProposals(db, cycle, root.path));
  console.log(
    `  proposals: ${bulk.value.evaluated} subjects evaluated (${bulk.value.missingFacts} without complete facts), ${bulk.value.groups} quota groups, ${bulk.value.groupsOver.length} over`,
  );
  reportOnce(
    `proposals + quota, whole province (${bulk.value.evaluated} subjects)`,
    bulk.ms,
    'reading the same rows (SQL)',
    rowsOnly.ms,
    '≤ 10 s',
  );

  // 2. The province results dashboard.
  const session = await login(api);
  const headers = { cookie: session.cookie };
  const dashboard = () =>
    fetch(`${api}/api/assessment-cycles/${current}/results`, { headers }).then((r) => {
      if (r.status !== 200) throw new Error(`results ${r.status}`);
      return r.json();
    });
  // The same figures written by hand: levels per kind now and in the previous cycle, and members per child unit.
  const bucket = `CASE WHEN not_rated_reason IS NOT NULL THEN 'not_rated' ELSE coalesce(level::text, 'pending') END`;
  const dashboardSql = () =>
    Promise.all([
      pool.query(
        `SELECT subject_kind, ${bucket}, count(*) FROM assessment_subject WHERE cycle_id = $1 AND unit_path <@ $2::ltree GROUP BY 1, 2`,
        [current, root.path],
      ),
      pool.query(
        `SELECT subject_kind, ${bucket}, count(*) FROM assessment_subject WHERE cycle_id = $1 AND unit_path <@ $2::ltree GROUP BY 1, 2`,
        [last, root.path],
      ),
      pool.query(
        `SELECT subltree(unit_path, nlevel($2::ltree), nlevel($2::ltree) + 1)::text, ${bucket}, count(*) FROM assessment_subject
      WHERE cycle_id = $1 AND subject_kind = 'member' AND not_rated_reason IS NULL AND unit_path <@ $2::ltree AND nlevel(unit_path) > nlevel($2::ltree) GROUP BY 1, 2`,
        [current, root.path],
      ),
    ]);
  report(
    'province results dashboard (API)',
    await measure(N, dashboard),
    'same figures, hand-written SQL',
    await measure(N, dashboardSql),
    'p95 ≤ 300 ms, ≤ 1.5× SQL',
  );

  // 3. Self-assessment submissions: distinct member subjects still at the first step of the current cycle, each
  // submitted once by autocannon (in a child process) at CONCURRENCY connections, beside an empty authenticated route.
  // A server in service is warm: the first WARMUP submissions (JIT compilation, each pooled connection preparing
  // its statements) are sent first and not counted; the figure is the steady rate over the next SUBMISSIONS.
  const todo = (
    await pool.query<{ id: number; version: number }>(
      `SELECT id, version FROM assessment_subject
    WHERE cycle_id = $1 AND step = 'self_assessment' AND subject_kind = 'member' AND not_rated_reason IS NULL ORDER BY id LIMIT $2`,
      [current, WARMUP + SUBMISSIONS],
    )
  ).rows;
  const body = (v: number) =>
    JSON.stringify({
      version: v,
      summary: 'Hoàn thành nhiệm vụ.',
      generalPoints: 25,
      taskPoints: 58.5,
      tasks: { total: 4, onTime: 4, late: 0, exceeded: 0, notDone: 0, keyMissed: 0 },
    });
  const writeHeaders = { ...headers, 'x-csrf-token': session.csrf, 'content-type': 'application/json' };
  const submissions = todo.map((s) => ({
    method: 'POST' as const,
    path: `/api/assessment-subjects/${s.id}/self-assessment`,
    body: body(s.version),
  }));
  const warm = await load(api, submissions.slice(0, WARMUP), { connections: CONCURRENCY, headers: writeHeaders });
  const submit = await load(api, submissions.slice(WARMUP), { connections: CONCURRENCY, headers: writeHeaders });
  // Context: another audited write of the foundation (a member's phone).
  const members = (
    await pool.query<{ id: number; version: number }>(`SELECT id, version FROM member ORDER BY id DESC LIMIT $1`, [todo.length])
  ).rows;
  const patch = await load(
    api,
    members.map((m, i) => ({
      method: 'PATCH',
      path: `/api/members/${m.id}`,
      body: JSON.stringify({ version: m.version, phone: `09${String(i).padStart(8, '0')}` }),
    })),
    { connections: CONCURRENCY, headers: writeHeaders },
  );
  console.log(`  context: PATCH /api/members/:id (audited write): ${patch.rate.toFixed(0)} req/s, ${patch.non2xx} non-2xx`);
  const me = todo.map(() => ({ method: 'GET' as const, path: '/api/auth/me' }));
  await load(api, me.slice(0, WARMUP), { connections: CONCURRENCY, headers });
  const empty = await load(api, me.slice(WARMUP), { connections: CONCURRENCY, headers });
  console.log(
    `  self-assessment: ${submit.rate.toFixed(0)} req/s (${submit.total} submissions, ${submit.non2xx} non-2xx, ${submit.errors} errors, p50 ${submit.p50} ms, p99 ${submit.p99} ms); ` +
      `empty authenticated route: ${empty.rate.toFixed(0)} req/s; autocannon, ${CONCURRENCY} connections, after ${warm.total} uncounted (${warm.rate.toFixed(0)} req/s cold)`,
  );
  if (submit.non2xx + submit.errors + warm.non2xx + warm.errors > 0)
    throw new Error('self-assessment submissions failed: the figure would not be a submission rate');
  const [submitRate, emptyRate] = [submit.rate, empty.rate];
  // reportOnce prints milliseconds: the figures here are the mean time per request at that concurrency (1000 / rate).
  reportOnce(
    `self-assessment submit, ms per request at ${CONCURRENCY} in flight (${submitRate.toFixed(0)} req/s)`,
    1000 / submitRate,
    `GET /api/auth/me (${emptyRate.toFixed(0)} req/s)`,
    1000 / emptyRate,
    '≥ 500 req/s',
  );
}
