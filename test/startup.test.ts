// `npm start` failing early says why in one sentence, in the process's language, names the setting to
// change, and leaves no PostgreSQL running behind it.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import { freePort } from './ports.js';
import { processLocale } from '../src/shared/i18n.js';

const root = mkdtempSync(join(tmpdir(), 'gr-startup-'));
chmodSync(root, 0o755); // as root, PostgreSQL runs as the 'postgres' user, which must reach the directory
afterAll(() => rmSync(root, { recursive: true, force: true }));

function start(env: Record<string, string>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, DATABASE_URL: '', LC_ALL: '', LC_MESSAGES: '', LOG_LEVEL: 'error', ...env },
    });
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
}

async function blockedPort(): Promise<{ port: number; release: () => void }> {
  const blocker = net.createServer();
  const port = await freePort();
  await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', () => r()));
  return { port, release: () => blocker.close() };
}

describe('process locale', () => {
  it('is English for an English LC_ALL or LANG, Vietnamese otherwise', () => {
    expect(processLocale({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(processLocale({ LC_ALL: 'vi_VN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('vi');
    expect(processLocale({ LANG: 'C.UTF-8' })).toBe('vi');
    expect(processLocale({})).toBe('vi');
  });
});

describe('start-up failures', () => {
  it('a taken HTTP port names PORT, in the language of LANG', async () => {
    const b = await blockedPort();
    try {
      const en = await start({ PORT: String(b.port), LANG: 'en_US.UTF-8', DATA_DIR: join(root, 'never') });
      expect(en.status).not.toBe(0);
      expect(en.stderr.trim()).toBe(
        `Port ${b.port} is used by another program. Stop it or set the PORT environment variable to another port.`,
      );
      const vi = await start({ PORT: String(b.port), LANG: 'vi_VN.UTF-8', DATA_DIR: join(root, 'never') });
      expect(vi.stderr.trim()).toBe(
        `Cổng ${b.port} đang được một chương trình khác sử dụng. Hãy tắt chương trình đó hoặc đặt biến môi trường PORT sang cổng khác.`,
      );
      expect(existsSync(join(root, 'never'))).toBe(false); // nothing was started
    } finally {
      b.release();
    }
  });

  it('a taken database port names PG_PORT', async () => {
    const b = await blockedPort();
    try {
      const r = await start({
        PORT: String(await freePort()),
        PG_PORT: String(b.port),
        LANG: 'en_US.UTF-8',
        DATA_DIR: join(root, 'pgport'),
      });
      expect(r.status).not.toBe(0);
      expect(r.stderr.trim()).toBe(
        `Port ${b.port} is used by another program. Stop it or set the PG_PORT environment variable to another port.`,
      );
    } finally {
      b.release();
    }
  });

  it('a too small SEED_MEMBERS: one sentence with the minimum, PostgreSQL stopped, non-zero exit', async () => {
    const dataDir = join(root, 'seed');
    const r = await start({
      PORT: String(await freePort()),
      PG_PORT: String(await freePort()),
      LANG: 'en_US.UTF-8',
      DATA_DIR: dataDir,
      SEED_MEMBERS: '100',
    });
    expect(r.status).toBe(1);
    // (initdb may first warn on stderr about a locale this machine lacks: only our own last line is checked.)
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(
      /^SEED_MEMBERS=100 is too small for the demo tree: at least \d{1,3}(,\d{3})* members are needed\.$/,
    );
    expect(r.stderr, r.stderr).not.toMatch(/\n\s+at |Error:/); // no stack trace
    expect(existsSync(join(dataDir, 'pg', 'PG_VERSION'))).toBe(true); // it did start PostgreSQL…
    const pidFile = join(dataDir, 'pg', 'postmaster.pid');
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
    expect(pid > 0 && isAlive(pid), 'PostgreSQL still running').toBe(false); // …and stopped it
  }, 180_000);
});

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
