// Hostile spreadsheets for /api/imports and /api/reconciliations, built in code (no fixtures on disk).
import { deflateRawSync } from 'node:zlib';
import { zip, type ZipEntry } from './zip.js';

const CT = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const workbook = (sheets: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
    .map((s, i) => `<sheet name="${s}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('')}</sheets></workbook>`;
const wbRels = (n: number) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${Array.from(
    { length: n },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('')}</Relationships>`;
const sheet = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const HEADER = `<row r="1">${inline('A1', 'Họ và tên')}${inline('B1', 'Ngày sinh')}${inline('C1', 'Số CCCD')}</row>`;

function xlsx(sheetXml: string | ZipEntry, opts: { sheets?: string[]; extra?: ZipEntry[] } = {}): Buffer {
  const sheets = opts.sheets ?? ['Sheet1'];
  const first: ZipEntry = typeof sheetXml === 'string' ? { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheetXml) } : sheetXml;
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from(CT) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'xl/workbook.xml', data: Buffer.from(workbook(sheets)) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(wbRels(sheets.length)) },
    first,
    ...(opts.extra ?? []),
  ]);
}

/** A deflate stream of `size` spaces, made in slices so building it does not need the whole buffer. */
function bombPayload(prefix: string, size: number, suffix: string): { compressed: Buffer; size: number } {
  const body = Buffer.concat([Buffer.from(prefix), Buffer.alloc(size, 0x20), Buffer.from(suffix)]);
  return { compressed: deflateRawSync(body, { level: 9 }), size: body.length };
}

export interface HostileFile {
  name: string;
  filename: string;
  contentType: string;
  body: Buffer;
}

export function hostileUploads(): HostileFile[] {
  const files: HostileFile[] = [];
  const add = (name: string, body: Buffer, filename = 'danh-sach.xlsx', contentType = 'application/octet-stream') =>
    files.push({ name, filename, contentType, body });

  // A zip bomb: 400 MB of whitespace inside the sheet, about 400 KB on the wire.
  const pre = sheet('').replace('</sheetData></worksheet>', '');
  const bomb = bombPayload(pre, 400 * 1024 * 1024, '</sheetData></worksheet>');
  add(
    'zip bomb (400 MB sheet)',
    xlsx({ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), compressed: bomb.compressed, declaredSize: bomb.size, crc: 0 }),
  );
  add(
    'zip bomb, size declared small',
    xlsx({ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(0), compressed: bomb.compressed, declaredSize: 1000, crc: 0 }),
  );
  add('a cell at column ZZZZZZZ', xlsx(sheet(`${HEADER}<row r="2">${inline('ZZZZZZZ2', 'x')}</row>`)));
  add(
    'a cell at column ZZZZZZZ in the header',
    xlsx(sheet(`<row r="1">${inline('ZZZZZZZ1', 'Họ và tên')}</row><row r="2">${inline('A2', 'x')}</row>`)),
  );
  add('a huge row number', xlsx(sheet(`${HEADER}<row r="99999999999">${inline('A99999999999', 'Nguyễn Văn A')}</row>`)));
  add(
    'row number 1048576 then 2',
    xlsx(sheet(`${HEADER}<row r="1048576">${inline('A1048576', 'a')}</row><row r="2">${inline('A2', 'b')}</row>`)),
  );
  add(
    'a negative and a fractional row number',
    xlsx(sheet(`${HEADER}<row r="-5">${inline('A-5', 'a')}</row><row r="2.5">${inline('A2.5', 'b')}</row>`)),
  );
  add('a million empty rows', xlsx(sheet(HEADER + Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 2}"/>`).join(''))));
  add('deep XML (200,000 nested elements)', xlsx(sheet(`${HEADER}<row r="2">${'<x>'.repeat(200_000)}${'</x>'.repeat(200_000)}</row>`)));
  add('deep XML, unclosed', xlsx(sheet(`${HEADER}<row r="2">${'<c r="A2"><is>'.repeat(100_000)}`)));
  add(
    'wrong declared size (bigger)',
    xlsx({ name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet(HEADER)), declaredSize: 0xfffffff0 }),
  );
  add(
    'wrong declared compressed size',
    xlsx({ name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet(HEADER)), declaredCompressedSize: 0x7fffffff }),
  );
  add(
    'stored entry with a wrong size',
    xlsx({ name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet(HEADER)), method: 0, declaredCompressedSize: 10 }),
  );
  add(
    'duplicate sheet names',
    xlsx(sheet(HEADER), { sheets: ['Sheet1', 'Sheet1'], extra: [{ name: 'xl/worksheets/sheet2.xml', data: Buffer.from(sheet(HEADER)) }] }),
  );
  add(
    'duplicate zip entries for the sheet',
    xlsx(sheet(HEADER), { extra: [{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<<<not xml') }] }),
  );
  add('workbook naming no sheet file', zip([{ name: 'xl/workbook.xml', data: Buffer.from(workbook(['A'])) }]));
  add('an unknown compression method', xlsx({ name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet(HEADER)), method: 99 as 0 }));
  add('a shared-string index out of range', xlsx(sheet(`${HEADER}<row r="2"><c r="A2" t="s"><v>99999999</v></c></row>`)));
  add(
    'a date cell with a huge serial',
    xlsx(sheet(`${HEADER}<row r="2"><c r="B2" s="1"><v>1e309</v></c><c r="A2" t="n"><v>-1e308</v></c></row>`)),
  );
  add(
    'entities and a DOCTYPE (billion laughs)',
    xlsx(
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>${sheet(
        `${HEADER}<row r="2">${inline('A2', '&c;&c;&c;')}</row>`,
      ).replace(/^<\?xml[^>]*>/, '')}`,
    ),
  );
  add('NUL bytes inside the sheet XML', xlsx(sheet(`${HEADER}<row r="2">${inline('A2', 'a\u0000b')}</row>`)));
  add('a truncated zip', xlsx(sheet(HEADER)).subarray(0, 200));
  add('only a zip signature', Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  add(
    'a directory offset past the end',
    (() => {
      const z = xlsx(sheet(HEADER));
      z.writeUInt32LE(0xffffff00, z.length - 6);
      return z;
    })(),
  );
  add(
    'an entry count of 65535',
    (() => {
      const z = xlsx(sheet(HEADER));
      z.writeUInt16LE(0xffff, z.length - 12);
      z.writeUInt16LE(0xffff, z.length - 14);
      return z;
    })(),
  );
  add('an old .xls signature', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'ds.xls', 'application/vnd.ms-excel');
  add('empty file', Buffer.alloc(0), 'ds.csv', 'text/csv');

  // CSV
  add('NUL in a CSV cell', Buffer.from('Họ và tên,Ngày sinh,Số CCCD\nNguyễn\u0000Văn A,01/01/1990,036190000001\n'), 'ds.csv', 'text/csv');
  add(
    'NUL after the first 4 KB of a CSV',
    Buffer.from(`Họ và tên,Ghi chú\n${'Nguyễn Văn A,x\n'.repeat(400)}Trần\u0000B,y\n`),
    'ds.csv',
    'text/csv',
  );
  add('NUL in a CSV header', Buffer.from('Họ và\u0000 tên,Số CCCD\nA,1\n'), 'ds.csv', 'text/csv');
  add(
    'a CSV of 20,000 columns',
    Buffer.from(`${Array.from({ length: 20_000 }, (_, i) => `c${i}`).join(',')}\n${'x,'.repeat(19_999)}x\n`),
    'ds.csv',
    'text/csv',
  );
  add('an unterminated CSV quote of 5 MB', Buffer.from(`Họ và tên\n"${'a'.repeat(5 * 1024 * 1024)}`), 'ds.csv', 'text/csv');
  add(
    'a CSV with RLO and zero-width marks',
    Buffer.from('Họ và tên,Số CCCD\n\u202eNguyễn\u200b Văn A,\u200d036190000001\n'),
    'ds.csv',
    'text/csv',
  );
  add('a CSV in NFD', Buffer.from('Họ và tên,Số CCCD\nNguyễn Văn Ấ,036190000001\n'.normalize('NFD')), 'ds.csv', 'text/csv');
  add(
    'a UTF-16 CSV with an odd byte',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Họ và tên\nA\n', 'utf16le'), Buffer.from([0x41])]),
    'ds.csv',
    'text/csv',
  );
  add('invalid UTF-8', Buffer.from([0x48, 0x6f, 0x0a, 0xc3, 0x28, 0xa0, 0xa1, 0x0a]), 'ds.csv', 'text/csv');
  add('a CSV of 200,000 rows', Buffer.from(`Họ và tên,Số CCCD\n${'Nguyễn Văn A,036190000001\n'.repeat(200_000)}`), 'ds.csv', 'text/csv');
  add('a CSV with formulas', Buffer.from("Họ và tên,Số CCCD\n=cmd|' /C calc'!A0,+1\n@SUM(1),-2\n"), 'ds.csv', 'text/csv');
  add('a PDF named .csv', Buffer.from('%PDF-1.4\n1 0 obj\n'), 'ds.csv', 'text/csv');
  return files;
}
