// The statistical tables as .xlsx (one sheet per table) and as a PDF (one table per page, landscape).
import ExcelJS from 'exceljs';
import { neutralizeWorkbook } from '../../../shared/spreadsheet-safe.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { partyHeader, renderPdf, stamp } from './pdf.js';
import type { Statistics } from './statistics.js';
import { formatDate, formatNumber } from '../../../domain/text/format.js';

export interface FileMeta {
  user: string;
  at: Date;
  locale: Locale;
}

export async function statisticsXlsx(s: Statistics, meta: FileMeta): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.user;
  const by = translate(meta.locale, 'reports.footer', { user: meta.user, at: stamp(meta.at, meta.locale), page: '&P', pages: '&N' });
  s.tables.forEach((tb, i) => {
    const sheetName = `${translate(meta.locale, 'reports.tableNo', { n: i + 1 })}. ${translate(meta.locale, `reports.sheets.${tb.key}`)}`;
    const ws = wb.addWorksheet(sheetName.slice(0, 31), {
      headerFooter: { oddHeader: `&L${s.unitName}`, oddFooter: `&L${by}` },
      pageSetup: { orientation: 'landscape' },
    });
    ws.addRow([`${translate(meta.locale, 'reports.tableNo', { n: i + 1 })}: ${tb.title}`]).font = { bold: true, size: 13 };
    ws.addRow([translate(meta.locale, 'reports.asOf', { unit: s.unitName, on: formatDate(s.on, meta.locale) })]);
    ws.addRow([]);
    const head = ws.addRow([translate(meta.locale, 'reports.columns.unit'), ...tb.columns.map((c) => c.label)]);
    head.font = { bold: true };
    for (const r of tb.rows) ws.addRow([r.name, ...r.values]);
    ws.addRow([translate(meta.locale, 'reports.columns.sum'), ...tb.total]).font = { bold: true };
    ws.getColumn(1).width = 36;
    for (let c = 2; c <= tb.columns.length + 1; c++) ws.getColumn(c).width = 14;
    ws.addRow([]);
    ws.addRow([by.replace(/&P|&N/g, '')]).font = { italic: true, size: 9 };
  });
  neutralizeWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function statisticsPdf(s: Statistics, meta: FileMeta): Promise<Buffer> {
  const content: unknown[] = [partyHeader(s.unitName, '', s.on)];
  s.tables.forEach((tb, i) => {
    content.push(
      {
        text: `${translate(meta.locale, 'reports.tableNo', { n: i + 1 })}: ${tb.title.toUpperCase()}`,
        style: 'title',
        ...(i > 0 ? { pageBreak: 'before' } : {}),
      },
      {
        text: translate(meta.locale, 'reports.asOf', { unit: s.unitName, on: formatDate(s.on, meta.locale) }),
        alignment: 'center',
        italics: true,
        margin: [0, 0, 0, 8],
      },
      {
        table: {
          headerRows: 1,
          widths: ['*', ...tb.columns.map(() => 'auto')],
          body: [
            [translate(meta.locale, 'reports.columns.unit'), ...tb.columns.map((c) => c.label)].map((text) => ({
              text,
              bold: true,
              fontSize: 9,
            })),
            ...tb.rows.map((r) => [
              { text: r.name, fontSize: 9 },
              ...r.values.map((v) => ({ text: formatNumber(v, meta.locale), alignment: 'right', fontSize: 9 })),
            ]),
            [
              { text: translate(meta.locale, 'reports.columns.sum'), bold: true, fontSize: 9 },
              ...tb.total.map((v) => ({ text: formatNumber(v, meta.locale), bold: true, alignment: 'right', fontSize: 9 })),
            ],
          ],
        },
        layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
      },
    );
  });
  return renderPdf(content, { ...meta, title: translate(meta.locale, 'reports.statisticsTitle') }, true);
}
