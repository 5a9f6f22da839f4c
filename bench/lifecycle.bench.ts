// Member lifecycle at full scale: a screening run over the demo province through the API beside the same
// suspects query sent raw, and the overdue-transfer and probation-due lists (p95) beside their raw SQL.
// The cell's month: the province's meeting roll-up for the year (p95) beside its raw GROUP BY; a 10 MB paper
// stored and served through the API beside a raw INSERT and SELECT of the same bytes; 50 members checking in at
// once beside 50 raw INSERTs of their attendance.
import type { BenchEnv } from './run.js';
import { measure, report, reportOnce, timeOnce } from './lib.js';
import { suspectsSql } from '../src/modules/lifecycle/screening/queries.js';
import { windowMonths } from '../src/domain/screening/rules.js';
import { addDays, addMonths } from '../src/domain/calendar/dates.js';
import { todayInVietnam } from '../src/shared/http.js';
import * as checkin from '../src/modules/lifecycle/meetings/checkin.js';
import { loadMeeting } from '../src/modules/lifecycle/meetings/service.js';

export default async function benchLifecycle({ pool, db, api }: BenchEnv) {
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
    if (r.status >= 300) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return r.json();
  };
  const N = Number(process.env.BENCH_N ?? 200);
  const root = (await pool.query<{ id: number; path: string }>('SELECT id, path::text FROM org_unit WHERE parent_id IS NULL')).rows[0]!;
  const committees = (
    await pool.query<{ id: number; path: string }>(
      `SELECT id, path::text FROM org_unit WHERE kind IN ('grassroots_committee','subordinate_committee') ORDER BY md5(id::text) LIMIT 50`,
    )
  ).rows;
  const today = todayInVietnam();
  const months = windowMonths(today);
  const to = addMonths(months[11]!, 1);

  const raw = suspectsSql(root.path, months[0]!, to, 3).compile(db);
  const sqlRun = await timeOnce(() => pool.query(raw.sql, raw.parameters as unknown[]));
  const apiRun = await timeOnce(() => call('POST', '/api/screening/runs', { unitId: root.id }));
  const flagged = (apiRun.value as { found: number }).found;
  reportOnce(
    `screening run, whole province (API, ${flagged} flags, ${sqlRun.value.rowCount} suspects)`,
    apiRun.ms,
    'suspects query raw',
    sqlRun.ms,
    '≤ 5 s',
  );

  const unitFor = (i: number) => (i % 4 === 0 ? root : committees[i % committees.length]!);
  const overdueApi = (i: number) => call('GET', `/api/transfers/overdue?unitId=${unitFor(i).id}`);
  const overdueSql = (i: number) =>
    pool.query(
      `SELECT t.*, m.full_name FROM party_transfer t JOIN member m ON m.id = t.member_id JOIN org_unit f ON f.id = t.from_unit_id
    LEFT JOIN org_unit d ON d.id = t.to_unit_id WHERE f.path <@ $1::ltree AND t.state IN ('recorded','issued','in_transit') ORDER BY t.id`,
      [unitFor(i).path],
    );
  report(
    'overdue transfers list (API)',
    await measure(N, overdueApi),
    'open transfers SQL raw',
    await measure(N, overdueSql),
    'p95 ≤ 200 ms',
  );

  const dueBy = addDays(today, 30);
  const dueApi = (i: number) => call('GET', `/api/probation?unitId=${unitFor(i).id}&filter=due`);
  const dueSql = (i: number) =>
    pool.query(
      `SELECT m.id, m.full_name, m.admitted_on, p.forms, (m.admitted_on + interval '12 months')::date AS due_on
    FROM member m JOIN org_unit u ON u.id = m.unit_id LEFT JOIN probation_file p ON p.member_id = m.id
    WHERE m.status = 'probationary' AND u.path <@ $1::ltree AND (m.admitted_on + interval '12 months')::date <= $2 ORDER BY 5, m.sort_key LIMIT 2000`,
      [unitFor(i).path, dueBy],
    );
  report('probation due list (API)', await measure(N, dueApi), 'same SQL raw', await measure(N, dueSql), 'p95 ≤ 200 ms');

  // The province's meeting roll-up for the year (about 12 meetings per cell).
  const year = today.slice(0, 4);
  const rollupApi = () => call('GET', `/api/meetings/rollup?unitId=${root.id}&period=${year}`);
  const rollupSql = () =>
    pool.query(
      `SELECT c.unit_id, count(*) AS held FROM cell_meeting c JOIN org_unit u ON u.id = c.unit_id
    WHERE u.path <@ $1::ltree AND c.held_on >= $2::date AND c.held_on < ($2::date + interval '1 year') GROUP BY c.unit_id`,
      [root.path, `${year}-01-01`],
    );
  const meetingsInYear = (
    await pool.query(`SELECT count(*)::int AS n FROM cell_meeting WHERE held_on >= $1::date AND held_on < ($1::date + interval '1 year')`, [
      `${year}-01-01`,
    ])
  ).rows[0].n;
  report(
    `meeting roll-up, whole province, ${year} (API, ${meetingsInYear.toLocaleString('en')} meetings)`,
    await measure(20, rollupApi, 3),
    'the GROUP BY raw',
    await measure(20, rollupSql, 3),
    'p95 ≤ 300 ms',
  );

  // A 10 MB paper: stored, then served, through the API.
  const cell = (
    await pool.query<{ id: number; path: string }>(
      `SELECT id, path::text FROM org_unit WHERE kind = 'cell' AND dissolved_on IS NULL ORDER BY id LIMIT 1`,
    )
  ).rows[0]!;
  const meeting = (await call('POST', '/api/meetings', {
    unitId: cell.id,
    heldOn: today,
    kind: 'regular',
    topic: 'Bench: tài liệu 10 MB',
  })) as { id: number };
  const paper = Buffer.alloc(10 * 1024 * 1024, 0x20);
  paper.write('%PDF-1.4\n', 0);
  paper.write('\n%%EOF\n', paper.length - 7);
  const stored = await timeOnce(async () => {
    const up = await fetch(`${api}/api/meetings/${meeting.id}/documents?filename=bench-10mb.pdf`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/pdf' },
      body: paper,
    });
    if (up.status !== 201) throw new Error(`paper upload: ${up.status} ${await up.text()}`);
    const id = ((await up.json()) as { id: number }).id;
    const down = await fetch(`${api}/api/meeting-documents/${id}`, { headers: { cookie } });
    const bytes = Buffer.from(await down.arrayBuffer());
    if (bytes.length !== paper.length) throw new Error(`paper download: ${bytes.length} bytes`);
    return id;
  });
  const rawPaper = await timeOnce(async () => {
    const r = await pool.query(
      `INSERT INTO meeting_document (meeting_id, file_name, media_type, size_bytes, sha256, content)
      VALUES ($1, 'raw.pdf', 'application/pdf', $2, repeat('0', 64), $3) RETURNING id`,
      [meeting.id, paper.length, paper],
    );
    await pool.query('SELECT content FROM meeting_document WHERE id = $1', [r.rows[0].id]);
  });
  reportOnce('10 MB paper stored and served (API upload + download)', stored.ms, 'raw INSERT + SELECT of the bytes', rawPaper.ms, '≤ 2 s');

  // 50 members of one cell checking in at once (the service the route calls, with each member as the actor).
  const members = (
    await pool.query<{ id: number }>(
      `SELECT id::int AS id FROM member WHERE unit_id = $1 AND status IN ('official','probationary') ORDER BY id LIMIT 50`,
      [cell.id],
    )
  ).rows;
  const extra = 50 - members.length;
  if (extra > 0) {
    const more = await pool.query<{ id: number }>(
      `INSERT INTO member (full_name, search_name, sort_key, gender, birth_date, ethnicity, hometown, residence,
      citizen_id, admitted_on, official_on, education, theory_level, status, unit_id)
      SELECT 'Bench ' || g, 'bench ' || g, 'bench ' || g, 'male', '1980-01-01', 'Kinh', 'Nam Định', 'Nam Định', lpad((700000000000 + g)::text, 12, '0'),
        '2010-01-01', '2011-01-01', '12/12', 'Sơ cấp', 'official', $1 FROM generate_series(1, $2) g RETURNING id::int AS id`,
      [cell.id, extra],
    );
    members.push(...more.rows);
  }
  const m = await loadMeeting(db, meeting.id);
  const actorOf = (memberId: number) => ({
    userId: 1,
    username: `m${memberId}`,
    displayName: `m${memberId}`,
    memberId,
    locale: 'vi' as const,
    grants: [],
  });
  const burst = await timeOnce(() => Promise.all(members.map((x) => checkin.checkIn(db, actorOf(x.id), m))));
  const landed = (
    await pool.query(`SELECT count(*)::int AS n FROM meeting_attendance WHERE meeting_id = $1 AND checked_in_at IS NOT NULL`, [meeting.id])
  ).rows[0].n;
  if (landed !== members.length) throw new Error(`check-in burst: ${landed} of ${members.length} landed`);
  const rawBurst = await timeOnce(() =>
    Promise.all(
      members.map((x) =>
        pool.query(
          `INSERT INTO meeting_attendance (meeting_id, member_id, presence)
    VALUES ($1, $2, 'present') ON CONFLICT (meeting_id, member_id) DO UPDATE SET presence = 'present'`,
          [meeting.id, x.id],
        ),
      ),
    ),
  );
  reportOnce(
    `${members.length} members checking in at once (all landed)`,
    burst.ms,
    `${members.length} raw INSERTs`,
    rawBurst.ms,
    'all land within 1 min',
  );
  await pool.query('DELETE FROM cell_meeting WHERE id = $1', [meeting.id]);
  if (extra > 0) await pool.query(`DELETE FROM member WHERE citizen_id LIKE '7%' AND full_name LIKE 'Bench %'`);
}
