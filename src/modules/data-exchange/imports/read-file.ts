// Reads the first sheet of an uploaded .xlsx (xlsx-reader.ts) or a .csv into a header row and data
// rows. Anything else is refused with a sentence that says what the file is, and so is a file past
// the readers' limits (limits.ts): too many rows, columns or cells, or a header with control characters.
import { columnLetter } from '../../../domain/imports/columns.js';
import { hasControl } from '../../../domain/imports/controls.js';
import { CsvRowTooWide, parseCsv } from '../../../domain/imports/csv.js';
import type { SourceRow } from '../../../domain/imports/validate.js';
import type { Cell } from '../../../domain/imports/values.js';
import { invalid } from '../../../shared/errors.js';
import { FileRefused } from './file-refused.js';
import { EXCEL_MAX_COLUMNS, readLimits, type ReadLimits } from './limits.js';
import { readXlsxRows, type XlsxRow } from './xlsx-reader.js';

export interface SheetData {
  headers: string[];
  rows: SourceRow[];
}

const startsWith = (b: Buffer, bytes: number[]) => bytes.every((x, i) => b[i] === x);

export async function readSheet(file: Buffer, filename: string, limits: ReadLimits = readLimits()): Promise<SheetData> {
  if (file.length === 0) throw invalid('import_empty_file');
  if (startsWith(file, [0x50, 0x4b, 0x03, 0x04])) return finish(await readXlsx(file, limits));
  if (startsWith(file, [0xd0, 0xcf, 0x11, 0xe0])) throw invalid('import_old_xls');
  if (/\.(xlsx|xlsm|xls|ods)$/i.test(filename)) throw invalid('import_not_spreadsheet', { filename });
  return finish(readCsv(file, filename, limits));
}

function finish(data: { header: Cell[] | null; rows: SourceRow[] }): SheetData {
  if (!data.header) throw invalid('import_empty_file');
  // Headers are stored with the job (and in saved mappings): one with a NUL could not be.
  const bad = data.header.findIndex((c) => typeof c === 'string' && hasControl(c));
  if (bad >= 0) throw invalid('upload_header_control', { column: columnLetter(bad) });
  const headers = data.header.map((c) => (c === null ? '' : String(c).normalize('NFC').trim()));
  while (headers.length && headers[headers.length - 1] === '') headers.pop();
  if (data.rows.length === 0) throw invalid('import_no_rows');
  return { headers, rows: data.rows };
}

const isBlank = (cells: readonly Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

function readCsv(file: Buffer, filename: string, limits: ReadLimits) {
  let text: string;
  try {
    text =
      file[0] === 0xff && file[1] === 0xfe
        ? new TextDecoder('utf-16le').decode(file.subarray(2))
        : new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    throw invalid('import_not_spreadsheet', { filename });
  }
  // Binary files (images, PDFs, archives) hold control characters that no spreadsheet text has.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096)) || text.startsWith('%PDF')) {
    throw invalid('import_not_spreadsheet', { filename });
  }
  let header: Cell[] | null = null;
  const rows: SourceRow[] = [];
  let n = 0;
  let cellCount = 0;
  try {
    for (const fields of parseCsv(text, undefined, EXCEL_MAX_COLUMNS)) {
      n += 1;
      if (n > limits.maxRows) throw invalid('upload_too_many_rows', { max: limits.maxRows });
      const cells = fields.map((f) => (f === '' ? null : f));
      if (isBlank(cells)) continue;
      cellCount += cells.length;
      if (cellCount > limits.maxCells) throw invalid('upload_too_many_cells', { max: limits.maxCells });
      if (!header) header = cells;
      else rows.push({ row: n, cells });
    }
  } catch (e) {
    if (e instanceof CsvRowTooWide) throw invalid('upload_too_many_columns', { row: n + 1, max: EXCEL_MAX_COLUMNS });
    throw e;
  }
  return { header, rows };
}

async function readXlsx(file: Buffer, limits: ReadLimits) {
  let rows: XlsxRow[];
  try {
    rows = readXlsxRows(file, limits);
  } catch (e) {
    if (e instanceof FileRefused) throw invalid(e.code, e.params);
    throw invalid('import_not_spreadsheet', { filename: '' });
  }
  let header: Cell[] | null = null;
  const out: SourceRow[] = [];
  for (const r of rows) {
    if (isBlank(r.cells)) continue;
    if (!header) header = r.cells;
    else out.push(r);
  }
  return { header, rows: out };
}
