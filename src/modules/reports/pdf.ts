// PDF output with pdfmake 0.2 and Roboto (which has the Vietnamese glyphs), every page footed with
// the exporting user and time.
import { createRequire } from 'node:module';
import { translate, type Locale } from '../../shared/i18n.js';

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

export interface PdfMeta { user: string; at: Date; locale: Locale; title: string }

export const stamp = (at: Date) => at.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });

/** The national header of Party documents: the organization on the left, the Party's name on the right. */
export function partyHeader(unitName: string, place: string, on: string) {
  const [y, m, d] = on.split('-');
  return {
    columns: [
      { width: '45%', stack: [{ text: unitName.toUpperCase(), bold: true, alignment: 'center' }, { text: '*', alignment: 'center' }] },
      { width: '55%', stack: [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', bold: true, alignment: 'center' },
        { text: `${place ? `${place}, ` : ''}ngày ${d} tháng ${m} năm ${y}`, italics: true, alignment: 'center', margin: [0, 6, 0, 0] }] },
    ],
    fontSize: 11, margin: [0, 0, 0, 12],
  };
}

export function renderPdf(content: unknown[], meta: PdfMeta, landscape = false): Promise<Buffer> {
  const doc = {
    info: { title: meta.title, author: meta.user, creator: 'Grassroots' },
    pageSize: 'A4', pageOrientation: landscape ? 'landscape' : 'portrait', pageMargins: [50, 40, 40, 50],
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.2 },
    styles: { title: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 8, 0, 4] }, h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] } },
    footer: (page: number, pages: number) => ({
      text: translate(meta.locale, 'reports.footer', { user: meta.user, at: stamp(meta.at), page, pages }),
      fontSize: 8, color: '#555', margin: [50, 15, 40, 0],
    }),
    content,
  };
  const pdf = getPrinter().createPdfKitDocument(doc);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}
