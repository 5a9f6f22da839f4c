// The minutes of a meeting as a PDF: the Party document header, date (dd/mm/yyyy), times, attendance, agenda,
// minutes and resolution. Roboto carries the Vietnamese glyphs (src/shared/pdf.ts).
import { translate, type Locale } from '../../../shared/i18n.js';
import { pdfBuffer, pdfDocument } from '../../../shared/pdf.js';
import { formatDateTime } from '../../../domain/text/format.js';
import { partyHeader } from '../../data-exchange/reports/pdf.js';
import type { meetingDto } from './service.js';

type Meeting = Awaited<ReturnType<typeof meetingDto>>;
const dmy = (iso: string) => iso.split('-').reverse().join('/');

export function minutesPdf(m: Meeting, meta: { user: string; at: Date; locale: Locale }): Promise<Buffer> {
  const tr = (key: string, p: Record<string, unknown> = {}) => translate(meta.locale, `cellmeetings.${key}`, p);
  const count = (p: string) => m.attendance.filter((a) => a.presence === p).length;
  const para = (text: string) =>
    text.trim() ? text.split(/\r?\n/).map((line) => ({ text: line, margin: [0, 0, 0, 3] })) : [{ text: tr('pdf.none'), italics: true }];
  const content: unknown[] = [
    partyHeader(m.unitName, '', m.heldOn),
    { text: tr('pdf.title'), style: 'title' },
    { text: tr(`kinds.${m.kind}`) + (m.topic ? ` — ${m.topic}` : ''), alignment: 'center', margin: [0, 0, 0, 10] },
    { text: tr('pdf.when', { date: dmy(m.heldOn), start: m.startedAt ?? m.startTime ?? '—', end: m.endedAt ?? '—' }) },
    ...(m.lengthMinutes !== null ? [{ text: tr('pdf.length', { minutes: m.lengthMinutes }) }] : []),
    {
      text: tr('pdf.attendance', {
        present: count('present'),
        excused: count('absent_excused'),
        unexcused: count('absent_unexcused'),
        total: m.attendance.length,
      }),
    },
    ...m.attendance
      .filter((a) => a.presence !== 'present')
      .map((a) => ({
        text: `– ${a.fullName}: ${tr(`presences.${a.presence}`)}${a.reason ? ` (${a.reason})` : ''}`,
        margin: [10, 0, 0, 0],
      })),
    { text: tr('pdf.agenda'), style: 'h2' },
    m.agenda.length ? { ol: m.agenda } : { text: tr('pdf.none'), italics: true },
    { text: tr('pdf.minutes'), style: 'h2' },
    ...para(m.minutes),
    { text: tr('pdf.resolution'), style: 'h2' },
    ...para(m.resolution),
    ...(m.documents.length ? [{ text: tr('pdf.papers'), style: 'h2' }, { ul: m.documents.map((d) => d.fileName) }] : []),
  ];
  return pdfBuffer(
    pdfDocument({
      title: `${tr('pdf.title')} ${dmy(m.heldOn)}`,
      author: meta.user,
      content,
      pageMargins: [50, 40, 40, 50],
      defaultStyle: { lineHeight: 1.2 },
      styles: {
        title: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 8, 0, 4] },
        h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      },
      footer: (page, pages) => tr('pdf.footer', { user: meta.user, at: formatDateTime(meta.at), page, pages }),
    }),
  );
}
