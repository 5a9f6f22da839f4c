// Settings from the environment, with defaults that work on a fresh machine.
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | null;
  pgPort: number;
  dataDir: string;
  seedMembers: number | undefined;
  secureCookie: boolean;
  logLevel: string;
  /** Server-side prepared statements (src/db/statement-cache.ts); off behind a pooler that cannot keep them. */
  preparedStatements: boolean;
  /** Minutes without a request after which a session ends (OWASP ASVS 3.3.2); each request slides it. */
  sessionIdleMinutes: number;
  /** Addresses (or CIDR ranges) of the reverse proxies whose X-Forwarded-For is believed; empty: none. */
  trustProxy: string;
  /** Rows an import or reconciliation file may hold (header included); more is refused before validation. */
  importMaxRows: number;
  /** Uploads (imports and reconciliations together) one user may send per minute. */
  uploadsPerMinute: number;
}

function intFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0 || n > 65535 * 1000) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return n;
}

export function loadConfig(): Config {
  return {
    port: intFrom('PORT', 3000),
    host: process.env.HOST ?? '127.0.0.1',
    databaseUrl: process.env.DATABASE_URL || null,
    pgPort: intFrom('PG_PORT', 54329),
    dataDir: process.env.DATA_DIR ?? 'data',
    seedMembers: process.env.SEED_MEMBERS ? intFrom('SEED_MEMBERS', 110_300) : undefined,
    secureCookie: process.env.SECURE_COOKIE === '1',
    logLevel: process.env.LOG_LEVEL ?? 'warn', // errors and warnings; 'info' adds one line per request
    preparedStatements: process.env.DB_PREPARED_STATEMENTS !== '0',
    sessionIdleMinutes: intFrom('SESSION_IDLE_MINUTES', 30),
    trustProxy: process.env.TRUST_PROXY ?? '',
    importMaxRows: importMaxRows(),
    uploadsPerMinute: intFrom('UPLOADS_PER_MINUTE', 20),
  };
}

/** Excel's own row limit (1,048,576), about ten times the largest province file measured (110,300 rows). */
export function importMaxRows(): number {
  return intFrom('IMPORT_MAX_ROWS', 1_048_576);
}
