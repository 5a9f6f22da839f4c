// `grassroots audit anchor` and `audit verify --anchor` as a scheduled job would run them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from './http.js';
import { entryHash, GENESIS_HASH } from '../src/domain/audit/chain.js';
import { storedContent } from '../src/modules/foundation/audit/linker.js';
import { settleCommitWork } from '../src/shared/tx.js';

let t: TestApp;
const dir = mkdtempSync(join(tmpdir(), 'anchor-'));
beforeAll(async () => {
  t = await startTestApp();
  const admin = await t.login('admin');
  for (const id of [1, 2, 5]) await t.call(admin, 'PATCH', `/api/members/${id}`, { version: 1, phone: `09110000${id}0` });
  await settleCommitWork(t.db);
});
afterAll(() => t.close());

const grassroots = (env: Record<string, string>, ...args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['bin/grassroots.js', ...args], { env: { ...process.env, DATABASE_URL: t.url, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });

describe('grassroots audit anchor / verify --anchor', () => {
  it('prints an anchor line, appends one with --out, verifies against the file, then catches a recomputed chain', async () => {
    const printed = await grassroots({}, 'audit', 'anchor');
    expect(printed.status, printed.stderr).toBe(0);
    expect(JSON.parse(printed.stdout)).toMatchObject({ id: 3, count: 3, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const file = join(dir, 'anchors.jsonl');
    const written = await grassroots({}, 'audit', 'anchor', '--out', file);
    expect(written.status, written.stderr).toBe(0);
    expect(written.stdout).toContain('Đã neo đầu chuỗi nhật ký: bản ghi số 3');
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(1);

    const ok = await grassroots({}, 'audit', 'verify', '--anchor', file);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Khớp 1 mốc neo');

    // Edit entry 1 and recompute every hash after it: the plain check passes, the anchored one does not.
    await sql`UPDATE audit_entry SET actor_name = 'Người khác' WHERE id = 1`.execute(t.db);
    let prevHash = GENESIS_HASH;
    for (const r of await t.db.selectFrom('audit_entry').selectAll().orderBy('id').execute()) {
      const hash = entryHash(prevHash, storedContent(r, r.id!));
      await sql`UPDATE audit_entry SET prev_hash = ${prevHash}, hash = ${hash} WHERE id = ${r.id}`.execute(t.db);
      prevHash = hash;
    }
    expect((await grassroots({}, 'audit', 'verify')).status).toBe(0);
    const bad = await grassroots({}, 'audit', 'verify', '--anchor', file);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Nhật ký BỊ TÍNH LẠI: bản ghi số 3');
    const en = await grassroots({ LC_ALL: 'en_US.UTF-8' }, 'audit', 'verify', '--anchor', file);
    expect(en.stderr).toContain('The audit trail was RECOMPUTED: entry 3');

    await sql`DELETE FROM audit_entry`.execute(t.db);
    const emptied = await grassroots({}, 'audit', 'verify', '--anchor', file);
    expect(emptied.status).toBe(2);
    expect(emptied.stderr).toContain('Nhật ký BỊ CẮT');
  }, 180_000); // seven runs of the command, a few seconds each on a busy machine

  it('fails with a sentence on a missing or malformed anchor file', async () => {
    const missing = await grassroots({}, 'audit', 'verify', '--anchor', join(dir, 'none.jsonl'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('Không đọc được tệp mốc neo');
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"id":1}\n');
    const bad = await grassroots({}, 'audit', 'verify', '--anchor', file);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('dòng 1');
  }, 60_000);
});
