// `npm start`: open (or start) the database, migrate, load the demo province on first run, serve.
import './runtime/check-node.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/open.js';
import { migrateToLatest } from './db/migrate.js';
import { assertPortFree } from './db/embedded.js';
import { buildServer } from './server.js';
import { AppError } from './shared/errors.js';
import { formatDecimal } from './domain/text/format.js';
import { processLocale, translate } from './shared/i18n.js';
import { ensureDemoData, printDemoLogins } from './seed/demo.js';
import { purgeExpiredSessions } from './modules/foundation/auth/queries.js';
import { linkPending } from './modules/foundation/audit/linker.js';
import { resetInterruptedJobs } from './modules/data-exchange/imports/service.js';
import { resetInterruptedPlans } from './modules/foundation/reorg/service.js';

const locale = processLocale();

async function main() {
  const config = loadConfig();
  await assertPortFree(config.port, 'PORT');
  const started = Date.now();
  const database = await openDatabase(config, {
    log: (l) => {
      if (/FATAL|PANIC/.test(l)) console.error(l);
    },
  });
  try {
    await serve(config, database, started);
  } catch (e) {
    // A failed start (a bad SEED_MEMBERS, a migration error) stops the PostgreSQL it started before exiting.
    await database.close().catch(() => {});
    throw e;
  }
}

async function serve(config: ReturnType<typeof loadConfig>, database: Awaited<ReturnType<typeof openDatabase>>, started: number) {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${translate(locale, 'cli.stopping')} (${signal})`);
    await app?.close().catch(() => {});
    await database.close().catch((e) => console.error(e));
    process.exit(0);
  };
  let app: Awaited<ReturnType<typeof buildServer>> | undefined;
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await migrateToLatest(database.db);
  await ensureDemoData(database, config.seedMembers);
  await linkPending(database.db, { wait: false }); // entries a stopped process committed but did not link
  await resetInterruptedJobs(database.db); // imports a stopped process left half-way (rolled back) can be run again
  await resetInterruptedPlans(database.db); // so can reorganization plans
  app = await buildServer({
    db: database.db,
    pool: database.pool,
    serveWeb: true,
    secureCookie: config.secureCookie,
    sessionIdleMinutes: config.sessionIdleMinutes,
    trustProxy: config.trustProxy,
    uploadsPerMinute: config.uploadsPerMinute,
    logger: { level: config.logLevel },
  });
  await app.listen({ port: config.port, host: config.host });
  // Expired sessions are useless rows: clear them now and every hour.
  const purge = () => purgeExpiredSessions(database.db).catch((e) => console.error(e));
  void purge();
  setInterval(purge, 3600_000).unref();
  const url = `http://localhost:${config.port}`;
  console.log(translate(locale, 'cli.started', { url }) + ` (${formatDecimal((Date.now() - started) / 1000, locale, 1)} s)`);
  await printDemoLogins(database.db);
}

main().catch((e) => {
  if (e instanceof AppError) console.error(e.messageIn(locale));
  else console.error(e);
  process.exit(1);
});
