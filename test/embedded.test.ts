// The embedded PostgreSQL survives a `kill -9` of the app, refuses a taken port clearly,
// and reuses its data on the next start.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import pg from 'pg';
import { startEmbedded, type EmbeddedServer } from '../src/db/embedded.js';
import { freePort } from './ports.js';

const root = mkdtempSync(join(tmpdir(), 'gr-embedded-'));
chmodSync(root, 0o755); // as root, PostgreSQL runs as the 'postgres' user, which must reach the directory
const dataDir = join(root, 'pg');
let server: EmbeddedServer | null = null;
afterAll(async () => {
  await server?.stop();
});

function startChild(port: number): Promise<{ pid: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/scripts/start-embedded.ts', dataDir, String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c) => {
      out += String(c);
      if (out.includes('ready')) resolve({ pid: child.pid! });
    });
    child.stderr.on('data', (c) => {
      out += String(c);
    });
    child.on('exit', (code) => reject(new Error(`child exited ${code}: ${out}`)));
  });
}

async function query(url: string, text: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

describe('embedded PostgreSQL lifecycle', () => {
  it('recovers after the app is killed with SIGKILL: no orphan, no stale pid file', async () => {
    const port = await freePort();
    const child = await startChild(port);
    const orphanPid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(child.pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 300));
    expect(() => process.kill(orphanPid, 0)).not.toThrow(); // the orphan still runs

    server = await startEmbedded({ dataDir, port });
    expect(() => process.kill(orphanPid, 0)).toThrow(); // stopped by the recovery
    await query(server.url, 'CREATE TABLE kept (x int); INSERT INTO kept VALUES (42)');
    await server.stop();
    server = null;
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);

    server = await startEmbedded({ dataDir, port }); // a later start reuses the data
    expect(await query(server.url, 'SELECT x FROM kept')).toEqual([{ x: 42 }]);
  });

  it('refuses a second start on the same data while the first runs', async () => {
    await expect(startEmbedded({ dataDir, port: await freePort() })).rejects.toMatchObject({ code: 'already_running' });
  });

  it('says clearly when the port is taken', async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', () => r()));
    try {
      await expect(startEmbedded({ dataDir: join(root, 'other'), port })).rejects.toMatchObject({
        code: 'port_in_use',
        message: expect.stringContaining(`Cổng ${port} đang được một chương trình khác sử dụng`),
      });
    } finally {
      blocker.close();
    }
  });
});
