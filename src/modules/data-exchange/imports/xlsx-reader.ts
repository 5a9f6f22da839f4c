// Reads the first sheet of an .xlsx into rows of cells, without ExcelJS: its streaming reader decodes
// each chunk of XML separately and so breaks Vietnamese letters that straddle two chunks ("Nữ" became
// "N��" in a 110,300-row file). Here each part is inflated whole and decoded once, which is also fast.
// An .xlsx is a ZIP of XML parts: the workbook names its sheets, shared strings hold the texts, styles
// say which numbers are dates. Hostile files are refused, not read: the ZIP is bounded (zip.ts), and
// the XML is walked with indexOf in one pass (no pattern that can rescan the rest of a part for every
// unclosed tag), so time and memory follow what the file really holds, within readLimits().
import type { Cell } from '../../../domain/imports/values.js';
import { FileRefused, NotXlsx } from './file-refused.js';
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, readLimits, type ReadLimits } from './limits.js';
import { openZip } from './zip.js';

export { NotXlsx } from './file-refused.js';

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const codePoint = (n: number) => (n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd');
export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,8}|#[0-9]{1,9}|lt|gt|amp|quot|apos);/gi, (_, e: string) =>
    e[0] === '#' ? codePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e]!,
  );
}

// One compiled pattern per attribute name (a sheet has millions of cells).
const ATTRS = new Map<string, RegExp>();
const attr = (attrs: string, name: string) => {
  let re = ATTRS.get(name);
  if (!re) {
    re = new RegExp(`\\b${name}="([^"]*)"`);
    ATTRS.set(name, re);
  }
  return re.exec(attrs)?.[1];
};

const broken = (part: string) => new FileRefused('upload_xml_broken', { part });

/**
 * Calls `each(attrs, body)` for every <tag …>body</tag> and <tag …/> of `xml`, in one forward pass.
 * An element that is not closed refuses the part (instead of searching the rest of it again and again).
 */
function eachElement(xml: string, tag: string, part: string, each: (attrs: string, body: string | null) => void) {
  const open = `<${tag}`;
  const close = `</${tag}>`;
  let p = 0;
  for (;;) {
    const s = xml.indexOf(open, p);
    if (s < 0) return;
    const a = s + open.length;
    const next = xml.charCodeAt(a);
    if (next !== 62 && next !== 32 && next !== 47 && next !== 9 && next !== 10 && next !== 13) {
      p = a;
      continue;
    } // <rows…, <sheets…
    const gt = xml.indexOf('>', a);
    if (gt < 0) throw broken(part);
    if (xml.charCodeAt(gt - 1) === 47) {
      each(xml.slice(a, gt - 1), null);
      p = gt + 1;
      continue;
    }
    const end = xml.indexOf(close, gt + 1);
    if (end < 0) throw broken(part);
    each(xml.slice(a, gt), xml.slice(gt + 1, end));
    p = end + close.length;
  }
}

/** Rich text nests a few levels (<r><rPr>…); far deeper is a file built to hurt a parser. */
const MAX_DEPTH = 32;
function checkDepth(xml: string, part: string) {
  let depth = 0;
  let p = 0;
  for (;;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0) return;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) throw broken(part);
    const c = xml.charCodeAt(lt + 1);
    if (c === 47) depth -= 1;
    else if (c !== 63 && c !== 33 && xml.charCodeAt(gt - 1) !== 47 && ++depth > MAX_DEPTH)
      throw new FileRefused('upload_xml_too_deep', { part, max: MAX_DEPTH });
    p = gt + 1;
  }
}

const SIMPLE_RUN = /^<t(?: xml:space="preserve")?>([^<]*)<\/t>$/;

/** The text of an <si> or <is>: every run's <t>, without phonetic runs (<rPh>). */
function runsText(xml: string, part: string): string {
  const simple = SIMPLE_RUN.exec(xml); // one plain run: most cells
  if (simple) return unescapeXml(simple[1]!);
  checkDepth(xml, part);
  let out = '';
  let phonetic = xml.indexOf('<rPh');
  let p = 0;
  for (;;) {
    const t = xml.indexOf('<t', p);
    if (t < 0) break;
    if (phonetic >= 0 && phonetic < p) phonetic = xml.indexOf('<rPh', p);
    if (phonetic >= 0 && phonetic < t) {
      const end = xml.indexOf('</rPh>', phonetic);
      if (end < 0) throw broken(part);
      p = end + 6;
      continue;
    }
    const c = xml.charCodeAt(t + 2);
    const gt = xml.indexOf('>', t);
    if (gt < 0) throw broken(part);
    p = gt + 1;
    if ((c !== 62 && c !== 32) || xml.charCodeAt(gt - 1) === 47) continue; // <t/>, or another tag
    const end = xml.indexOf('</t>', p);
    if (end < 0) throw broken(part);
    out += xml.slice(p, end);
    p = end + 4;
  }
  return unescapeXml(out);
}

const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmy]/i.test(bare) && !/^general$/i.test(bare);
}

function dateStyles(stylesXml: string | null): boolean[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  eachElement(stylesXml, 'numFmt', 'styles', (a) => {
    custom.set(Number(attr(a, 'numFmtId')), unescapeXml(attr(a, 'formatCode') ?? ''));
  });
  const from = stylesXml.indexOf('<cellXfs');
  const to = from < 0 ? -1 : stylesXml.indexOf('</cellXfs>', from);
  const out: boolean[] = [];
  if (to < 0) return out;
  eachElement(stylesXml.slice(from + 8, to), 'xf', 'styles', (a) => {
    const id = Number(attr(a, 'numFmtId') ?? 0);
    out.push(BUILTIN_DATES.has(id) || (custom.has(id) && isDateFormat(custom.get(id)!)));
  });
  return out;
}

/** The 0-based column of a reference such as "AB12"; EXCEL_MAX_COLUMNS or more for one past XFD; -1 without letters. */
function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
    if (n > EXCEL_MAX_COLUMNS) return EXCEL_MAX_COLUMNS; // "ZZZZZZZ" stops here, long before it overflows
  }
  return n - 1;
}

function serialToIso(serial: number, date1904: boolean): string {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  const d = new Date(Math.round((days - 25_569) * 86_400_000));
  return Number.isNaN(d.getTime()) ? String(serial) : d.toISOString().slice(0, 10);
}

// Excel never writes a document type declaration; one in a part is refused rather than ignored.
const DTD = /^\uFEFF?\s*(?:<\?[^>]*>\s*)*(?:<!--(?:[^-]|-(?!->))*-->\s*)*<!DOCTYPE/i;

export interface XlsxRow {
  row: number;
  cells: Cell[];
}

export function readXlsxRows(file: Buffer, limits: ReadLimits = readLimits()): XlsxRow[] {
  const zip = openZip(file, limits.zip);
  const text = (name: string) => {
    const bytes = zip.read(name);
    if (!bytes) return null;
    const xml = bytes.toString('utf8');
    if (DTD.test(xml.slice(0, 4096))) throw new FileRefused('upload_xml_dtd', { part: name });
    return xml;
  };
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new NotXlsx('no workbook');
  const sheets: string[] = [];
  const names = new Set<string>();
  eachElement(workbook, 'sheet', 'xl/workbook.xml', (a) => {
    const name = unescapeXml(attr(a, 'name') ?? '').toLowerCase();
    if (names.has(name)) throw new FileRefused('upload_duplicate_sheet', { name: name.slice(0, 31) });
    names.add(name);
    sheets.push(a);
  });
  const rid = attr(sheets[0] ?? '', 'r:id');
  const targets = new Map<string, string>();
  eachElement(text('xl/_rels/workbook.xml.rels') ?? '', 'Relationship', 'xl/_rels/workbook.xml.rels', (a) => {
    const id = attr(a, 'Id') ?? '';
    if (targets.has(id)) throw broken('xl/_rels/workbook.xml.rels');
    targets.set(id, attr(a, 'Target') ?? '');
  });
  const path = (rid !== undefined && targets.get(rid)) || 'worksheets/sheet1.xml';
  const sheetPart = path.startsWith('/') ? path.slice(1) : `xl/${path}`;
  const sheet = text(sheetPart);
  if (!sheet) throw new NotXlsx('no sheet');
  const shared: string[] = [];
  eachElement(text('xl/sharedStrings.xml') ?? '', 'si', 'xl/sharedStrings.xml', (_, body) => {
    shared.push(body === null ? '' : runsText(body, 'xl/sharedStrings.xml'));
  });
  const dates = dateStyles(text('xl/styles.xml'));
  let date1904 = false;
  eachElement(workbook, 'workbookPr', 'xl/workbook.xml', (a) => {
    date1904 = /^(1|true)$/.test(attr(a, 'date1904') ?? '');
  });
  return sheetRows(sheet, { part: sheetPart, shared, dates, date1904, limits });
}

function sheetRows(
  sheet: string,
  o: { part: string; shared: string[]; dates: boolean[]; date1904: boolean; limits: ReadLimits },
): XlsxRow[] {
  const { part, shared, dates, date1904, limits } = o;
  const maxRow = Math.min(limits.maxRows, EXCEL_MAX_ROWS);
  const rows: XlsxRow[] = [];
  let rowNo = 0;
  let slots = 0; // cells of every row, gaps included
  let gaps = 0; // empty cells put between written ones
  let written = 0;
  eachElement(sheet, 'row', part, (rowAttrs, rowBody) => {
    const r = attr(rowAttrs, 'r');
    rowNo = r === undefined ? rowNo + 1 : Number(r);
    if (!Number.isInteger(rowNo) || rowNo < 1) throw broken(part);
    if (rowNo > maxRow) throw new FileRefused('upload_row_too_far', { row: r ?? rowNo, max: maxRow });
    if (rows.length >= maxRow) throw new FileRefused('upload_too_many_rows', { max: maxRow });
    const cells: Cell[] = [];
    if (rowBody !== null && rowBody.includes('<row')) throw broken(part); // rows inside a row
    let col = -1;
    if (rowBody)
      eachElement(rowBody, 'c', part, (a, body) => {
        const ref = attr(a, 'r');
        const at = ref ? columnIndex(ref) : -1;
        col = at < 0 ? col + 1 : at;
        if (col >= EXCEL_MAX_COLUMNS) throw new FileRefused('upload_column_too_far', { cell: (ref ?? '').slice(0, 20), row: rowNo });
        const type = attr(a, 't') ?? 'n';
        let v: string | undefined;
        if (body) {
          const vs = body.indexOf('<v>');
          const ve = vs < 0 ? -1 : body.indexOf('</v>', vs);
          if (ve >= 0) v = body.slice(vs + 3, ve);
        }
        let value: Cell = null;
        if (type === 's') value = v === undefined ? null : (shared[Number(v)] ?? null);
        else if (type === 'inlineStr') {
          const is = body ? body.indexOf('<is>') : -1;
          const ie = is < 0 ? -1 : body!.indexOf('</is>', is);
          value = runsText(ie < 0 ? '' : body!.slice(is + 4, ie), part);
        } else if (type === 'str' || type === 'e') value = v === undefined ? null : unescapeXml(v);
        else if (type === 'b') value = v === '1' ? 'TRUE' : 'FALSE';
        else if (v !== undefined && v !== '') {
          const n = Number(v);
          value = dates[Number(attr(a, 's') ?? 0)] && Number.isFinite(n) ? serialToIso(n, date1904) : n;
        }
        written += 1;
        if (col >= cells.length) {
          // Cells are kept in a dense array: a gap costs memory, so gaps are bounded by what the file really holds.
          gaps += col - cells.length;
          slots += col + 1 - cells.length;
          if (gaps > limits.maxGap + written) throw new FileRefused('upload_sheet_too_sparse', { row: rowNo });
          if (slots > limits.maxCells) throw new FileRefused('upload_too_many_cells', { max: limits.maxCells });
          while (cells.length < col) cells.push(null);
        }
        cells[col] = value;
      });
    rows.push({ row: rowNo, cells });
  });
  return rows;
}
