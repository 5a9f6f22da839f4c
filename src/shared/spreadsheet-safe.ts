// Writing user text into spreadsheets without formula injection: the rule is neutralizeText
// (src/domain/spreadsheet/safe-text.ts); these helpers apply it to ExcelJS rows and workbooks. Every
// export uses them: a streamed sheet row by row (safeRow), a workbook built in memory as a whole,
// just before it is written (neutralizeWorkbook).
import type ExcelJS from 'exceljs';
import { neutralizeCell, neutralizeText } from '../domain/spreadsheet/safe-text.js';

export { neutralizeCell, neutralizeText };

/** A row for addRow (an array, or an object by column key) with every text neutralized. */
export function safeRow<T extends readonly unknown[] | Record<string, unknown>>(row: T): T {
  if (Array.isArray(row)) return row.map(neutralizeCell) as unknown as T;
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, neutralizeCell(v)])) as T;
}

/** Neutralizes every text cell (plain or rich text) of every sheet; numbers and dates stay as they are. */
export function neutralizeWorkbook(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (typeof v === 'string') {
          const safe = neutralizeText(v);
          if (safe !== v) cell.value = safe;
        } else if (v && typeof v === 'object' && 'richText' in v && v.richText.length > 0) {
          const first = v.richText[0]!;
          const safe = neutralizeText(first.text);
          if (safe !== first.text) cell.value = { richText: [{ ...first, text: safe }, ...v.richText.slice(1)] };
        }
      }),
    ),
  );
}
