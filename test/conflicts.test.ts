// Requests that race past a service's own duplicate check meet the database constraint: the loser gets a 409
// with a sentence, never a 500. And every constraint of the schema has its sentence (or the generic one).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type Session, type TestApp } from './http.js';
import { EXCLUSION_CONFLICTS, pgConflict, UNIQUE_CONFLICTS } from '../src/shared/pg-conflicts.js';
import { translate } from '../src/shared/i18n.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(async () => {
  await t.close();
});

/** Ten identical requests at once: exactly one goes through, the nine others are 409s with a sentence. */
async function race(url: string, body: unknown) {
  const answers = await Promise.all(Array.from({ length: 10 }, () => t.call(admin, 'POST', url, body)));
  const statuses = answers.map((r) => r.statusCode);
  expect(
    statuses.filter((s) => s === 201 || s === 200),
    JSON.stringify(statuses),
  ).toHaveLength(1);
  const refused = answers.filter((r) => r.statusCode !== 201 && r.statusCode !== 200);
  expect(refused.map((r) => r.statusCode)).toEqual(Array(9).fill(409));
  for (const r of refused) expect(r.json().message, r.body).toMatch(/\S{3,}.*\./);
  return refused.map((r) => r.json().code as string);
}

describe('concurrent identical creates', () => {
  it('one account per username', async () => {
    const codes = await race('/api/users', {
      username: 'dua-tranh',
      displayName: 'Tài khoản đua',
      password: 'LongPassword1',
      grant: { role: 'observer', unitId: 3, validFrom: '2026-01-01' },
    });
    expect(new Set(codes)).toEqual(new Set(['duplicate_username']));
  });

  it('one open applicant file per citizen ID', async () => {
    const codes = await race('/api/candidates', {
      unitId: 8,
      fullName: 'Ứng Viên Đua',
      gender: 'female',
      birthDate: '2000-02-02',
      citizenId: '036300000777',
      education: 'university',
      source: 'students',
    });
    expect(new Set(codes)).toEqual(new Set(['candidate_duplicate']));
  });

  it('one cadre record per member', async () => {
    const codes = await race('/api/cadres', {
      memberId: 7,
      position: { post: 'Ủy viên Ban Thường vụ', unitId: 2, fromDate: '2024-01-01' },
    });
    expect(codes.every((c) => c === 'already_cadre' || c === 'cadre_exists')).toBe(true);
  });

  it('one member per citizen ID', async () => {
    const member = {
      unitId: 6,
      fullName: 'Đảng Viên Đua',
      gender: 'male',
      birthDate: '1980-03-03',
      ethnicity: 'Kinh',
      hometown: 'Nam Định',
      residence: 'thôn Tây',
      citizenId: '036080000999',
      admittedOn: '2010-05-19',
      officialOn: '2011-05-19',
      education: '12/12',
      theoryLevel: 'Sơ cấp',
      status: 'official',
    };
    const codes = await race('/api/members', member);
    expect(new Set(codes).size).toBe(1);
  });
});

describe('the constraint → sentence map', () => {
  it('covers every unique and exclusion constraint of the schema, and names no constraint that is gone', async () => {
    const r = await sql<{ name: string; kind: string; cols: string }>`
      SELECT c.relname AS name, CASE WHEN x.contype = 'x' THEN 'x' ELSE 'u' END AS kind,
        (SELECT string_agg(a.attname, ',') FROM unnest(i.indkey) k(n) JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n) AS cols
      FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_constraint x ON x.conindid = i.indexrelid AND x.contype = 'x'
      WHERE n.nspname = 'public' AND (i.indisunique OR x.contype = 'x')`.execute(t.db);
    // Generic on purpose: surrogate keys (never given by a client), settings, sessions and sign-in bookkeeping
    // (server-made tokens, upserted throttles), the migrator's own table.
    const generic = (x: { name: string; cols: string }) =>
      (x.name.endsWith('_pkey') && ['id', 'seq'].includes(x.cols)) ||
      [
        'user_session_pkey',
        'lifecycle_setting_pkey',
        'grassroots_setting_pkey',
        'kysely_migration_pkey',
        'kysely_migration_lock_pkey',
        'import_job_member_pkey',
        'login_challenge_pkey',
        'login_throttle_pkey',
      ].includes(x.name);
    const unique = r.rows
      .filter((x) => x.kind === 'u' && !generic(x))
      .map((x) => x.name)
      .sort();
    const exclusion = r.rows
      .filter((x) => x.kind === 'x')
      .map((x) => x.name)
      .sort();
    expect(unique).toEqual(Object.keys(UNIQUE_CONFLICTS).sort());
    expect(exclusion).toEqual(Object.keys(EXCLUSION_CONFLICTS).sort());
  });

  it('gives every code a sentence in both languages', () => {
    const codes = [...Object.values(UNIQUE_CONFLICTS), ...Object.values(EXCLUSION_CONFLICTS)].map(
      (make) => make('Key (x)=(1) already exists.').code,
    );
    for (const code of [...codes, 'conflict_duplicate', 'conflict_overlap', 'conflict_retry']) {
      for (const locale of ['vi', 'en'] as const)
        expect(translate(locale, `errors.${code}`), `${code} ${locale}`).not.toBe(`errors.${code}`);
    }
  });

  it('maps unknown unique violations, serialization failures and deadlocks to 409', () => {
    expect(pgConflict({ code: '23505', constraint: 'something_new_key' })).toMatchObject({ code: 'conflict_duplicate', status: 409 });
    expect(pgConflict({ code: '40001' })).toMatchObject({ code: 'conflict_retry', status: 409 });
    expect(pgConflict({ code: '40P01' })).toMatchObject({ code: 'conflict_retry', status: 409 });
    expect(
      pgConflict({ code: '23505', constraint: 'app_user_username_key', detail: 'Key (username)=(office) already exists.' }),
    ).toMatchObject({ code: 'duplicate_username', params: { username: 'office' } });
  });
});
