// The .xlsx reader against files written by ExcelJS: shared and inline strings, rich text, formulas,
// numbers, real Excel dates, gaps, and many Vietnamese rows (ExcelJS's own streaming reader broke
// letters that straddle its chunks).
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readXlsxRows, unescapeXml } from './xlsx-reader.js';

describe('xlsx reader', () => {
  it('reads every kind of cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đảng viên');
    wb.addWorksheet('Khác').addRow(['không đọc']);
    ws.addRow(['Họ và tên', 'Ngày sinh', 'Số', 'Ghi chú']);
    ws.addRow([
      'Nguyễn Thị Ánh',
      new Date(Date.UTC(1990, 3, 3)),
      36100000001,
      { richText: [{ text: 'Đậm ' }, { text: 'nghiêng & <lạ>' }] },
    ]);
    ws.getCell('D3').value = { formula: 'A2&"!"', result: 'Nguyễn Thị Ánh!' };
    ws.getCell('B3').value = 'chữ';
    ws.getCell('B2').numFmt = 'dd/mm/yyyy';
    const rows = readXlsxRows(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(rows).toEqual([
      { row: 1, cells: ['Họ và tên', 'Ngày sinh', 'Số', 'Ghi chú'] },
      { row: 2, cells: ['Nguyễn Thị Ánh', '1990-04-03', 36100000001, 'Đậm nghiêng & <lạ>'] },
      { row: 3, cells: [null, 'chữ', null, 'Nguyễn Thị Ánh!'] },
    ]);
  });

  it('keeps Vietnamese letters intact in a large streamed file', async () => {
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false });
    const ws = wb.addWorksheet('x');
    for (let i = 0; i < 20_000; i++) ws.addRow([`Trần Thị Ngọc Ánh ${i}`, 'Nữ', 'xã Hải Hậu, tỉnh Nam Định']).commit();
    ws.commit();
    await wb.commit();
    const rows = readXlsxRows(Buffer.concat(chunks));
    expect(rows.length).toBe(20_000);
    expect(
      rows.every((r, i) => r.cells[0] === `Trần Thị Ngọc Ánh ${i}` && r.cells[1] === 'Nữ' && r.cells[2] === 'xã Hải Hậu, tỉnh Nam Định'),
    ).toBe(true);
  });

  it('decodes XML entities', () => {
    expect(unescapeXml('a &amp; b &lt;c&gt; &#7919; &#x1EEF;')).toBe('a & b <c> ữ ữ');
  });
});
