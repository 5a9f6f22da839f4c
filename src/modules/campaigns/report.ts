// Campaign reports: .xlsx (ExcelJS) and PDF (pdfmake 0.2, Roboto has the Vietnamese glyphs). Both carry
// the exporting user and the time of export (printed footer; the PDF on every page).
import ExcelJS from 'exceljs';
import { createRequire } from 'node:module';
import { CAMPAIGN_STATUSES } from '../../domain/campaigns/status.js';
import { translate, type Locale } from '../../shared/i18n.js';
import type { board } from './service.js';

type Board = Awaited<ReturnType<typeof board>>;
export interface ReportMeta { user: string; now: Date; locale: Locale }

const require = createRequire(import.meta.url);
type Printer = { createPdfKitDocument(doc: unknown): NodeJS.ReadableStream & { end(): void } };
let printer: Printer | null = null;

function getPrinter(): Printer {
  if (printer) return printer;
  const PdfPrinter = require('pdfmake') as new (fonts: unknown) => Printer;
  const vfs = require('pdfmake/build/vfs_fonts.js') as Record<string, string>;
  const font = (name: string) => Buffer.from(vfs[name]!, 'base64');
  printer = new PdfPrinter({
    Roboto: { normal: font('Roboto-Regular.ttf'), bold: font('Roboto-Medium.ttf'), italics: font('Roboto-Italic.ttf'), bolditalics: font('Roboto-MediumItalic.ttf') },
  });
  return printer;
}

const vnDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
const stamp = (now: Date) => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

function rows(b: Board, locale: Locale) {
  const st = (s: string) => translate(locale, `campaign_status.${s}`);
  return b.columns.flatMap((c) => c.cards).sort((x, y) => x.id - y.id).map((card, i) => [
    i + 1, card.headName, card.address, st(card.status), card.members.map((m) => m.name).join(', '), card.workingGroupName ?? '', card.blockedReason,
  ]);
}

export async function campaignXlsx(b: Board, meta: ReportMeta): Promise<Buffer> {
  const tr = (k: string, p: Record<string, unknown> = {}) => translate(meta.locale, `report.${k}`, p);
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.user;
  const by = tr('footer', { user: meta.user, at: stamp(meta.now), page: '&P', pages: '&N' });
  const summary = wb.addWorksheet(tr('sheet_summary'), { headerFooter: { oddFooter: `&L${by}` } });
  summary.addRows([[tr('title')], [b.campaign.name], [tr('goal'), b.campaign.goal], [tr('place'), b.campaign.place],
    [tr('deadline'), vnDate(b.campaign.deadline)], [tr('unit'), b.campaign.unitName], [], [tr('status'), tr('count')]]);
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
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function campaignPdf(b: Board, meta: ReportMeta): Promise<Buffer> {
  const tr = (k: string, p: Record<string, unknown> = {}) => translate(meta.locale, `report.${k}`, p);
  const c = b.campaign;
  const doc = {
    pageOrientation: 'landscape', pageMargins: [40, 40, 40, 50],
    info: { title: `${tr('title')} — ${c.name}`, author: meta.user },
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    content: [
      { text: tr('title'), fontSize: 15, bold: true, alignment: 'center' },
      { text: c.name, fontSize: 12, alignment: 'center', margin: [0, 4, 0, 10] },
      { text: [{ text: `${tr('goal')}: `, bold: true }, c.goal] },
      { text: [{ text: `${tr('place')}: `, bold: true }, c.place, '    ', { text: `${tr('deadline')}: `, bold: true }, vnDate(c.deadline), '    ', { text: `${tr('unit')}: `, bold: true }, c.unitName] },
      { text: tr('summary'), bold: true, margin: [0, 10, 0, 4] },
      { table: { body: [
        CAMPAIGN_STATUSES.map((s) => ({ text: translate(meta.locale, `campaign_status.${s}`), bold: true })).concat([{ text: tr('total'), bold: true }]),
        CAMPAIGN_STATUSES.map((s) => String(c.counts[s])).concat([String(c.total)]),
      ] } },
      { text: tr('households'), bold: true, margin: [0, 10, 0, 4] },
      { table: { headerRows: 1, widths: [24, 100, '*', 90, 110, 80, 100], body: [
        ['no', 'head', 'address', 'status', 'members', 'group', 'reason'].map((k) => ({ text: tr(k), bold: true })),
        ...rows(b, meta.locale).map((r) => r.map(String)),
      ] }, layout: 'lightHorizontalLines' },
    ],
    footer: (page: number, pages: number) => ({ text: tr('footer', { user: meta.user, at: stamp(meta.now), page, pages }), fontSize: 8, color: '#666', margin: [40, 20, 40, 0] }),
  };
  const pdf = getPrinter().createPdfKitDocument(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.end();
  return done;
}
