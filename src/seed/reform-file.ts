// The recorded 2025 reorganization as a plan file in the format the reorganization upload reads
// (src/domain/orgs/reorg.ts: one operation a row, Vietnamese headers). docs/examples/ holds the province's
// file; src/seed/reform-file.test.ts checks it is this one and that the upload's parser reads it without errors.
import { KIND_WORDS, OP_WORDS, PLAN_COLUMNS, PLAN_HEADERS, type PlanColumn, type ReorgOp } from '../domain/orgs/reorg.js';

export const EXAMPLE_FILE = 'docs/examples/reorg-plan-2025-nam-dinh.csv';

const quote = (v: string) => (/[",;\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function cells(op: ReorgOp): Partial<Record<PlanColumn, string>> {
  const kind = OP_WORDS[op.kind][0]!;
  const unitKind = op.unitKind ? KIND_WORDS[op.unitKind] : undefined;
  switch (op.kind) {
    case 'create':
      return { kind, unit: op.code, name: op.name, parent: op.parent, unitKind };
    case 'merge':
      return { kind, unit: op.sources!.join('; '), into: op.into, code: op.code, name: op.name, parent: op.parent };
    case 'split':
      return { kind, unit: op.unit, code: op.parts!.map((p) => p.code).join('; '), name: op.parts!.map((p) => p.name).join('; ') };
    default:
      return { kind, unit: op.unit, name: op.name, parent: op.parent, unitKind };
  }
}

/** The plan as CSV (UTF-8, comma-separated, CRLF), rows in the order of the operations. */
export function planCsv(ops: readonly ReorgOp[]): string {
  const lines = [PLAN_COLUMNS.map((c) => PLAN_HEADERS[c][0]!).join(',')];
  for (const op of ops) {
    const c = cells(op);
    lines.push(PLAN_COLUMNS.map((k) => quote(c[k] ?? '')).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
