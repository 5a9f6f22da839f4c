// Reads the first sheet of an .xlsx into rows of cells, without ExcelJS: its streaming reader decodes
// each chunk of XML separately and so breaks Vietnamese letters that straddle two chunks ("Nữ" became
// "N��" in a 110,300-row file). Here each part is inflated whole and decoded once, which is also fast.
// An .xlsx is a ZIP of XML parts: the workbook names its sheets, shared strings hold the texts, styles
// say which numbers are dates.
import { inflateRawSync } from 'node:zlib';
import type { Cell } from '../../domain/imports/values.js';

export class NotXlsx extends Error {}

function unzip(file: Buffer): Map<string, () => Buffer> {
  let eocd = -1;
  for (let i = file.length - 22; i >= Math.max(0, file.length - 65_557); i--) {
    if (file.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new NotXlsx('no zip directory');
  const count = file.readUInt16LE(eocd + 10);
  let p = file.readUInt32LE(eocd + 16);
  const entries = new Map<string, () => Buffer>();
  for (let n = 0; n < count; n++) {
    if (p + 46 > file.length || file.readUInt32LE(p) !== 0x02014b50) throw new NotXlsx('bad zip directory');
    const method = file.readUInt16LE(p + 10);
    const size = file.readUInt32LE(p + 20);
    const nameLen = file.readUInt16LE(p + 28);
    const extraLen = file.readUInt16LE(p + 30);
    const commentLen = file.readUInt16LE(p + 32);
    const local = file.readUInt32LE(p + 42);
    const name = file.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    entries.set(name, () => {
      if (file.readUInt32LE(local) !== 0x04034b50) throw new NotXlsx('bad zip entry');
      const start = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
      const data = file.subarray(start, start + size);
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data);
      throw new NotXlsx(`zip method ${method}`);
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|lt|gt|amp|quot|apos);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e]!);
}

// One compiled pattern per attribute name (a sheet has millions of cells).
const ATTRS = new Map<string, RegExp>();
const attr = (attrs: string, name: string) => {
  let re = ATTRS.get(name);
  if (!re) ATTRS.set(name, (re = new RegExp(`\\b${name}="([^"]*)"`)));
  return re.exec(attrs)?.[1];
};

const SIMPLE_RUN = /^<t(?: xml:space="preserve")?>([^<]*)<\/t>$/;

/** The text of an <si> or <is>: every run's <t>, without phonetic runs. */
function runsText(xml: string): string {
  const simple = SIMPLE_RUN.exec(xml); // one plain run: most cells
  if (simple) return unescapeXml(simple[1]!);
  let out = '';
  for (const m of xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)) out += m[1] ?? '';
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
  for (const m of stylesXml.matchAll(/<numFmt\b([^>]*)\/?>/g)) custom.set(Number(attr(m[1]!, 'numFmtId')), unescapeXml(attr(m[1]!, 'formatCode') ?? ''));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b([^>]*)/g)].map((m) => {
    const id = Number(attr(m[1]!, 'numFmtId') ?? 0);
    return BUILTIN_DATES.has(id) || (custom.has(id) && isDateFormat(custom.get(id)!));
  });
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

function serialToIso(serial: number, date1904: boolean): string {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  return new Date(Math.round((days - 25_569) * 86_400_000)).toISOString().slice(0, 10);
}

export interface XlsxRow { row: number; cells: Cell[] }

export function readXlsxRows(file: Buffer): XlsxRow[] {
  const zip = unzip(file);
  const text = (name: string) => { const e = zip.get(name); return e ? e().toString('utf8') : null; };
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new NotXlsx('no workbook');
  const firstSheet = /<sheet\b([^>]*)\/?>/.exec(workbook)?.[1] ?? '';
  const rid = attr(firstSheet, 'r:id');
  const rels = text('xl/_rels/workbook.xml.rels') ?? '';
  const target = [...rels.matchAll(/<Relationship\b([^>]*)\/?>/g)].map((m) => m[1]!).find((a) => attr(a, 'Id') === rid);
  const path = target ? attr(target, 'Target')! : 'worksheets/sheet1.xml';
  const sheet = text(path.startsWith('/') ? path.slice(1) : `xl/${path}`);
  if (!sheet) throw new NotXlsx('no sheet');
  const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => runsText(m[1] ?? ''));
  const dates = dateStyles(text('xl/styles.xml'));
  const date1904 = /<workbookPr\b[^>]*date1904="(1|true)"/.test(workbook);
  const rows: XlsxRow[] = [];
  let rowNo = 0;
  for (const r of sheet.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    rowNo = Number(attr(r[1]!, 'r') ?? rowNo + 1);
    const cells: Cell[] = [];
    let col = -1;
    for (const c of (r[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = attr(c[1]!, 'r');
      col = ref ? columnIndex(ref) : col + 1;
      const type = attr(c[1]!, 't') ?? 'n';
      const body = c[2] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value: Cell = null;
      if (type === 's') value = v === undefined ? null : shared[Number(v)] ?? null;
      else if (type === 'inlineStr') value = runsText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (type === 'str' || type === 'e') value = v === undefined ? null : unescapeXml(v);
      else if (type === 'b') value = v === '1' ? 'TRUE' : 'FALSE';
      else if (v !== undefined && v !== '') {
        const n = Number(v);
        value = dates[Number(attr(c[1]!, 's') ?? 0)] && Number.isFinite(n) ? serialToIso(n, date1904) : n;
      }
      while (cells.length < col) cells.push(null);
      cells[col] = value;
    }
    rows.push({ row: rowNo, cells });
  }
  return rows;
}
