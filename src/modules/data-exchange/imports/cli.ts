// `grassroots import` and `grassroots export`: the same import and export as the web pages, from a
// script. The CLI acts as the system (full scope), audited under the operating-system user's name.
import type { Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { finished } from 'node:stream/promises';
import type { Db } from '../../../db/connection.js';
import { withDatabase } from '../../../db/with-database.js';
import { todayInVietnam } from '../../../shared/http.js';
import { invalid } from '../../../shared/errors.js';
import { formatNumber } from '../../../domain/text/format.js';
import { translate } from '../../../shared/i18n.js';
import type { AuditActor } from '../../foundation/audit/service.js';
import { MEMBER_STATUSES, AGE_BANDS } from '../../../domain/members/record.js';
import { renderError } from './dto.js';
import type { ColumnMapping } from '../../../domain/imports/columns.js';
import type { RowError } from '../../../domain/imports/validate.js';
import { unitByCodeOrRoot } from './queries.js';
import * as service from './service.js';
import * as reports from '../reports/service.js';
import type { ExportFilter } from '../reports/member-export.js';

const cliActor = (): AuditActor => ({ userId: null, displayName: `CLI (${userInfo().username})` });
const progress = (label: string) => (done: number, total?: number) => {
  process.stderr.write(`\r${label}: ${formatNumber(done, 'vi')}${total ? ` / ${formatNumber(total, 'vi')}` : ''}   `);
};

/** The unit named by its code, or the root of the tree when no code is given. */
async function unitByCode(db: Db, code?: string) {
  const unit = await unitByCodeOrRoot(db, code);
  if (!unit) throw invalid('cli_unit_unknown', { code: code ?? '' });
  return unit;
}

export function registerDataCommands(program: Command): void {
  program
    .command('import <file>')
    .description('import members from .xlsx or .csv (all or nothing)')
    .option('--unit <code>', 'the organization to import into (default: the root)')
    .option('--mapping <name>', 'a saved column mapping')
    .option('--dry-run', 'check the file and list its errors, write nothing')
    .action((file: string, o: { unit?: string; mapping?: string; dryRun?: boolean }) =>
      withDatabase(async ({ db, pool }) => {
        const actor = cliActor();
        const root = await unitByCode(db, o.unit);
        const today = todayInVietnam();
        const id = await service.preview(db, actor, root, {
          file: await readFile(file),
          filename: basename(file),
          today,
          mappingName: o.mapping,
        });
        const job = await service.loadJob(db, id);
        console.log(translate('vi', 'cli.import_checked', { rows: job.total_rows, errors: job.error_count, unit: root.name }));
        for (const e of (job.errors as RowError[]).slice(0, 200)) {
          const r = renderError(e, job.mapping as ColumnMapping, job.headers as string[], 'vi');
          console.log(`  ${translate('vi', 'cli.import_row', { row: r.row, column: r.column ?? '-' })}: ${r.message}`);
        }
        if (job.error_count > 0 || o.dryRun) {
          await service.discard(db, actor, job);
          return job.error_count > 0 ? 2 : 0;
        }
        // The CLI holds the pool, so the rows go in with COPY (same rows as the web import).
        const started = await service.commit(db, actor, job, { today, onProgress: progress(translate('vi', 'cli.importing')), pool });
        const r = await started.done;
        process.stderr.write('\n');
        console.log(translate('vi', 'cli.import_done', { members: r.members, job: id }));
        return 0;
      }),
    );

  program
    .command('export <file>')
    .description('export the member list of an organization to .xlsx')
    .option('--unit <code>', 'the organization (default: the root)')
    .option('--status <list>', `comma-separated statuses (${MEMBER_STATUSES.join(', ')})`)
    .option('--gender <gender>', 'male or female')
    .option('--age-band <band>', AGE_BANDS.join(', '))
    .option('--admitted-year <year>', 'year of admission')
    .option('-q, --query <text>', 'name, citizen ID or party card number')
    .action(
      (file: string, o: { unit?: string; status?: string; gender?: string; ageBand?: string; admittedYear?: string; query?: string }) =>
        withDatabase(async ({ db }) => {
          const actor = cliActor();
          const unit = await unitByCode(db, o.unit);
          const filter: ExportFilter = {
            status: o.status?.split(',').filter((s) => (MEMBER_STATUSES as readonly string[]).includes(s)) as ExportFilter['status'],
            gender: o.gender === 'male' || o.gender === 'female' ? o.gender : undefined,
            ageBand: (AGE_BANDS as readonly string[]).includes(o.ageBand ?? '') ? (o.ageBand as ExportFilter['ageBand']) : undefined,
            admittedYear: o.admittedYear ? Number(o.admittedYear) : undefined,
            q: o.query,
          };
          const today = todayInVietnam();
          const at = new Date();
          const total = await reports.auditExport(db, actor, unit, { filter, today, at });
          const out = createWriteStream(file);
          const n = await reports.exportMembers(db, unit, {
            filter,
            today,
            meta: { user: actor.displayName, at, unitName: unit.name, locale: 'vi' },
            out,
            onProgress: (done) => progress(translate('vi', 'cli.exporting'))(done, total),
          });
          await finished(out);
          process.stderr.write('\n');
          console.log(translate('vi', 'cli.export_done', { members: n, file }));
          return 0;
        }),
    );
}
