// Reads the first sheet of an uploaded .xlsx (xlsx-reader.ts) or a .csv into a header row and data
// rows. Anything else is refused with a sentence that says what the file is.
import { parseCsv } from '../../domain/imports/csv.js';
import type { SourceRow } from '../../domain/imports/validate.js';
import type { Cell } from '../../domain/imports/values.js';
import { invalid } from '../../shared/errors.js';
import { readXlsxRows, type XlsxRow } from './xlsx-reader.js';

export interface SheetData { headers: string[]; rows: SourceRow[] }

const startsWith = (b: Buffer, bytes: number[]) => bytes.every((x, i) => b[i] === x);

export async function readSheet(file: Buffer, filename: string): Promise<SheetData> {
  if (file.length === 0) throw invalid('import_empty_file');
  if (startsWith(file, [0x50, 0x4b, 0x03, 0x04])) return finish(await readXlsx(file));
  if (startsWith(file, [0xd0, 0xcf, 0x11, 0xe0])) throw invalid('import_old_xls');
  if (/\.(xlsx|xlsm|xls|ods)$/i.test(filename)) throw invalid('import_not_spreadsheet', { filename });
  return finish(readCsv(file, filename));
}

function finish(data: { header: Cell[] | null; rows: SourceRow[] }): SheetData {
  if (!data.header) throw invalid('import_empty_file');
  const headers = data.header.map((c) => (c === null ? '' : String(c).normalize('NFC').trim()));
  while (headers.length && headers[headers.length - 1] === '') headers.pop();
  if (data.rows.length === 0) throw invalid('import_no_rows');
  return { headers, rows: data.rows };
}

const isBlank = (cells: readonly Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

function readCsv(file: Buffer, filename: string) {
  let text: string;
  try {
    text = file[0] === 0xff && file[1] === 0xfe
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
  for (const fields of parseCsv(text)) {
    n += 1;
    const cells = fields.map((f) => (f === '' ? null : f));
    if (isBlank(cells)) continue;
    if (!header) header = cells;
    else rows.push({ row: n, cells });
  }
  return { header, rows };
}

async function readXlsx(file: Buffer) {
  let rows: XlsxRow[];
  try {
    rows = readXlsxRows(file);
  } catch {
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
