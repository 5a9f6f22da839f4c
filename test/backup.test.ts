// Round trip: back up a database, damage it, restore it, and find it as it was (audit chain included).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { backup, restore } from '../src/db/backup.js';
import { verifyAudit } from '../src/modules/foundation/audit/service.js';
import { startTestApp, type TestApp } from './http.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  const admin = await t.login('admin');
  await t.call(admin, 'PATCH', '/api/members/3', { version: 1, phone: '0977000111' });
});
afterAll(() => t.close());

describe('backup and restore', () => {
  it('restores members, history and the audit chain exactly', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gr-backup-')), 'grassroots.dump');
    await backup(t.url, file);
    expect(statSync(file).size).toBeGreaterThan(1000);

    await sql`DELETE FROM member_event WHERE member_id = 3`.execute(t.db);
    await sql`UPDATE member SET full_name = 'Hỏng' WHERE id = 1`.execute(t.db);
    await sql`DELETE FROM audit_entry`.execute(t.db);

    await restore(t.url, file);
    const m1 = await t.db.selectFrom('member').select('full_name').where('id', '=', 1).executeTakeFirstOrThrow();
    expect(m1.full_name).toBe('Nguyễn Văn Ngoan');
    const m3 = await t.db.selectFrom('member').select('phone').where('id', '=', 3).executeTakeFirstOrThrow();
    expect(m3.phone).toBe('0977000111');
    const events = await t.db.selectFrom('member_event').select('kind').where('member_id', '=', 3).execute();
    expect(events.length).toBeGreaterThan(0);
    expect(await verifyAudit(t.db)).toMatchObject({ count: 1, problems: [] });
  });

  it('refuses a file that is not a backup, leaving the database as it was', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gr-backup-')), 'bad.dump');
    (await import('node:fs')).writeFileSync(file, 'not a dump');
    await expect(restore(t.url, file)).rejects.toThrow(/pg_restore failed/);
    const n = await t.db
      .selectFrom('member')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(12);
  });
});
