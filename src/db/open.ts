// Opens the configured database: DATABASE_URL when set, else the embedded server under DATA_DIR/pg.
import { join } from 'node:path';
import pg from 'pg';
import type { Config } from '../config.js';
import { createDb, createPool, type Db } from './connection.js';
import { settleCommitWork } from '../shared/tx.js';
import { runningServerUrl, startEmbedded, type EmbeddedServer } from './embedded.js';

export interface OpenDatabase {
  url: string;
  pool: pg.Pool;
  db: Db;
  embedded: boolean;
  close(): Promise<void>;
}

export interface OpenOptions {
  log?: (line: string) => void;
  /** The CLI uses the server of a running app instead of refusing to start a second one. */
  shareRunning?: boolean;
}

export async function openDatabase(config: Config, opts: OpenOptions = {}): Promise<OpenDatabase> {
  const log = opts.log ?? (() => {});
  let server: EmbeddedServer | null = null;
  let url = config.databaseUrl;
  if (!url && opts.shareRunning) url = runningServerUrl(join(config.dataDir, 'pg'));
  if (!url) {
    server = await startEmbedded({ dataDir: join(config.dataDir, 'pg'), port: config.pgPort, log });
    url = server.url;
  }
  const pool = createPool(url, 20, { prepared: config.preparedStatements });
  const db = createDb(pool);
  try {
    await assertServerVersion(pool);
  } catch (e) {
    await db.destroy().catch(() => {});
    await server?.stop(); // never leave a started PostgreSQL behind
    throw e;
  }
  let closed = false;
  return {
    url,
    pool,
    db,
    embedded: server !== null,
    async close() {
      if (closed) return;
      closed = true;
      await settleCommitWork(db);
      await db.destroy();
      await server?.stop();
    },
  };
}

async function assertServerVersion(pool: pg.Pool) {
  const r = await pool.query<{ v: string }>('SHOW server_version_num');
  if (Number(r.rows[0]!.v) < 150000) throw new Error('Grassroots needs PostgreSQL 15 or newer.');
}
