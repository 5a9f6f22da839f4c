// PDF output shared by the modules: pdfmake 0.3 with Roboto (its glyphs cover Vietnamese), set up once per
// process; a document factory on A4 with the standard export footer ("exported by <user> at <time>", worded by
// each module's catalog) on every page; and the bytes of a finished document.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
type PdfMake = {
  addFonts(fonts: unknown): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
};
let pdfmake: PdfMake | null = null;

function getPdfMake(): PdfMake {
  if (pdfmake) return pdfmake;
  const made = require('pdfmake') as PdfMake;
  const fonts = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const font = (file: string) => join(fonts, file);
  made.addFonts({
    Roboto: {
      normal: font('Roboto-Regular.ttf'),
      bold: font('Roboto-Medium.ttf'),
      italics: font('Roboto-Italic.ttf'),
      bolditalics: font('Roboto-MediumItalic.ttf'),
    },
  });
  // Documents are built from user data: they may never make the server fetch a URL or read another file.
  made.setUrlAccessPolicy(() => false);
  made.setLocalAccessPolicy((path) => path.startsWith(fonts));
  pdfmake = made;
  return made;
}

export interface PdfDocumentOptions {
  title: string;
  /** The exporting user (document author). */
  author: string;
  subject?: string;
  content: unknown[];
  /** The footer line of a page, e.g. the module's "exported by {{user}} at {{at}} — page {{page}}/{{pages}}". */
  footer: (page: number, pages: number) => string;
  landscape?: boolean;
  /** [left, top, right, bottom] in points; the footer lines up with the left and right margins. */
  pageMargins?: [number, number, number, number];
  /** Merged over Roboto 11 pt. */
  defaultStyle?: Record<string, unknown>;
  styles?: Record<string, unknown>;
}

export type PdfDocument = Record<string, unknown>;

/** A pdfmake document definition with the project's fonts, page and export footer. */
export function pdfDocument(o: PdfDocumentOptions): PdfDocument {
  const margins = o.pageMargins ?? [40, 40, 40, 50];
  return {
    info: { title: o.title, author: o.author, creator: 'Grassroots', ...(o.subject ? { subject: o.subject } : {}) },
    pageSize: 'A4',
    pageOrientation: o.landscape ? 'landscape' : 'portrait',
    pageMargins: margins,
    defaultStyle: { font: 'Roboto', fontSize: 11, ...o.defaultStyle },
    styles: o.styles ?? {},
    footer: (page: number, pages: number) => ({
      text: o.footer(page, pages),
      fontSize: 8,
      color: '#555',
      margin: [margins[0], 15, margins[2], 0],
    }),
    content: o.content,
  };
}

/** Renders a document definition to the bytes of the PDF file. */
export function pdfBuffer(doc: PdfDocument): Promise<Buffer> {
  return getPdfMake().createPdf(doc).getBuffer();
}
