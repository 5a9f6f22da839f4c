// `grassroots audit verify [--anchor FILE]` and `grassroots audit anchor [--out FILE]`.
// Exit status: 0 intact, 2 the trail was changed, cut or recomputed, 1 the job itself could not run.
import type { Command } from 'commander';
import { appendFileSync, readFileSync } from 'node:fs';
import { withDatabase } from '../../../db/with-database.js';
import { anchorLine, parseAnchors } from '../../../domain/audit/anchor.js';
import { processLocale, translate } from '../../../shared/i18n.js';
import { takeAnchor, verifyWithAnchors } from './anchor.js';

// Like every CLI message: English when LC_ALL/LC_MESSAGES/LANG starts with `en`, Vietnamese otherwise.
const locale = () => processLocale();
const say = (key: string, params: Record<string, unknown> = {}) => translate(locale(), key, params);

function readAnchorFile(file: string) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(say('auditAnchor.file_unreadable', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) }));
    return null;
  }
  const { anchors, bad } = parseAnchors(text);
  if (bad.length > 0) {
    console.error(
      say('auditAnchor.file_bad', {
        file,
        lines: bad
          .slice(0, 10)
          .map((b) => b.line)
          .join(', '),
      }),
    );
    return null;
  }
  if (anchors.length === 0) {
    console.error(say('auditAnchor.file_empty', { file }));
    return null;
  }
  return anchors;
}

export function registerAuditCommands(program: Command) {
  const audit = program.command('audit').description('audit trail');

  audit
    .command('verify')
    .description(
      'check the hash chain: detects changed or deleted entries; with --anchor, also a chain cut short, emptied or recomputed since an anchor',
    )
    .option('--anchor <file>', 'file of anchors written by `grassroots audit anchor --out`')
    .action((o: { anchor?: string }) =>
      withDatabase(async ({ db }) => {
        const anchors = o.anchor ? readAnchorFile(o.anchor) : [];
        if (anchors === null) return 1;
        const r = await verifyWithAnchors(db, anchors);
        let code = 0;
        if (r.problems.length > 0) {
          console.error(say('cli.audit_broken', { count: r.problems.length }));
          for (const p of r.problems.slice(0, 50)) console.error(`  #${p.id}: ${p.kind}`);
          code = 2;
        }
        for (const p of r.anchorProblems.slice(0, 50)) {
          const params = { id: p.anchor.id, at: p.anchor.at, headId: r.headId };
          console.error(say(p.kind === 'cut' ? 'auditAnchor.cut' : 'auditAnchor.rewritten', params));
          code = 2;
        }
        if (code !== 0) return code;
        console.log(say('cli.audit_ok', { count: r.count }));
        if (anchors.length > 0) {
          const newest = anchors.reduce((a, b) => (b.id > a.id ? b : a));
          console.log(say('auditAnchor.matched', { n: anchors.length, id: newest.id, at: newest.at }));
        }
        console.log(`head ${r.headId} ${r.headHash}`);
        return 0;
      }),
    );

  audit
    .command('anchor')
    .description(
      'verify the chain, then write its head (number, hash, entries, time) as one JSON line: run it on a schedule and keep the file off this machine',
    )
    .option('--out <file>', 'append the line to this file instead of printing it')
    .action((o: { out?: string }) =>
      withDatabase(async ({ db }) => {
        const { anchor, problems } = await takeAnchor(db);
        if (!anchor) {
          console.error(say('auditAnchor.refused', { count: problems.length }));
          return 2;
        }
        const line = anchorLine(anchor);
        if (!o.out) {
          console.log(line);
          return 0;
        }
        appendFileSync(o.out, `${line}\n`);
        console.log(say('auditAnchor.written', { id: anchor.id, count: anchor.count, at: anchor.at, file: o.out }));
        return 0;
      }),
    );
}
