// The `grassroots` command against a real database: audit verify passes, then catches tampering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from './http.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  const admin = await t.login('admin');
  await t.call(admin, 'PATCH', '/api/members/1', { version: 1, phone: '0911111111' });
  await t.call(admin, 'PATCH', '/api/members/2', { version: 1, phone: '0922222222' });
});
afterAll(() => t.close());

// Asynchronous on purpose: this process serves the app, whose audit linker must keep running meanwhile.
const grassroots = (...args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['bin/grassroots.js', ...args], { env: { ...process.env, DATABASE_URL: t.url } });
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

describe('grassroots CLI', () => {
  it('audit verify: exit 0 on an intact chain, 2 after an entry is changed', async () => {
    const ok = await grassroots('audit', 'verify');
    expect(ok.stdout).toContain('Nhật ký toàn vẹn: 2 bản ghi');
    expect(ok.status).toBe(0);
    await sql`UPDATE audit_entry SET actor_name = 'Người khác' WHERE id = 1`.execute(t.db);
    const bad = await grassroots('audit', 'verify');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('#1: changed');
  });

  it('migrate: reports an up-to-date database', async () => {
    const r = await grassroots('migrate');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('up to date');
  });

  it('rejects a bad option with a message, not a stack trace', async () => {
    const r = await grassroots('seed', '--members', 'lots');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('must be a positive integer');
  });
});
