// Reads the project's own TypeScript for the checks on code habits (no-casts, options-objects). It parses with
// SWC, as dependency-cruiser does, because TypeScript 7.0 has no compiler API in JavaScript.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from '@swc/core';

export interface Node {
  type: string;
  span?: { start: number; end: number };
  [key: string]: unknown;
}

/** The .ts/.tsx files under `dir`, tests (*.test.ts) and generated files left out. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !/\.d\.ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !f.split(/[\\/]/).includes('generated'))
    .sort();
}

/** Calls `visit` on every node of the file's syntax tree; `at(node)` names it as file:line. */
export function walk(file: string, text: string, visit: (n: Node, at: (n: Node) => string) => void) {
  const module = parseSync(text, { syntax: 'typescript', tsx: file.endsWith('.tsx') }) as unknown as Node;
  const bytes = Buffer.from(text, 'utf8');
  const at = (n: Node) => {
    // SWC's spans are 1-based byte offsets.
    const before = bytes.subarray(0, (n.span?.start ?? 1) - 1).toString('utf8');
    return `${file}:${before.split('\n').length}`;
  };
  const go = (v: unknown) => {
    if (Array.isArray(v)) {
      for (const x of v) go(x);
      return;
    }
    if (!v || typeof v !== 'object') return;
    const n = v as Node;
    if (typeof n.type === 'string') visit(n, at);
    for (const [k, x] of Object.entries(n)) if (k !== 'span' && x && typeof x === 'object') go(x);
  };
  go(module);
}

export const read = (f: string) => readFileSync(f, 'utf8');
