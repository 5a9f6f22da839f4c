// Backups are plain pg_dump archives (custom format) of the configured or embedded database,
// made with the machine's PostgreSQL client tools (Debian's postgresql-client: DESIGN.md).
import { spawn } from 'node:child_process';

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => {
      stderr += String(c);
    });
    child.on('error', (e) => reject(new Error(`${cmd} could not run (${e.message}). Install postgresql-client.`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} failed (${code}): ${stderr.trim()}`))));
  });
}

export function backup(url: string, file: string): Promise<void> {
  return run(process.env.PG_DUMP ?? 'pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${url}`]);
}

/** Replaces every object of the database with the archive's, in one transaction: all or nothing. */
export function restore(url: string, file: string): Promise<void> {
  return run(process.env.PG_RESTORE ?? 'pg_restore', [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${url}`,
    file,
  ]);
}
