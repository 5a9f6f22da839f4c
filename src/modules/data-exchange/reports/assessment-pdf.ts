// The assessment forms as PDF, from the assessment tables when the assessment module is installed
// (checked at run time): the member's assessment form (phiếu đánh giá, xếp loại chất lượng đảng viên)
// and, for a collective, its review report (báo cáo kiểm điểm tập thể). Under Quy định 366 the paper is the one
// of Hướng dẫn 43 for the subject (domain/assessment/forms.ts): Form 01 for a collective, with its members' levels
// in the cycle; Form 2A/2B/2C for a member by category; with the points out of 100 and the task figures.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { formatDate } from '../../../domain/text/format.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { AppError } from '../../../shared/errors.js';
import { partyHeader, renderPdf } from './pdf.js';
import { assessmentTablesExist, formSubject, memberLevelsUnder } from './queries.js';
import { hd43Form, LEVELS } from '../../../domain/assessment/index.js';

type Q = Kysely<Database>;

export async function loadSubject(db: Q, id: number) {
  if (!(await assessmentTablesExist(db))) throw new AppError('assessments_not_installed', 404);
  const s = await formSubject(db, id);
  if (!s) return null;
  const form = hd43Form({ ruleSet: s.rule_set, subjectKind: s.subject_kind, category: s.member_category });
  const memberLevels = form === '01' ? await memberLevelsUnder(db, s.cycle_id, s.unit_path) : [];
  return { ...s, form, memberLevels };
}
export type SubjectRow = NonNullable<Awaited<ReturnType<typeof loadSubject>>>;

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
// Points stay numbers so the message writes them in the reader's format (82,25 / 82.25).
const num = (v: unknown) => (typeof v === 'number' ? v : str(v));

export function assessmentPdf(s: SubjectRow, meta: { user: string; at: Date; locale: Locale }, today: string): Promise<Buffer> {
  const t = (k: string, p: Record<string, unknown> = {}) => translate(meta.locale, `reports.assessment.${k}`, p);
  const level = (l: unknown) => (l ? translate(meta.locale, `reports.levels.${String(l)}`) : t('none'));
  const member = s.subject_kind === 'member';
  const self = s.self_assessment ?? {};
  const review = s.review ?? {};
  const criteria = Object.entries((self.criteria as Record<string, string> | undefined) ?? {});
  const votes = review.votes as Record<string, number> | undefined;
  const reg366 = s.rule_set === 'reg366-2025';
  const title = member ? (reg366 ? t('hd43.memberTitle') : t('memberTitle')) : t('collectiveTitle');
  const content: unknown[] = [
    partyHeader(s.unit_name, '', today),
    reg366 ? { text: s.form ? t(`hd43.form${s.form}`) : t('hd43.noCategory'), alignment: 'right', italics: true, fontSize: 9 } : '',
    { text: title, style: 'title' },
    reg366 && member && s.form ? { text: t(`hd43.for${s.form}`), alignment: 'center', italics: true } : '',
    { text: s.cycle_title, alignment: 'center', italics: true, margin: [0, 0, 0, 12] },
    member
      ? {
          stack: [
            `${t('name')}: ${s.display_name}`,
            `${t('birthDate')}: ${formatDate(s.birth_date, meta.locale)}`,
            `${t('position')}: ${str(s.position) || '—'}`,
            `${t('cell')}: ${s.unit_name}`,
          ],
        }
      : { text: `${t('collective')}: ${s.display_name}` },
    { text: t('selfSection'), style: 'h2' },
    { text: str(self.summary) || t('none') },
  ];
  if (criteria.length) {
    content.push({
      table: {
        widths: ['*', 'auto'],
        body: [
          [
            { text: t('criterion'), bold: true },
            { text: t('rating'), bold: true },
          ],
          ...criteria.map(([k, v]) => [k.replace(/_/g, ' '), translate(meta.locale, `reports.ratings.${v}`)]),
        ],
      },
      margin: [0, 6, 0, 6],
    });
  }
  if (self.generalPoints !== undefined || self.taskPoints !== undefined) {
    content.push({ text: t('points', { general: num(self.generalPoints), tasks: num(self.taskPoints) }) });
    if (reg366)
      content.push({ text: t('hd43.total', { total: Number(self.generalPoints ?? 0) + Number(self.taskPoints ?? 0) }), bold: true });
  }
  const tasks = self.tasks as Record<string, number> | undefined;
  if (reg366 && tasks) content.push({ text: t('hd43.tasks', tasks) });
  if (reg366 && typeof self.shortcomingsRemedied === 'boolean') {
    content.push({ text: self.shortcomingsRemedied ? t('hd43.remedied') : t('hd43.notRemedied') });
  }
  if (s.form === '01') {
    const counts = new Map(s.memberLevels.map((r) => [r.level, r.n]));
    content.push(
      { text: t('hd43.membersSection'), style: 'h2' },
      {
        table: {
          widths: ['*', 'auto'],
          body: [...LEVELS.map((l) => [level(l), String(counts.get(l) ?? 0)]), [t('hd43.notYet'), String(counts.get(null) ?? 0)]],
        },
        margin: [0, 6, 0, 6],
      },
    );
  }
  content.push(
    { text: `${t('selfProposed')}: ${level(self.proposedLevel)}` },
    { text: member ? t('cellSection') : t('reviewSection'), style: 'h2' },
    { text: str(review.comments) || t('none') },
    votes ? { text: t('votes', votes) } : '',
    { text: `${t('proposed')}: ${level(review.proposedLevel)}` },
    { text: t('resultSection'), style: 'h2' },
    { text: `${t('level')}: ${level(s.level)}`, bold: true },
    {
      columns: [
        {
          width: '50%',
          stack: [{ text: member ? t('signSelf') : t('signCollective'), bold: true, alignment: 'center' }, { text: '\n\n\n' }],
        },
        { width: '50%', stack: [{ text: t('signCell'), bold: true, alignment: 'center' }, { text: '\n\n\n' }] },
      ],
      margin: [0, 24, 0, 0],
    },
  );
  return renderPdf(content, { ...meta, title });
}
