// The plan file: a downloadable .xlsx template with Vietnamese headers, and the reading of an uploaded
// .xlsx or .csv plan with the import's reader and limits (one operation a row, an error per bad row).
import ExcelJS from 'exceljs';
import {
  KIND_WORDS,
  OP_WORDS,
  PLAN_COLUMNS,
  PLAN_HEADERS,
  REORG_OP_KINDS,
  rowsToOps,
  type ReorgOp,
  type RowError,
} from '../../../domain/orgs/reorg.js';
import { restoreText } from '../../../domain/spreadsheet/safe-text.js';
import { neutralizeWorkbook } from '../../../shared/spreadsheet-safe.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { readSheet } from '../../data-exchange/imports/read-file.js';
import { AppError } from '../../../shared/errors.js';
import { NO_CONTROLS } from '../../data-exchange/imports/upload.js';

const EXAMPLES: Record<string, string>[] = [
  { kind: 'Thành lập', code: 'CB-MOI-01', name: 'Chi bộ thôn Bắc', parent: 'DU-XA-01', unitKind: KIND_WORDS.cell },
  { kind: 'Đổi tên', unit: 'CB-001', name: 'Chi bộ thôn Đông Nam' },
  { kind: 'Hợp nhất', unit: 'CB-002; CB-003', code: 'CB-MOI-02', name: 'Chi bộ thôn Trung', parent: 'DU-XA-01' },
  { kind: 'Đổi loại', unit: 'CB-004', unitKind: KIND_WORDS.grassroots_cell, parent: 'TINH' },
];

export async function planTemplate(locale: Locale): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(translate(locale, 'reorg.template.sheet'));
  sheet.columns = PLAN_COLUMNS.map((c) => ({ header: PLAN_HEADERS[c][0]!, key: c, width: 24, style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const e of EXAMPLES) sheet.addRow(e);
  const help = wb.addWorksheet(translate(locale, 'reorg.template.helpSheet'));
  help.columns = [{ width: 24 }, { width: 100 }];
  help.addRow([translate(locale, 'reorg.template.column'), translate(locale, 'reorg.template.rule')]).font = { bold: true };
  for (const c of PLAN_COLUMNS) help.addRow([PLAN_HEADERS[c][0], translate(locale, `reorg.template.rules.${c}`)]);
  help.addRow([]);
  help.addRow([translate(locale, 'reorg.template.operations'), REORG_OP_KINDS.map((k) => OP_WORDS[k][0]).join(', ')]);
  help.addRow([translate(locale, 'reorg.template.kinds'), Object.values(KIND_WORDS).join(', ')]);
  neutralizeWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** As many operations as a plan sent as JSON may hold (routes.ts). */
export const MAX_PLAN_ROWS = 2_000;
const CODE = /^[A-Za-z0-9._-]{1,50}$/;
const CLEAN = new RegExp(NO_CONTROLS);

/** What the JSON schema checks of a posted plan, checked per row of a file: codes and names that fit. */
function checkValues(op: ReorgOp): RowError | null {
  const codes = [op.unit, op.parent, op.into, op.code, ...(op.sources ?? []), ...(op.parts ?? []).map((p) => p.code)].filter(
    (c): c is string => c !== undefined,
  );
  const code = codes.find((c) => !CODE.test(c));
  if (code !== undefined) return { row: op.row, code: 'reorg_bad_code', params: { value: code.slice(0, 60) } };
  const names = [op.name, ...(op.parts ?? []).map((p) => p.name)].filter((n): n is string => n !== undefined);
  const name = names.find((n) => n.length > 200 || !CLEAN.test(n));
  if (name !== undefined)
    return {
      row: op.row,
      code: 'reorg_bad_name',
      params: {
        value: [...name]
          .map((ch) => (CLEAN.test(ch) ? ch : ' '))
          .join('')
          .slice(0, 60),
      },
    };
  return null;
}

export async function readPlanFile(file: Buffer, filename: string): Promise<{ ops: ReorgOp[]; errors: RowError[] }> {
  let sheet: Awaited<ReturnType<typeof readSheet>>;
  try {
    sheet = await readSheet(file, filename);
  } catch (e) {
    // The import reader's "no member rows" is said here as a plan with no operation.
    if (e instanceof AppError && e.code === 'import_no_rows')
      return { ops: [], errors: [{ row: 1, code: 'reorg_plan_empty', params: {} }] };
    throw e;
  }
  const rows = sheet.rows
    .map((r) => ({ row: r.row, cells: r.cells.map((c) => (typeof c === 'string' ? restoreText(c) : c)) }))
    // A row left blank (a gap in the sheet) is no operation.
    .filter((r) => r.cells.some((c) => c !== null && c !== undefined && String(c).trim() !== ''));
  if (rows.length > MAX_PLAN_ROWS)
    return {
      ops: [],
      errors: [{ row: rows[MAX_PLAN_ROWS]!.row, code: 'reorg_plan_too_long', params: { max: MAX_PLAN_ROWS, count: rows.length } }],
    };
  const read = rowsToOps(sheet.headers, rows);
  const ops: ReorgOp[] = [];
  const errors = [...read.errors];
  for (const op of read.ops) {
    const bad = checkValues(op);
    if (bad) errors.push(bad);
    else ops.push(op);
  }
  errors.sort((a, b) => a.row - b.row);
  if (ops.length === 0 && errors.length === 0) errors.push({ row: 1, code: 'reorg_plan_empty', params: {} });
  return { ops, errors };
}
