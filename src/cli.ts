// The `grassroots` command: every job a user can script (DESIGN.md).
import './runtime/check-node.js';
import { Command, InvalidArgumentError } from 'commander';
import { withDatabase } from './db/with-database.js';
import { migrateToLatest } from './db/migrate.js';
import { backup, restore } from './db/backup.js';
import { registerAuditCommands } from './modules/foundation/audit/cli.js';
import { ensureDemoData, printDemoLogins } from './seed/demo.js';
import { processLocale, translate } from './shared/i18n.js';
import { AppError } from './shared/errors.js';
import { registerRulesCommands } from './modules/assessments/reviews/cli.js';
import { registerDataCommands } from './modules/data-exchange/imports/cli.js';

const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer');
  return n;
};

const program = new Command('grassroots').description('Grassroots: Party organization building at the grassroots');

program
  .command('migrate')
  .description('apply database migrations')
  .action(() =>
    withDatabase(async ({ db }) => {
      const done = await migrateToLatest(db);
      console.log(done.length ? `applied: ${done.join(', ')}` : 'up to date');
    }),
  );

program
  .command('seed')
  .description('load the deterministic demo province into an empty database')
  .option('--members <n>', 'number of members (the unit shape scales with it); with --national, per province', positiveInt)
  .option('--national', 'the Central level above 34 provinces shaped like the demo (5.6 million members)')
  .option('--provinces <n>', 'with --national: how many provinces (default 34)', positiveInt)
  .action((o: { members?: number; national?: boolean; provinces?: number }) =>
    withDatabase(async (d) => {
      await migrateToLatest(d.db);
      await ensureDemoData(d, o.members, o.national ? { provinces: o.provinces ?? 34 } : undefined);
      await printDemoLogins(d.db);
    }),
  );

registerAuditCommands(program);

program
  .command('backup <file>')
  .description('write a pg_dump archive of the database')
  .action((file: string) =>
    withDatabase(async ({ url }) => {
      await backup(url, file);
      console.log(`backup written: ${file}`);
    }),
  );

program
  .command('restore <file>')
  .description('replace the database with a pg_dump archive (all or nothing)')
  .action((file: string) =>
    withDatabase(async ({ url }) => {
      await restore(url, file);
      console.log(`restored from ${file}`);
    }),
  );

registerRulesCommands(program);
registerDataCommands(program);

program.parseAsync().catch((e) => {
  console.error(e instanceof AppError ? e.messageIn(processLocale()) : e instanceof Error ? e.message : e);
  process.exit(1);
});
