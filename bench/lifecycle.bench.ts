// Member lifecycle at full scale: a screening run over the demo province through the API beside the same
// suspects query sent raw, and the overdue-transfer and probation-due lists (p95) beside their raw SQL.
import type { BenchEnv } from './run.js';
import { measure, report, reportOnce, timeOnce } from './lib.js';
import { suspectsSql } from '../src/modules/lifecycle/screening/queries.js';
import { windowMonths } from '../src/domain/screening/rules.js';
import { addDays, addMonths } from '../src/domain/calendar/dates.js';
import { todayInVietnam } from '../src/shared/http.js';

export default async function benchLifecycle({ pool, db, api }: BenchEnv) {
  const login = await fetch(`${api}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'Demo@2026-Grassroots' }) });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  const call = async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${api}${path}`, { method, headers: { cookie, 'x-csrf-token': csrf, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    if (r.status >= 300) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return r.json();
  };
  const N = Number(process.env.BENCH_N ?? 200);
  const root = (await pool.query<{ id: number; path: string }>('SELECT id, path::text FROM org_unit WHERE parent_id IS NULL')).rows[0]!;
  const committees = (await pool.query<{ id: number; path: string }>(`SELECT id, path::text FROM org_unit WHERE kind IN ('grassroots_committee','subordinate_committee') ORDER BY md5(id::text) LIMIT 50`)).rows;
  const today = todayInVietnam();
  const months = windowMonths(today);
  const to = addMonths(months[11]!, 1);

  const raw = suspectsSql(root.path, months[0]!, to, 3).compile(db);
  const sqlRun = await timeOnce(() => pool.query(raw.sql, raw.parameters as unknown[]));
  const apiRun = await timeOnce(() => call('POST', '/api/screening/runs', { unitId: root.id }));
  const flagged = (apiRun.value as { found: number }).found;
  reportOnce(`screening run, whole province (API, ${flagged} flags, ${sqlRun.value.rowCount} suspects)`, apiRun.ms, 'suspects query raw', sqlRun.ms, '≤ 5 s');

  const unitFor = (i: number) => (i % 4 === 0 ? root : committees[i % committees.length]!);
  const overdueApi = (i: number) => call('GET', `/api/transfers/overdue?unitId=${unitFor(i).id}`);
  const overdueSql = (i: number) => pool.query(`SELECT t.*, m.full_name FROM party_transfer t JOIN member m ON m.id = t.member_id JOIN org_unit f ON f.id = t.from_unit_id
    LEFT JOIN org_unit d ON d.id = t.to_unit_id WHERE f.path <@ $1::ltree AND t.state IN ('recorded','issued','in_transit') ORDER BY t.id`, [unitFor(i).path]);
  report('overdue transfers list (API)', await measure(N, overdueApi), 'open transfers SQL raw', await measure(N, overdueSql), 'p95 ≤ 200 ms');

  const dueBy = addDays(today, 30);
  const dueApi = (i: number) => call('GET', `/api/probation?unitId=${unitFor(i).id}&filter=due`);
  const dueSql = (i: number) => pool.query(`SELECT m.id, m.full_name, m.admitted_on, p.forms, (m.admitted_on + interval '12 months')::date AS due_on
    FROM member m JOIN org_unit u ON u.id = m.unit_id LEFT JOIN probation_file p ON p.member_id = m.id
    WHERE m.status = 'probationary' AND u.path <@ $1::ltree AND (m.admitted_on + interval '12 months')::date <= $2 ORDER BY 5, m.sort_key LIMIT 2000`, [unitFor(i).path, dueBy]);
  report('probation due list (API)', await measure(N, dueApi), 'same SQL raw', await measure(N, dueSql), 'p95 ≤ 200 ms');
}
