// The formula-injection guard of every spreadsheet export, and its undoing on import.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { restoreText } from '../domain/spreadsheet/safe-text.js';
import { neutralizeCell, neutralizeText, neutralizeWorkbook, safeRow } from './spreadsheet-safe.js';

const RUNNABLE = [
  '=HYPERLINK("http://x","Bấm")',
  '+84912345678',
  '-1+2',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  '＝1+1',
  '＋1',
  '－1',
  '＠A1',
  "'=1+1",
  "''-2",
];
const PLAIN = ['Nguyễn Thị Ánh', '', ' =1', 'a=b', '1-2', "'Nguyễn", '15/01/1990', 'x@y.vn'];

describe('neutralizing text for spreadsheets', () => {
  it('puts a quote before text a spreadsheet would run, and leaves other text alone', () => {
    for (const s of RUNNABLE) expect(neutralizeText(s), JSON.stringify(s)).toBe(`'${s}`);
    for (const s of PLAIN) expect(neutralizeText(s), JSON.stringify(s)).toBe(s);
  });

  it('gives back the original text when an import reads the quote back', () => {
    for (const s of [...RUNNABLE, ...PLAIN]) expect(restoreText(neutralizeText(s)), JSON.stringify(s)).toBe(s);
  });

  it('leaves numbers, dates, booleans and empty cells as they are', () => {
    const d = new Date(Date.UTC(1990, 0, 15));
    expect([-5, 0, 3.5, d, true, null, undefined].map(neutralizeCell)).toEqual([-5, 0, 3.5, d, true, null, undefined]);
    expect(safeRow(['=1', -5, d])).toEqual(["'=1", -5, d]);
    expect(safeRow({ fullName: '@x', count: -1 })).toEqual({ fullName: "'@x", count: -1 });
  });

  it('neutralizes every text cell of a workbook, keeping numbers and dates typed', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('a');
    const d = new Date(Date.UTC(2026, 10, 26));
    ws.addRow(['=HYPERLINK("x")', -5, d, 'Nguyễn', { richText: [{ text: '-2', font: { bold: true } }, { text: ' đậm' }] }]);
    wb.addWorksheet('b').addRow(['+1']);
    neutralizeWorkbook(wb);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const row = back.getWorksheet('a')!.getRow(1);
    expect(row.getCell(1).value).toBe('\'=HYPERLINK("x")');
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(2).value).toBe(-5);
    expect(row.getCell(3).value).toEqual(d);
    expect(row.getCell(4).value).toBe('Nguyễn');
    expect((row.getCell(5).value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('')).toBe("'-2 đậm");
    expect(back.getWorksheet('b')!.getRow(1).getCell(1).value).toBe("'+1");
  });
});
