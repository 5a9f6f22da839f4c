// Official report PDFs (fonts, page and export footer from src/shared/pdf.ts): the Party document header and
// the reports' own footer wording.
import { translate, type Locale } from '../../../shared/i18n.js';
import { formatDateTime, type FormatLocale } from '../../../domain/text/format.js';
import { pdfBuffer, pdfDocument } from '../../../shared/pdf.js';

export interface PdfMeta {
  user: string;
  at: Date;
  locale: Locale;
  title: string;
}

/** The time of export in footers: 'dd/mm/yyyy HH:mm', Vietnam time. */
export const stamp = (at: Date, locale: FormatLocale) => formatDateTime(at, locale);

/** The national header of Party documents: the organization on the left, the Party's name on the right. */
export function partyHeader(unitName: string, place: string, on: string) {
  const [y, m, d] = on.split('-');
  return {
    columns: [
      {
        width: '45%',
        stack: [
          { text: unitName.toUpperCase(), bold: true, alignment: 'center' },
          { text: '*', alignment: 'center' },
        ],
      },
      {
        width: '55%',
        stack: [
          { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', bold: true, alignment: 'center' },
          { text: `${place ? `${place}, ` : ''}ngày ${d} tháng ${m} năm ${y}`, italics: true, alignment: 'center', margin: [0, 6, 0, 0] },
        ],
      },
    ],
    fontSize: 11,
    margin: [0, 0, 0, 12],
  };
}

export function renderPdf(content: unknown[], meta: PdfMeta, landscape = false): Promise<Buffer> {
  return pdfBuffer(
    pdfDocument({
      title: meta.title,
      author: meta.user,
      content,
      landscape,
      pageMargins: [50, 40, 40, 50],
      defaultStyle: { lineHeight: 1.2 },
      styles: {
        title: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 8, 0, 4] },
        h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      },
      footer: (page, pages) => translate(meta.locale, 'reports.footer', { user: meta.user, at: stamp(meta.at, meta.locale), page, pages }),
    }),
  );
}
