// Pure rules of a reorganization plan: the shape of each operation, the units it touches, and how a row
// of an uploaded plan file reads as an operation. Units are named by their code, so an operation can name
// a unit created by an earlier row of the same plan.
import { UNIT_KINDS, type UnitKind } from './tree.js';

export const REORG_OP_KINDS = ['create', 'rename', 'move', 'merge', 'split', 'dissolve', 'change_kind'] as const;
export type ReorgOpKind = (typeof REORG_OP_KINDS)[number];

export interface SplitPart {
  code: string;
  name: string;
  memberIds?: number[];
  children?: string[];
}

export interface ReorgOp {
  row: number;
  kind: ReorgOpKind;
  /** The unit operated on (every kind but create and merge). */
  unit?: string;
  /** merge: the units merged. */
  sources?: string[];
  /** merge: an existing unit that absorbs the sources (otherwise a new unit: code, name, parent). */
  into?: string;
  /** create, move, change_kind (optional: a new level), merge into a new unit. */
  parent?: string;
  code?: string;
  name?: string;
  /** create, change_kind. */
  unitKind?: UnitKind;
  /** split: the new units; members and child units not listed go to the first one. */
  parts?: SplitPart[];
}

export interface RowError {
  row: number;
  code: string;
  params: Record<string, unknown>;
}

const need = (op: ReorgOp, ...fields: (keyof ReorgOp)[]): RowError | null => {
  const missing = fields.find((f) => op[f] === undefined || op[f] === '' || (Array.isArray(op[f]) && (op[f] as unknown[]).length === 0));
  return missing ? { row: op.row, code: 'reorg_field_missing', params: { field: missing } } : null;
};

/** The fields each kind needs, before any unit is looked up. */
export function checkShape(op: ReorgOp): RowError | null {
  switch (op.kind) {
    case 'create':
      return need(op, 'parent', 'code', 'name', 'unitKind');
    case 'rename':
      return need(op, 'unit', 'name');
    case 'move':
      return need(op, 'unit', 'parent');
    case 'dissolve':
      return need(op, 'unit');
    case 'change_kind':
      return need(op, 'unit', 'unitKind');
    case 'split':
      return need(op, 'unit', 'parts') ?? ((op.parts?.length ?? 0) < 2 ? { row: op.row, code: 'split_needs_two', params: {} } : null);
    case 'merge': {
      const missing = need(op, 'sources');
      if (missing) return missing;
      if (new Set(op.sources).size < 2) return { row: op.row, code: 'merge_needs_two', params: {} };
      return op.into ? null : need(op, 'parent', 'code', 'name');
    }
  }
}

/** Codes of the units an operation changes (not the parents it only places units under). */
export function touchedCodes(op: ReorgOp): string[] {
  return [op.unit, ...(op.sources ?? []), op.into].filter((c): c is string => !!c);
}

/** Codes whose whole subtree an operation may rewrite (paths, members); the others change only themselves. */
export function subtreeCodes(op: ReorgOp): string[] {
  if (op.kind === 'move' || op.kind === 'split' || op.kind === 'change_kind') return [op.unit!];
  if (op.kind === 'merge') return op.sources ?? [];
  return [];
}

/** Two open plans overlap when they share a unit, or take effect the same day in nested scopes. */
export function plansOverlap(
  a: { effectiveOn: string; rootPath: string; touched: string[] },
  b: { effectiveOn: string; rootPath: string; touched: string[] },
) {
  const shared = a.touched.filter((c) => b.touched.includes(c));
  if (shared.length) return { shared };
  const nested = a.rootPath === b.rootPath || a.rootPath.startsWith(`${b.rootPath}.`) || b.rootPath.startsWith(`${a.rootPath}.`);
  return a.effectiveOn === b.effectiveOn && nested ? { shared: [] as string[] } : null;
}

// ---- The plan file: one operation a row, Vietnamese headers (English ones are read too).
export const PLAN_COLUMNS = ['kind', 'unit', 'code', 'name', 'parent', 'unitKind', 'into'] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];
export const PLAN_HEADERS: Record<PlanColumn, string[]> = {
  kind: ['Thao tác', 'Operation'],
  unit: ['Mã đơn vị', 'Unit code'],
  code: ['Mã mới', 'New code'],
  name: ['Tên mới', 'New name'],
  parent: ['Mã đơn vị cấp trên', 'Parent code'],
  unitKind: ['Loại tổ chức', 'Unit kind'],
  into: ['Hợp nhất vào', 'Merge into'],
};
export const OP_WORDS: Record<ReorgOpKind, string[]> = {
  create: ['Thành lập', 'create'],
  rename: ['Đổi tên', 'rename'],
  move: ['Chuyển', 'move'],
  merge: ['Hợp nhất', 'merge'],
  split: ['Chia tách', 'split'],
  dissolve: ['Giải thể', 'dissolve'],
  change_kind: ['Đổi loại', 'change_kind'],
};
export const KIND_WORDS: Record<UnitKind, string> = {
  central: 'Trung ương',
  province_committee: 'Đảng bộ tỉnh',
  subordinate_committee: 'Đảng bộ cấp trên cơ sở',
  grassroots_committee: 'Đảng bộ cơ sở',
  grassroots_cell: 'Chi bộ cơ sở',
  partial_committee: 'Đảng bộ bộ phận',
  cell: 'Chi bộ trực thuộc',
};

const fold = (s: string) => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
const list = (s: string | undefined) =>
  (s ?? '')
    .split(/[;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

export interface PlanRow {
  row: number;
  cells: (string | number | null)[];
}

/** Reads the rows of a plan file; a row that cannot be read gets its own error and no operation. */
export function rowsToOps(headers: string[], rows: PlanRow[]): { ops: ReorgOp[]; errors: RowError[] } {
  const col = new Map<PlanColumn, number>();
  headers.forEach((h, i) => {
    const c = PLAN_COLUMNS.find((k) => PLAN_HEADERS[k].some((w) => fold(w) === fold(h)));
    if (c && !col.has(c)) col.set(c, i);
  });
  const missing = (['kind', 'unit'] as const).filter((c) => !col.has(c));
  if (missing.length)
    return {
      ops: [],
      errors: [{ row: 1, code: 'reorg_file_columns', params: { columns: missing.map((c) => PLAN_HEADERS[c][0]).join(', ') } }],
    };
  const ops: ReorgOp[] = [];
  const errors: RowError[] = [];
  for (const r of rows) {
    const get = (c: PlanColumn) => {
      const i = col.get(c);
      const v = i === undefined ? null : r.cells[i];
      return v === null || v === undefined ? undefined : String(v).normalize('NFC').trim() || undefined;
    };
    const word = get('kind');
    const kind = REORG_OP_KINDS.find((k) => OP_WORDS[k].some((w) => word && fold(w) === fold(word)));
    if (!kind) {
      errors.push({ row: r.row, code: 'reorg_unknown_operation', params: { value: word ?? '' } });
      continue;
    }
    const kindWord = get('unitKind');
    const unitKind = kindWord ? UNIT_KINDS.find((k) => fold(KIND_WORDS[k]) === fold(kindWord) || k === kindWord) : undefined;
    if (kindWord && !unitKind) {
      errors.push({ row: r.row, code: 'reorg_unknown_kind', params: { value: kindWord } });
      continue;
    }
    const op: ReorgOp = { row: r.row, kind, parent: get('parent'), unitKind };
    if (kind === 'merge') {
      Object.assign(op, { sources: list(get('unit')), into: get('into'), code: get('code'), name: get('name') });
    } else if (kind === 'split') {
      const codes = list(get('code'));
      const names = list(get('name'));
      if (codes.length !== names.length) {
        errors.push({ row: r.row, code: 'reorg_split_parts', params: {} });
        continue;
      }
      Object.assign(op, { unit: get('unit'), parts: codes.map((code, i) => ({ code, name: names[i]! })) });
    } else if (kind === 'create') {
      Object.assign(op, { code: get('code') ?? get('unit'), name: get('name') });
    } else {
      Object.assign(op, { unit: get('unit'), name: get('name') });
    }
    for (const k of Object.keys(op) as (keyof ReorgOp)[]) if (op[k] === undefined) delete op[k];
    const shape = checkShape(op);
    if (shape) errors.push(shape);
    else ops.push(op);
  }
  return { ops, errors };
}
