// Every action code and entity type the server writes into the audit trail has a Vietnamese and an English label
// in the audit screen's catalog, so the list never shows a raw code such as `campaign_household.move`.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeKey } from '../web/src/pages/foundation/audit/format.js';

const root = fileURLToPath(new URL('..', import.meta.url));
type Catalog = { auditWords: { actions: Record<string, string>; entities: Record<string, string> } };
const catalog = (lang: string) => JSON.parse(readFileSync(join(root, `web/src/i18n/auditwords.${lang}.json`), 'utf8')) as Catalog;

/** Actions built from a template: every value the template can take (from the input types at the call site). */
const EXPANSIONS: Record<string, string[]> = {
  'probation.${input.outcome}': ['probation.official', 'probation.ended'],
  'removal.${input.outcome}': ['removal.removed', 'removal.rejected'],
  'member.${kind}': ['member.educated', 'member.education_progress'],
  'member.${input.kind}': ['member.deceased', 'member.departed'],
  'unit.${kind}': ['unit.create', 'unit.rename', 'unit.move', 'unit.merge', 'unit.split', 'unit.dissolve'],
  // The demo's recorded 2025 reorganization (src/seed/demo.ts): the operations of its plan.
  'unit.${o.kind}': ['unit.create', 'unit.rename', 'unit.move', 'unit.merge', 'unit.split', 'unit.dissolve', 'unit.change_kind'],
  'assessment.${action}': ['submit_self', 'record_review', 'verify', 'decide', 'publish', 'complain', 'reopen', 'additional'].map(
    (a) => `assessment.${a}`,
  ),
  'assessment.${input.kind}': ['assessment.comment', 'assessment.attendance'],
  'transfer.${action}': ['transfer.issue', 'transfer.hand_over', 'transfer.receive', 'transfer.cancel'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** The argument text of a call starting at `open` (the opening parenthesis), skipping over string literals. */
function callText(src: string, open: number): string {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < src.length && src[i] !== c; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return src.slice(open, i + 1);
  }
  return src.slice(open);
}

interface Found {
  actions: Set<string>;
  entities: Set<string>;
  templates: Set<string>;
  calls: number;
}

function scan(): Found {
  const found: Found = { actions: new Set(), entities: new Set(), templates: new Set(), calls: 0 };
  const files = [...sourceFiles(join(root, 'src/modules')), join(root, 'src/seed/demo.ts')];
  for (const file of files) {
    const src = readFileSync(file, 'utf8');
    const constants = new Map([...src.matchAll(/const ([A-Z][A-Z0-9_]*) = '([^']+)'/g)].map((m) => [m[1]!, m[2]!]));
    for (const m of src.matchAll(/\b(?:appendAudit|auditedStatement)\s*\(/g)) {
      const text = callText(src, m.index + m[0].length - 1);
      if (/^\(\s*trx: /.test(text)) continue; // the definition, not a call
      found.calls++;
      for (const a of text.matchAll(/\baction:\s*'([^']+)'/g)) found.actions.add(a[1]!);
      for (const a of text.matchAll(/\baction:\s*`([^`]+)`/g)) found.templates.add(a[1]!);
      for (const e of text.matchAll(/\bentityType:\s*'([^']+)'/g)) found.entities.add(e[1]!);
      for (const e of text.matchAll(/\bentityType:\s*([A-Z][A-Z0-9_]*)\b/g)) {
        const value = constants.get(e[1]!);
        if (value) found.entities.add(value);
      }
    }
  }
  return found;
}

describe('audit labels', () => {
  const found = scan();
  const langs = ['vi', 'en'].map((lang) => [lang, catalog(lang)] as const);

  it('finds the audit calls of the modules', () => {
    expect(found.calls).toBeGreaterThan(80);
    expect(found.actions.size).toBeGreaterThan(60);
    expect(found.entities.size).toBeGreaterThan(25);
  });

  it('knows every value of the template-built actions', () => {
    expect([...found.templates].filter((tpl) => !EXPANSIONS[tpl])).toEqual([]);
  });

  it.each(langs)('labels every action in %s', (_, c) => {
    const actions = [...found.actions, ...[...found.templates].flatMap((tpl) => EXPANSIONS[tpl] ?? [])];
    expect(actions.filter((a) => !c.auditWords.actions[codeKey(a)]?.trim())).toEqual([]);
  });

  it.each(langs)('labels every entity type in %s', (_, c) => {
    expect([...found.entities].filter((e) => !c.auditWords.entities[e]?.trim())).toEqual([]);
  });
});
