// `grassroots` sub-commands of this module (wired in src/cli.ts). `rules evaluate` runs the pure rule engine on
// a JSON case (docs/rules/assessment.md) and opens no database.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { RULE_SETS, ruleCatalog, runCase, type CaseError, type CaseResult } from '../../../domain/assessment/index.js';

/** Reads, parses and evaluates a case file: the same function the conformance tests call. */
export function evaluateCaseFile(file: string): { ok: true; result: CaseResult } | { ok: false; errors: CaseError[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return {
      ok: false,
      errors: [{ path: file, message: `cannot read the file / không đọc được tệp: ${(e as NodeJS.ErrnoException).code ?? String(e)}` }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: file, message: `not valid JSON / không phải JSON hợp lệ: ${(e as Error).message}` }] };
  }
  return runCase(json);
}

export function registerRulesCommands(program: Command): void {
  const rules = program.command('rules').description('assessment rule sets (reg124-2023, reg366-2025)');
  rules
    .command('evaluate <case>')
    .description('evaluate a JSON case: allowed and proposed level with reasons per subject, and the quota check')
    .action((file: string) => {
      const r = evaluateCaseFile(file);
      if (!r.ok) {
        console.error(`invalid case / trường hợp không hợp lệ: ${file}`);
        for (const e of r.errors) console.error(`  ${e.path}: ${e.message}`);
        // explicit, as in withDatabase: the exit status is the answer scripts read (exitCode alone was lost here).
        process.exit(2);
      }
      process.stdout.write(`${JSON.stringify(r.result, null, 2)}\n`);
    });
  rules
    .command('list')
    .description('list the rule sets and their rules with sources')
    .action(() => {
      const out = RULE_SETS.map((rs) => ({ ...rs, rules: ruleCatalog(rs.id) }));
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    });
}
