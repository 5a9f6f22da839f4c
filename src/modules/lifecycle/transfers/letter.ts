// The introduction letter (giấy giới thiệu sinh hoạt đảng) as a PDF (src/shared/pdf.ts: fonts with the Vietnamese
// glyphs), with a footer naming the exporting user and the time of export.
import type { Locale } from '../../../shared/i18n.js';
import { translate } from '../../../shared/i18n.js';
import { formatDate, formatDateTime } from '../../../domain/text/format.js';
import { pdfBuffer, pdfDocument } from '../../../shared/pdf.js';
import type { TransferRow } from './queries.js';

export async function letterPdf(t: TransferRow, exportedBy: string, now: Date, locale: Locale, days: number): Promise<Buffer> {
  const tr = (k: string, p: Record<string, unknown> = {}) => translate(locale, `letter.${k}`, p);
  const vnDate = (d: string | null) => formatDate(d, locale);
  const destination = t.out_of_province ? t.destination : (t.to_name ?? '');
  return pdfBuffer(
    pdfDocument({
      title: `${tr('title')} ${t.letter_no}`,
      subject: t.letter_no ?? '',
      author: exportedBy,
      pageMargins: [60, 50, 50, 60],
      defaultStyle: { fontSize: 12, lineHeight: 1.3 },
      styles: { title: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 18, 0, 4] } },
      footer: (page, pages) => tr('footer', { user: exportedBy, time: formatDateTime(now, locale), page, pages }),
      content: [
        {
          columns: [
            { text: t.from_name, bold: true },
            { text: tr('motto'), alignment: 'right', bold: true },
          ],
        },
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
    }),
  );
}
