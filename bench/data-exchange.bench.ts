// Data exchange at full scale, each figure beside a baseline from the same run:
// - import of a 110,300-row .xlsx into a fresh, migrated database with one cell (read, validate, write
//   member + cell period + events + one audit entry, one transaction) vs a raw COPY of all the rows it writes
//   (members, cell periods, events) into the same tables, same constraints (in a transaction rolled back); the
//   seeded province is not touched;
// - reconciliation of a 110,300-row list (the registry itself, 2% planted field differences, 1% names
//   misspelled with their keys removed) vs reading the registry; recall of the planted differences;
// - export of 110,300 rows to .xlsx (streamed) vs reading the same rows; peak RSS growth.
import ExcelJS from 'exceljs';
import { PassThrough, Writable } from 'node:stream';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { from as copyFrom } from 'pg-copy-streams';
import { sql } from 'kysely';
import type { BenchEnv } from './run.js';
import { ms, reportOnce, timeOnce } from './lib.js';
import { createDb, createPool } from '../src/db/connection.js';
import { settleCommitWork } from '../src/shared/tx.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { HEADERS, IMPORT_FIELDS } from '../src/domain/imports/columns.js';
import { formatDate, GENDER_LABELS, STATUS_LABELS } from '../src/domain/imports/values.js';
import { searchName, sortKey } from '../src/domain/names/index.js';
import { copyLine } from '../src/db/copy.js';
import * as imports from '../src/modules/data-exchange/imports/service.js';
import * as reconciliation from '../src/modules/data-exchange/reconciliation/service.js';
import { writeMembersXlsx } from '../src/modules/data-exchange/reports/member-export.js';

const N = Number(process.env.BENCH_MEMBERS ?? 110_300);
const actor = { userId: null, displayName: 'bench' };
const TODAY = '2026-11-26';

async function xlsx(rows: (string | null)[][]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('Đảng viên');
  ws.addRow(IMPORT_FIELDS.map((f) => HEADERS[f][0]!)).commit();
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

const newRow = (i: number, code: string) => [
  `Nguyễn Văn Nhập ${i}`,
  i % 2 ? 'Nữ' : 'Nam',
  formatDate(`${1950 + (i % 45)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`),
  'Kinh',
  'xã Yên Khánh, tỉnh Ninh Bình',
  'thôn Đông',
  `099${String(i).padStart(9, '0')}`,
  `BX${String(i).padStart(8, '0')}`,
  '19/05/2015',
  '19/05/2016',
  '12/12',
  'Sơ cấp',
  'Nông dân',
  '',
  '0912345678',
  'Chính thức',
  code,
];

/**
 * CPU time so far of this process and of the local PostgreSQL server (the postmaster and its children,
 * from /proc), in ms: on a shared machine a ratio of CPU times is steadier than one of wall times.
 * null when the server's processes cannot be read (another host).
 */
async function cpuClock(pool: BenchEnv['pool']): Promise<(() => number) | null> {
  const pid = Number((await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid);
  const stat = (p: number | string) => {
    const t = readFileSync(`/proc/${p}/stat`, 'utf8');
    return t.slice(t.lastIndexOf(')') + 2).split(' ');
  };
  let postmaster: number;
  try {
    postmaster = Number(stat(pid)[1]);
  } catch {
    return null;
  }
  const tick = 1000 / 100; // USER_HZ
  return () => {
    let ms = 0;
    for (const p of readdirSync('/proc').filter((x) => /^[0-9]+$/.test(x))) {
      try {
        const f = stat(p);
        // utime + stime of the postmaster and its live children, plus the postmaster's cutime + cstime, which
        // holds the children that have exited: a backend ending mid-run keeps its time in the sum.
        if (Number(p) === postmaster) ms += (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * tick;
        else if (Number(f[1]) === postmaster) ms += (Number(f[11]) + Number(f[12])) * tick;
      } catch {
        /* gone */
      }
    }
    const own = process.cpuUsage();
    return ms + (own.user + own.system) / 1000;
  };
}

/**
 * Members already on the rolls of another cell, with a year of monthly meetings and their attendance (as many
 * rows as the import has members): deleting an imported member makes PostgreSQL look for attendance rows that
 * point at it, so the undo's figure shows whether that lookup is indexed (a scan per deleted member is not).
 */
async function residentAttendance(db: ReturnType<typeof createDb>) {
  const residents = Math.max(1, Math.ceil(N / 12));
  await sql`INSERT INTO member (full_name, search_name, sort_key, gender, birth_date, ethnicity, hometown, residence, citizen_id,
      admitted_on, official_on, education, theory_level, status, unit_id)
    SELECT 'Trần Văn Có ' || i, 'tran van co ' || i, 'co ' || i, 'male', '1970-01-01', 'Kinh', 'xã Yên Khánh', 'thôn Tây',
      '098' || lpad(i::text, 9, '0'), '2010-05-19', '2011-05-19', '12/12', 'Sơ cấp', 'official', 3
    FROM generate_series(1, ${residents}) AS i`.execute(db);
  await sql`INSERT INTO cell_meeting (unit_id, held_on, kind) SELECT 3, make_date(2025, m, 5), 'regular' FROM generate_series(1, 12) AS m`.execute(
    db,
  );
  await sql`INSERT INTO meeting_attendance (meeting_id, member_id, presence)
    SELECT c.id, m.id, 'present' FROM cell_meeting c CROSS JOIN member m WHERE m.unit_id = 3`.execute(db);
  await sql`ANALYZE member, cell_meeting, meeting_attendance`.execute(db);
}

/** A fresh, migrated database holding one province unit, the import's target cell and a cell with attendance. */
async function scratchDatabase(pool: BenchEnv['pool']) {
  const name = 'gr_bench_import';
  await pool.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await pool.query(`CREATE DATABASE ${name}`);
  const url = new URL((pool as unknown as { options: { connectionString: string } }).options.connectionString);
  url.pathname = `/${name}`;
  const p = createPool(url.toString(), 4);
  const db = createDb(p);
  await migrateToLatest(db);
  await db
    .insertInto('org_unit')
    .values([
      { id: 1, code: 'T', name: 'Tỉnh ủy thử tải', kind: 'province_committee', parent_id: null, path: '1', founded_on: '2000-01-01' },
      { id: 2, code: 'BENCH-IMPORT', name: 'Chi bộ thử tải', kind: 'cell', parent_id: 1, path: '1.2', founded_on: '2000-01-01' },
      { id: 3, code: 'BENCH-RESIDENT', name: 'Chi bộ có sẵn', kind: 'cell', parent_id: 1, path: '1.3', founded_on: '2000-01-01' },
    ])
    .execute();
  await residentAttendance(db);
  return {
    pool: p,
    db,
    drop: async () => {
      await settleCommitWork(db);
      await db.destroy();
      await pool.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

export async function benchImport(env: Pick<BenchEnv, 'pool'>) {
  const scratch = await scratchDatabase(env.pool);
  const { pool, db } = scratch;
  try {
    const file = await xlsx(Array.from({ length: N }, (_, i) => newRow(i, 'BENCH-IMPORT')));
    // Baseline: every row the import writes — the members, their cell periods and their timeline events
    // (admitted, official, record created) — already parsed, COPY'd into the same tables with the same
    // constraints and triggers, in one transaction that is rolled back.
    const FIRST_ID = 50_000_000;
    const memberLines = Array.from({ length: N }, (_, i) => {
      const r = newRow(i, '');
      const name = r[0]!;
      return copyLine([
        FIRST_ID + i,
        name,
        searchName(name),
        sortKey(name),
        i % 2 ? 'female' : 'male',
        `${1950 + (i % 45)}-01-01`,
        'Kinh',
        r[4]!,
        r[5]!,
        r[6]!,
        r[7]!,
        '2015-05-19',
        '2016-05-19',
        '12/12',
        'Sơ cấp',
        'Nông dân',
        '',
        '0912345678',
        'official',
        2,
      ]);
    }).join('');
    const periodLines = Array.from({ length: N }, (_, i) => copyLine([FIRST_ID + i, 2, '2015-05-19'])).join('');
    const eventLines = Array.from(
      { length: N },
      (_, i) =>
        copyLine([FIRST_ID + i, '2015-05-19', 'admitted', '{}', null]) +
        copyLine([FIRST_ID + i, '2016-05-19', 'official', '{}', null]) +
        copyLine([FIRST_ID + i, TODAY, 'record_created', JSON.stringify({ unitId: 2, importId: 1 }), null]),
    ).join('');
    const cpu = await cpuClock(pool);
    const client = await pool.connect();
    let copyMs: number;
    let copyCpu = 0;
    try {
      await client.query('BEGIN');
      const c0 = cpu?.() ?? 0;
      const copy = (text: string, lines: string) => pipeline(Readable.from([lines]), client.query(copyFrom(text)));
      copyMs = (
        await timeOnce(async () => {
          await copy(
            'COPY member (id, full_name, search_name, sort_key, gender, birth_date, ethnicity, hometown, residence, citizen_id, party_card_no, admitted_on, official_on, education, theory_level, occupation, position, phone, status, unit_id) FROM STDIN',
            memberLines,
          );
          await copy('COPY member_cell_period (member_id, unit_id, valid_from) FROM STDIN', periodLines);
          await copy('COPY member_event (member_id, occurred_on, kind, details, actor_user_id) FROM STDIN', eventLines);
        })
      ).ms;
      copyCpu = (cpu?.() ?? 0) - c0;
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
    const phases: Record<string, number> = {};
    const c1 = cpu?.() ?? 0;
    const imported = await timeOnce(async () => {
      const t0 = performance.now();
      const id = await imports.preview(db, actor, { id: 1, path: '1' }, { file, filename: 'bench.xlsx', today: TODAY });
      phases.preview = performance.now() - t0;
      const job = await imports.loadJob(db, id);
      if (job.error_count) throw new Error(`bench import: ${job.error_count} errors, e.g. ${JSON.stringify((job.errors as unknown[])[0])}`);
      const t1 = performance.now();
      const started = await imports.commit(db, actor, job, { today: TODAY, pool });
      phases.recheck = performance.now() - t1;
      const r = await started.done;
      phases.write = performance.now() - t1 - phases.recheck;
      return { ...r, jobId: id };
    });
    const importCpu = (cpu?.() ?? 0) - c1;
    reportOnce(
      `import ${N.toLocaleString('en')}-row .xlsx (parse, validate, member+period+events+audit; fresh database)`,
      imported.ms,
      'raw COPY of the same rows (members, periods, events)',
      copyMs,
      '≤ 1.5×',
    );
    console.log(
      `  import: ${imported.value.members} members; preview (read + validate) ${ms(phases.preview!)}, re-check at commit ${ms(phases.recheck!)}, ` +
        `write ${ms(phases.write!)}; file ${(file.length / 1e6).toFixed(1)} MB` +
        (cpu
          ? `; CPU (this process + database server) ${ms(importCpu)} vs COPY ${ms(copyCpu)} = ${(importCpu / copyCpu).toFixed(2)}×`
          : ''),
    );
    // Undoing the whole import: every member, cell period, event and list row it wrote, in one transaction.
    const undone = await timeOnce(async () => (await imports.undo(db, actor, imported.value.jobId)).done);
    reportOnce(
      `undo of that import (${N.toLocaleString('en')} members, beside ${Math.ceil(N / 12) * 12} attendance rows of other members)`,
      undone.ms,
      'the import itself',
      imported.ms,
      '≤ 2×',
    );
    console.log(
      `  undo of that import: ${undone.value.members} members removed in ${ms(undone.ms)}, import ${ms(imported.ms)}: ` +
        `${(undone.ms / imported.ms).toFixed(2)}× the import (target ≤ 2×)`,
    );
  } finally {
    await scratch.drop();
  }
}

async function benchReconcile({ db }: BenchEnv) {
  const root = await db
    .selectFrom('org_unit')
    .select(['id', sql<string>`path::text`.as('path')])
    .where('parent_id', 'is', null)
    .executeTakeFirstOrThrow();
  const read = await timeOnce(() =>
    db.selectFrom('member as m').innerJoin('org_unit as u', 'u.id', 'm.unit_id').selectAll('m').select('u.code as unit_code').execute(),
  );
  const members = read.value.slice(0, N);
  const planted = new Map<number, string>();
  const misspelled = new Set<number>();
  const rows = members.map((m, i) => {
    const r: (string | null)[] = [
      m.full_name,
      GENDER_LABELS[m.gender],
      formatDate(m.birth_date),
      m.ethnicity,
      m.hometown,
      m.residence,
      m.citizen_id,
      m.party_card_no,
      formatDate(m.admitted_on),
      formatDate(m.official_on),
      m.education,
      m.theory_level,
      m.occupation,
      m.position,
      m.phone,
      STATUS_LABELS[m.status],
      m.unit_code,
    ];
    if (i % 50 === 7) {
      r[14] = `08${String(10_000_000 + i).slice(-8)}`;
      planted.set(m.id, 'phone');
    } else if (i % 50 === 19) {
      r[5] = `${m.residence} (mới)`;
      planted.set(m.id, 'residence');
    } else if (i % 100 === 33) {
      // A misspelled name with neither citizen ID nor card: only the fuzzy match can find the member.
      r[0] = m.full_name.replace(/(\S)(\S*)$/, (_, a: string, b: string) => `${a}${a}${b}`);
      r[6] = null;
      r[7] = null;
      misspelled.add(m.id);
    }
    return r;
  });
  const file = await xlsx(rows);
  const run = await timeOnce(() => reconciliation.run(db, actor, { id: root.id, path: root.path }, { file, filename: 'bench-list.xlsx' }));
  const found = await db
    .selectFrom('reconciliation_item')
    .select(['member_id', 'method', 'differences', 'kind'])
    .where('reconciliation_id', '=', run.value.id)
    .where('kind', 'in', ['different', 'matched'])
    .execute();
  const byMember = new Map(found.map((f) => [f.member_id!, f]));
  const hits = [...planted].filter(([id, field]) =>
    (byMember.get(id)?.differences as { field: string }[] | undefined)?.some((d) => d.field === field),
  ).length;
  const fuzzyHits = [...misspelled].filter((id) => byMember.get(id)?.method === 'fuzzy').length;
  reportOnce(
    `reconcile a ${N.toLocaleString('en')}-row list (read, match, store results)`,
    run.ms,
    'read the registry rows',
    read.ms,
    '≤ 30 s',
  );
  console.log(
    `  reconciliation: recall of planted differences ${hits}/${planted.size} = ${((100 * hits) / planted.size).toFixed(2)}% (target ≥ 99%); ` +
      `misspelled names matched fuzzily ${fuzzyHits}/${misspelled.size}; counts ${JSON.stringify(run.value.counts)}`,
  );
}

async function benchExport({ db }: BenchEnv) {
  const root = await db
    .selectFrom('org_unit')
    .select(['id', 'name', sql<string>`path::text`.as('path')])
    .where('parent_id', 'is', null)
    .executeTakeFirstOrThrow();
  const read = await timeOnce(() =>
    db
      .selectFrom('member as m')
      .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
      .selectAll('m')
      .select('u.code')
      .orderBy('m.sort_key')
      .orderBy('m.id')
      .execute(),
  );
  read.value.length = 0;
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _e, cb) {
      bytes += chunk.length;
      cb();
    },
  });
  const exported = await timeOnce(() =>
    writeMembersXlsx(db, root.path, {
      filter: {},
      today: TODAY,
      meta: { user: 'bench', at: new Date(), unitName: root.name, locale: 'vi' },
      out: sink,
    }),
  );
  clearInterval(timer);
  reportOnce(
    `export ${exported.value.toLocaleString('en')} members to .xlsx (streamed)`,
    exported.ms,
    'read the same rows in one query',
    read.ms,
    '≤ 30 s',
  );
  console.log(
    `  export: file ${(bytes / 1e6).toFixed(1)} MB; peak RSS growth during the export ${((peak - base) / 1e6).toFixed(0)} MB (RSS before ${(base / 1e6).toFixed(0)} MB)`,
  );
}

export default async function dataExchangeBench(env: BenchEnv) {
  await benchExport(env);
  await benchImport(env);
  await benchReconcile(env);
}
