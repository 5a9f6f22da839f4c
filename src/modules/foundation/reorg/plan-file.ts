// The plan file: a downloadable .xlsx template with Vietnamese headers, and the reading of an uploaded
// .xlsx or .csv plan with the import's reader and limits (one operation a row, an error per bad row).
import ExcelJS from 'exceljs';
import { KIND_WORDS, OP_WORDS, PLAN_COLUMNS, PLAN_HEADERS, REORG_OP_KINDS, rowsToOps } from '../../../domain/orgs/reorg.js';
import { restoreText } from '../../../domain/spreadsheet/safe-text.js';
import { neutralizeWorkbook } from '../../../shared/spreadsheet-safe.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { readSheet } from '../../data-exchange/imports/read-file.js';

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

export async function readPlanFile(file: Buffer, filename: string) {
  const sheet = await readSheet(file, filename);
  const rows = sheet.rows.map((r) => ({ row: r.row, cells: r.cells.map((c) => (typeof c === 'string' ? restoreText(c) : c)) }));
  return rowsToOps(sheet.headers, rows);
}
