// Campaign reports: .xlsx (ExcelJS) and PDF (src/shared/pdf.ts: pdfmake with fonts that have the Vietnamese glyphs). Both carry
// the exporting user and the time of export (printed footer; the PDF on every page).
import ExcelJS from 'exceljs';
import { neutralizeWorkbook } from '../../../shared/spreadsheet-safe.js';
import { CAMPAIGN_STATUSES } from '../../../domain/campaigns/status.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { formatDate, formatDateTime, formatNumber } from '../../../domain/text/format.js';
import { pdfBuffer, pdfDocument } from '../../../shared/pdf.js';
import type { board } from './service.js';

type Board = Awaited<ReturnType<typeof board>>;
export interface ReportMeta {
  user: string;
  now: Date;
  locale: Locale;
}

function rows(b: Board, locale: Locale) {
  const st = (s: string) => translate(locale, `campaign_status.${s}`);
  return b.columns
    .flatMap((c) => c.cards)
    .sort((x, y) => x.id - y.id)
    .map((card, i) => [
      i + 1,
      card.headName,
      card.address,
      st(card.status),
      card.members.map((m) => m.name).join(', '),
      card.workingGroupName ?? '',
      card.blockedReason,
    ]);
}

export async function campaignXlsx(b: Board, meta: ReportMeta): Promise<Buffer> {
  const tr = (k: string, p: Record<string, unknown> = {}) => translate(meta.locale, `report.${k}`, p);
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.user;
  const by = tr('footer', { user: meta.user, at: formatDateTime(meta.now, meta.locale), page: '&P', pages: '&N' });
  const summary = wb.addWorksheet(tr('sheet_summary'), { headerFooter: { oddFooter: `&L${by}` } });
  summary.addRows([
    [tr('title')],
    [b.campaign.name],
    [tr('goal'), b.campaign.goal],
    [tr('place'), b.campaign.place],
    [tr('deadline'), formatDate(b.campaign.deadline, meta.locale)],
    [tr('unit'), b.campaign.unitName],
    [],
    [tr('status'), tr('count')],
  ]);
  for (const s of CAMPAIGN_STATUSES) summary.addRow([translate(meta.locale, `campaign_status.${s}`), b.campaign.counts[s]]);
  summary.addRow([tr('total'), b.campaign.total]);
  summary.addRow([]);
  summary.addRow([by.replace(/ — .*$/, '')]);
  summary.getColumn(1).width = 28;
  summary.getColumn(2).width = 60;
  summary.getRow(1).font = { bold: true, size: 14 };
  const list = wb.addWorksheet(tr('sheet_households'), { headerFooter: { oddFooter: `&L${by}` } });
  list.columns = [6, 28, 40, 22, 36, 24, 36].map((width) => ({ width }));
  list.addRow(['no', 'head', 'address', 'status', 'members', 'group', 'reason'].map((k) => tr(k))).font = { bold: true };
  list.addRows(rows(b, meta.locale));
  neutralizeWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function campaignPdf(b: Board, meta: ReportMeta): Promise<Buffer> {
  const tr = (k: string, p: Record<string, unknown> = {}) => translate(meta.locale, `report.${k}`, p);
  const c = b.campaign;
  return pdfBuffer(
    pdfDocument({
      title: `${tr('title')} — ${c.name}`,
      author: meta.user,
      landscape: true,
      pageMargins: [40, 40, 40, 50],
      defaultStyle: { fontSize: 10 },
      footer: (page, pages) => tr('footer', { user: meta.user, at: formatDateTime(meta.now, meta.locale), page, pages }),
      content: [
        { text: tr('title'), fontSize: 15, bold: true, alignment: 'center' },
        { text: c.name, fontSize: 12, alignment: 'center', margin: [0, 4, 0, 10] },
        { text: [{ text: `${tr('goal')}: `, bold: true }, c.goal] },
        {
          text: [
            { text: `${tr('place')}: `, bold: true },
            c.place,
            '    ',
            { text: `${tr('deadline')}: `, bold: true },
            formatDate(c.deadline, meta.locale),
            '    ',
            { text: `${tr('unit')}: `, bold: true },
            c.unitName,
          ],
        },
        { text: tr('summary'), bold: true, margin: [0, 10, 0, 4] },
        {
          table: {
            body: [
              CAMPAIGN_STATUSES.map((s) => ({ text: translate(meta.locale, `campaign_status.${s}`), bold: true })).concat([
                { text: tr('total'), bold: true },
              ]),
              CAMPAIGN_STATUSES.map((s) => formatNumber(c.counts[s], meta.locale)).concat([formatNumber(c.total, meta.locale)]),
            ],
          },
        },
        { text: tr('households'), bold: true, margin: [0, 10, 0, 4] },
        {
          table: {
            headerRows: 1,
            widths: [24, 100, '*', 90, 110, 80, 100],
            body: [
              ['no', 'head', 'address', 'status', 'members', 'group', 'reason'].map((k) => ({ text: tr(k), bold: true })),
              ...rows(b, meta.locale).map((r) => r.map((v) => (typeof v === 'number' ? formatNumber(v, meta.locale) : String(v)))),
            ],
          },
          layout: 'lightHorizontalLines',
        },
      ],
    }),
  );
}
