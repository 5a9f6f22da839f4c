// Hostile spreadsheet files for the upload tests, built byte by byte (ZIP container and XML parts
// written here, not by a library that would refuse to write them): a zip bomb, a size the directory
// lies about, cells past Excel's last column, rows past its last row, XML nested without end,
// duplicate sheets and entries, and control characters in text.
import { createDeflateRaw, deflateRawSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  /** The bytes the entry holds (deflated here unless `deflated` is given). */
  data?: Buffer;
  /** Already deflated bytes, with their real inflated size and CRC. */
  deflated?: { bytes: Buffer; size: number; crc: number };
  /** The inflated size the directory declares, when it should lie. */
  declaredSize?: number;
}

export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const packed = e.deflated ?? {
      bytes: deflateRawSync(e.data ?? Buffer.alloc(0)),
      size: (e.data ?? Buffer.alloc(0)).length,
      crc: crc32(e.data ?? Buffer.alloc(0)),
    };
    const size = e.declaredSize ?? packed.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.crc, 14);
    local.writeUInt32LE(packed.bytes.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.crc, 16);
    central.writeUInt32LE(packed.bytes.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed.bytes);
    centrals.push(central, name);
    offset += 30 + name.length + packed.bytes.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`, 'utf8');
export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const workbookXml = (sheetNames = ['Đảng viên']) =>
  `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetNames.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;

/** The parts of a one-sheet workbook around `sheetData` (the XML inside <sheetData>); `over` replaces parts. */
export function xlsxEntries(sheetData: string, over: Record<string, string | Buffer> = {}): ZipEntry[] {
  const parts: Record<string, string | Buffer> = {
    '[Content_Types].xml': `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': workbookXml(),
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`,
    ...over,
  };
  return Object.entries(parts).map(([name, v]) => ({ name, data: Buffer.isBuffer(v) ? v : xml(v) }));
}

export const xlsxFile = (sheetData: string, over: Record<string, string | Buffer> = {}) => zipOf(xlsxEntries(sheetData, over));

const colName = (i: number) => {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/** A row of inline-string cells (numbers as numbers) starting at column A. */
type Value = string | number | Date | null;
export function rowXml(r: number, cells: readonly Value[]): string {
  return `<row r="${r}">${cells
    .map((c, i) => {
      const v = c instanceof Date ? c.toISOString().slice(0, 10) : c;
      if (v === null) return '';
      if (typeof v === 'number') return `<c r="${colName(i)}${r}"><v>${v}</v></c>`;
      return `<c r="${colName(i)}${r}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
    })
    .join('')}</row>`;
}

/** A sheet of rows (header first) in XML, for xlsxFile. */
export const rowsXml = (rows: readonly (readonly Value[])[]) => rows.map((r, i) => rowXml(i + 1, r)).join('');

const MiB = 1024 * 1024;

/** A real zip bomb: a sheet of `mb` MiB (spaces inside <sheetData>) deflated in a stream to a few hundred KB. */
export async function bombEntry(mb: number): Promise<{ bytes: Buffer; size: number; crc: number }> {
  const head = Buffer.from(`<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>`);
  const tail = Buffer.from('</sheetData></worksheet>');
  const filler = Buffer.alloc(MiB, 0x20);
  const out: Buffer[] = [];
  const deflate = createDeflateRaw({ level: 9 });
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  // The CRC of the whole is not needed by the reader under test; the header of a real bomb may hold anything.
  deflate.write(head);
  for (let i = 0; i < mb; i++) if (!deflate.write(filler)) await new Promise((r) => deflate.once('drain', r));
  deflate.end(tail);
  await done;
  return { bytes: Buffer.concat(out), size: head.length + mb * MiB + tail.length, crc: 0 };
}

export async function bombFile(mb: number, declaredSize?: number): Promise<Buffer> {
  const entries = xlsxEntries('').filter((e) => e.name !== 'xl/worksheets/sheet1.xml');
  return zipOf([...entries, { name: 'xl/worksheets/sheet1.xml', deflated: await bombEntry(mb), declaredSize }]);
}

export interface HostileCase {
  name: string;
  file: Buffer;
  filename: string;
  code: string;
}

const SHEET = 'xl/worksheets/sheet1.xml';

/** Every hostile file with the error code it must get; `header` is a header row the importer knows. */
export async function hostileCases(header: string[]): Promise<HostileCase[]> {
  const head = rowXml(1, header);
  const cell = (ref: string, text = 'x') => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const lying = xlsxEntries(head + rowXml(2, ['Nguyễn Văn A'])).map((e) =>
    e.name === SHEET ? { ...e, declaredSize: e.data!.length + 1000 } : e,
  );
  const sparse = Array.from({ length: 100 }, (_, i) => `<row r="${i + 2}">${cell(`A${i + 2}`)}${cell(`XFD${i + 2}`)}</row>`).join('');
  const lol = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`;
  const many = xlsxEntries(head + rowXml(2, ['a']));
  for (let i = 0; i < 1_000; i++) many.push({ name: `xl/media/image${i}.png`, data: Buffer.from([i & 0xff]) });
  const cases: HostileCase[] = [
    {
      name: 'a zip bomb: 300 MB packed into a few hundred KB, size declared',
      file: await bombFile(300),
      filename: 'bom.xlsx',
      code: 'upload_unpacked_too_large',
    },
    {
      name: 'the same bomb declaring 4 KB',
      file: await bombFile(300, 4096),
      filename: 'bom-noi-doi.xlsx',
      code: 'upload_zip_size_mismatch',
    },
    {
      name: 'a sheet packed a thousand times (20 MB of spaces)',
      file: await bombFile(20),
      filename: 'nen.xlsx',
      code: 'upload_compression_ratio',
    },
    { name: 'a declared size larger than the data', file: zipOf(lying), filename: 'sai-kich-thuoc.xlsx', code: 'upload_zip_size_mismatch' },
    {
      name: 'one cell at column ZZZZZZZ',
      file: xlsxFile(`<row r="1">${cell('ZZZZZZZ1')}</row>`),
      filename: 'cot.xlsx',
      code: 'upload_column_too_far',
    },
    {
      name: 'a cell one column past XFD',
      file: xlsxFile(head + `<row r="2">${cell('A2')}${cell('XFE2')}</row>`),
      filename: 'xfe.xlsx',
      code: 'upload_column_too_far',
    },
    {
      name: 'row number 2,000,000',
      file: xlsxFile(head + `<row r="2000000">${cell('A2000000')}</row>`),
      filename: 'dong.xlsx',
      code: 'upload_row_too_far',
    },
    {
      name: 'rich text nested 100,000 deep',
      file: xlsxFile(
        head + `<row r="2"><c r="A2" t="inlineStr"><is>${'<r>'.repeat(100_000)}<t>x</t>${'</r>'.repeat(100_000)}</is></c></row>`,
      ),
      filename: 'sau.xlsx',
      code: 'upload_xml_too_deep',
    },
    // (Under 1 MiB unpacked, so the ratio check leaves them to the XML walk.)
    {
      name: 'rows nested 80,000 deep',
      file: xlsxFile(head + '<row>'.repeat(80_000) + '</row>'.repeat(80_000)),
      filename: 'long-dong.xlsx',
      code: 'upload_xml_broken',
    },
    {
      name: '20,000 cells never closed',
      file: xlsxFile(head + `<row r="2">${'<c r="A2" t="inlineStr"><is><t>x</t></is>'.repeat(20_000)}</row>`),
      filename: 'khong-dong.xlsx',
      code: 'upload_xml_broken',
    },
    {
      name: '50,000 workbook tags never closed (a pattern search would rescan the rest for each)',
      file: xlsxFile(head, { 'xl/workbook.xml': `<workbook xmlns="${MAIN}">${'<workbookPr a="1"'.repeat(50_000)}` }),
      filename: 'mo.xlsx',
      code: 'upload_xml_broken',
    },
    {
      name: 'two sheets of one name',
      file: xlsxFile(head, { 'xl/workbook.xml': workbookXml(['Đảng viên', 'Đảng viên']) }),
      filename: 'hai-trang.xlsx',
      code: 'upload_duplicate_sheet',
    },
    {
      name: 'the sheet twice in the zip',
      file: zipOf([...xlsxEntries(head + rowXml(2, ['a'])), { name: SHEET, data: Buffer.from(head) }]),
      filename: 'trung.xlsx',
      code: 'upload_zip_duplicate_entry',
    },
    { name: 'cells at XFD on every row (sparse)', file: xlsxFile(head + sparse), filename: 'thua.xlsx', code: 'upload_sheet_too_sparse' },
    {
      name: 'a DOCTYPE with nested entities',
      file: xlsxFile(head, { 'xl/workbook.xml': `<?xml version="1.0"?>${lol}${workbookXml()}` }),
      filename: 'lol.xlsx',
      code: 'upload_xml_dtd',
    },
    { name: '1,005 zip entries', file: zipOf(many), filename: 'nhieu.xlsx', code: 'upload_zip_too_many_entries' },
    {
      name: 'a CSV row of 20,000 columns',
      file: Buffer.from(`${header.join(',')}\n${'a,'.repeat(20_000)}\n`),
      filename: 'rong.csv',
      code: 'upload_too_many_columns',
    },
    {
      name: 'a NUL in a header',
      file: xlsxFile(rowXml(1, [...header, 'Ghi&#0;chú']).replace('&amp;#0;', '&#0;') + rowXml(2, ['a'])),
      filename: 'tieu-de.xlsx',
      code: 'upload_header_control',
    },
  ];
  return cases;
}
