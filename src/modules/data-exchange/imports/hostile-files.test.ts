// The readers against hostile files (built in hostile-files.ts): each is refused with its own code
// before it can cost more than a bounded amount of memory or time, and ordinary files still read.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.js';
import { cellText } from '../../../domain/imports/values.js';
import { bombFile, hostileCases, rowsXml, rowXml, xlsxFile } from './hostile-files.js';
import { readLimits } from './limits.js';
import { readSheet } from './read-file.js';
import { readXlsxRows } from './xlsx-reader.js';
import { TEMPLATE_HEADERS } from './test-files.js';

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e instanceof AppError ? e.code : `not an AppError: ${String(e)}`;
  }
  return 'read without error';
};

describe('hostile files', () => {
  it('reads a file built the same way when nothing in it is hostile', async () => {
    const file = xlsxFile(
      rowsXml([
        ['Họ và tên', 'Số'],
        ['Nguyễn Thị Ánh', 12],
        ['Trần Văn B & C', null],
      ]),
    );
    expect(readXlsxRows(file)).toEqual([
      { row: 1, cells: ['Họ và tên', 'Số'] },
      { row: 2, cells: ['Nguyễn Thị Ánh', 12] },
      { row: 3, cells: ['Trần Văn B & C'] },
    ]);
  });

  it('refuses each with its own code, quickly', async () => {
    const cases = await hostileCases(TEMPLATE_HEADERS);
    expect(cases.length).toBeGreaterThanOrEqual(15);
    for (const c of cases) {
      const started = performance.now();
      expect(await codeOf(readSheet(c.file, c.filename)), c.name).toBe(c.code);
      expect(performance.now() - started, c.name).toBeLessThan(5_000);
    }
  }, 120_000);

  it('does not let a lying declared size make the reader allocate the bomb', async () => {
    const file = await bombFile(300, 4096);
    expect(file.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage();
    expect(await codeOf(readSheet(file, 'bom.xlsx'))).toBe('upload_zip_size_mismatch');
    const after = process.memoryUsage();
    // Reading the whole bomb would take 300 MB of buffer (and more as a string).
    expect(after.arrayBuffers + after.external - before.arrayBuffers - before.external).toBeLessThan(50 * 1024 * 1024);
  }, 60_000);

  it('takes cells up to column XFD, and no more', () => {
    const ok = readXlsxRows(xlsxFile(`<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>`));
    expect(ok[0]!.cells.length).toBe(16_384);
    expect(ok[0]!.cells[16_383]).toBe(2);
    expect(() => readXlsxRows(xlsxFile(`<row r="1"><c r="XFE1"><v>2</v></c></row>`))).toThrow('upload_column_too_far');
  });

  it('refuses row numbers and row counts past the setting', async () => {
    const rows = rowsXml([['Họ và tên'], ['A'], ['B'], ['C']]);
    expect(readXlsxRows(xlsxFile(rows), readLimits({ maxRows: 4 })).length).toBe(4);
    expect(() => readXlsxRows(xlsxFile(rows), readLimits({ maxRows: 3 }))).toThrow('upload_row_too_far');
    const sameRow = Array.from({ length: 5 }, () => rowXml(1, ['A'])).join('');
    expect(() => readXlsxRows(xlsxFile(sameRow), readLimits({ maxRows: 3 }))).toThrow('upload_too_many_rows');
    expect(await codeOf(readSheet(Buffer.from('Họ và tên\nA\nB\nC\n'), 'a.csv', readLimits({ maxRows: 3 })))).toBe('upload_too_many_rows');
    expect((await readSheet(Buffer.from('Họ và tên\nA\nB\n'), 'a.csv', readLimits({ maxRows: 3 }))).rows.length).toBe(2);
  });

  it('refuses more cells than the limit, in .xlsx and in CSV', async () => {
    const rows = rowsXml([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(() => readXlsxRows(xlsxFile(rows), readLimits({ maxCells: 5 }))).toThrow('upload_too_many_cells');
    expect(readXlsxRows(xlsxFile(rows), readLimits({ maxCells: 6 })).length).toBe(2);
    expect(await codeOf(readSheet(Buffer.from('a,b,c\nd,e,f\n'), 'a.csv', readLimits({ maxCells: 5 })))).toBe('upload_too_many_cells');
  });

  it('keeps NUL and other control characters of cells for validation to refuse (they are text, not structure)', () => {
    const rows = readXlsxRows(
      xlsxFile(`${rowXml(1, ['Họ và tên'])}<row r="2"><c r="A2" t="inlineStr"><is><t>Nguyễn&#0;Văn\u0001A</t></is></c></row>`),
    );
    expect(rows[1]!.cells[0]).toBe('Nguyễn\u0000Văn\u0001A');
  });

  it('reads back the quote that exports put before text that would run as a formula', () => {
    expect(cellText('\'=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
    expect(cellText("'-5")).toBe('-5');
    expect(cellText("'Nguyễn")).toBe("'Nguyễn");
  });
});
