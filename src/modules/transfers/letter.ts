// The introduction letter (giấy giới thiệu sinh hoạt đảng) as a PDF: pdfmake 0.2 with Roboto (Vietnamese glyphs),
// and a footer naming the exporting user and the time of export.
import { createRequire } from 'node:module';
import type { Locale } from '../../shared/i18n.js';
import { translate } from '../../shared/i18n.js';
import type { TransferRow } from './queries.js';

const require = createRequire(import.meta.url);
type Printer = { createPdfKitDocument(doc: unknown, opts?: unknown): NodeJS.ReadableStream & { end(): void } };
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

const vnDate = (d: string | null) => (d ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : '');

export async function letterPdf(t: TransferRow, exportedBy: string, now: Date, locale: Locale, days: number): Promise<Buffer> {
  const tr = (k: string, p: Record<string, unknown> = {}) => translate(locale, `letter.${k}`, p);
  const destination = t.out_of_province ? t.destination : t.to_name ?? '';
  const stamp = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
  const doc = {
    info: { title: `${tr('title')} ${t.letter_no}`, subject: t.letter_no ?? '', author: exportedBy },
    defaultStyle: { font: 'Roboto', fontSize: 12, lineHeight: 1.3 },
    pageMargins: [60, 50, 50, 60],
    content: [
      { columns: [{ text: t.from_name, bold: true }, { text: tr('motto'), alignment: 'right', bold: true }] },
      { text: `${tr('number')}: ${t.letter_no}`, margin: [0, 6, 0, 0] },
      { text: tr('title').toUpperCase(), style: 'title' },
      { text: tr(t.kind === 'official' ? 'kind_official' : 'kind_temporary'), alignment: 'center', italics: true, margin: [0, 0, 0, 16] },
      { text: tr('to', { destination }) },
      { text: tr('introduces', { name: t.full_name, birth: vnDate(t.birth_date) }), margin: [0, 8, 0, 0] },
      { text: tr('admitted', { admitted: vnDate(t.admitted_on), official: vnDate(t.official_on) || '—', card: t.party_card_no ?? '—' }) },
      { text: tr('purpose', { destination }), margin: [0, 8, 0, 0] },
      { text: tr('deadline', { days }), margin: [0, 8, 0, 0], italics: true },
      { text: `${tr('dated')} ${vnDate(t.letter_date)}`, alignment: 'right', margin: [0, 24, 0, 0] },
    ],
    footer: (page: number, pages: number) => ({
      text: tr('footer', { user: exportedBy, time: stamp, page, pages }), fontSize: 8, color: '#666', margin: [60, 20, 50, 0],
    }),
    styles: { title: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 18, 0, 4] } },
  };
  const pdf = getPrinter().createPdfKitDocument(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.end();
  return done;
}
