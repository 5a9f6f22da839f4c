// What the fuzzer watches outside HTTP: row counts of the tables (a refused request must write nothing)
// and the server process's memory (/proc/<pid>/status).
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Db } from '../src/db/connection.js';

// Rows a refused request may legitimately leave: none of these is written by a request's own transaction.
// read_access_log is written after successful answers, a few milliseconds later (batched), so it could
// land while the next request runs; user_session holds the fuzzer's own logins. A refused login or password
// check is counted on purpose (login_throttle: the growing delay), as is a wrong second-factor code
// (login_challenge.attempts).
const NOT_COMPARED = new Set([
  'read_access_log',
  'user_session',
  'login_throttle',
  'login_challenge',
  'kysely_migration',
  'kysely_migration_lock',
]);

export async function tableNames(db: Db): Promise<string[]> {
  const r = await sql<{ t: string }>`SELECT table_name AS t FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`.execute(db);
  return r.rows.map((x) => x.t).filter((t) => !NOT_COMPARED.has(t));
}

export async function rowCounts(db: Db, tables: string[]): Promise<Map<string, number>> {
  const q = tables.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM "${t}"`).join(' UNION ALL ');
  const r = await sql<{ t: string; n: number }>`${sql.raw(q)}`.execute(db);
  return new Map(r.rows.map((x) => [x.t, x.n]));
}

export function diffCounts(before: Map<string, number>, after: Map<string, number>): string[] {
  const out: string[] = [];
  for (const [t, n] of after) if ((before.get(t) ?? 0) !== n) out.push(`${t} ${before.get(t) ?? 0}→${n}`);
  return out;
}

/** Resident memory now and at its peak, in MB, of a process (Linux). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}
