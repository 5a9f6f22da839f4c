// The results as an .xlsx workbook (Vietnamese headings, as the reports go upward in Vietnamese).
import ExcelJS from 'exceljs';
import { neutralizeWorkbook } from '../../../shared/spreadsheet-safe.js';
import { LEVELS } from '../../../domain/assessment/index.js';
import { formatDate } from '../../../domain/text/format.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import type { results } from './results.js';

type Results = Awaited<ReturnType<typeof results>>;
const BUCKETS = [...LEVELS, 'pending', 'not_rated'] as const;

export async function resultsWorkbook(r: Results, locale: Locale): Promise<Buffer> {
  const t = (k: string) => translate(locale, k);
  const wb = new ExcelJS.Workbook();
  const head = [t('assessments.export.kind'), ...BUCKETS.map((b) => t(`assessments.export.${b}`))];
  const sheet = wb.addWorksheet(t('assessments.export.byKind'));
  // Dates as dd/mm/yyyy text, as in every export (docs/decisions.md); figures as numbers.
  sheet.addRow([r.cycle.title, `${formatDate(r.cycle.periodFrom, locale)} – ${formatDate(r.cycle.periodTo, locale)}`]).font = {
    bold: true,
  };
  sheet.addRow(head).font = { bold: true };
  for (const [kind, c] of Object.entries(r.byKind)) sheet.addRow([t(`assessments.kinds.${kind}`), ...BUCKETS.map((b) => c[b])]);
  if (r.previous) {
    sheet.addRow([]);
    sheet.addRow([r.previous.cycle.title]).font = { bold: true };
    for (const [kind, c] of Object.entries(r.previous.byKind ?? {}))
      sheet.addRow([t(`assessments.kinds.${kind}`), ...BUCKETS.map((b) => c[b])]);
  }
  sheet.addRow([]);
  const r21 = r.resolution21;
  for (const [label, v] of [
    ['assessments.export.r21Members', r21.members],
    ['assessments.export.r21Orgs', r21.grassrootsOrgs],
  ] as const) {
    const row = sheet.addRow([
      t(label),
      v ? Math.round(v.share * 1000) / 1000 : '',
      v ? t(v.met ? 'assessments.export.met' : 'assessments.export.notMet') : '',
    ]);
    // A share stays a number; Excel shows it as a percentage with the reader's own separators.
    row.getCell(2).numFmt = '0.0%';
  }
  sheet.columns.forEach((col, i) => {
    col.width = i === 0 ? 36 : 16;
  });
  const units = wb.addWorksheet(t('assessments.export.byUnit'));
  units.addRow([t('assessments.export.unit'), ...BUCKETS.map((b) => t(`assessments.export.${b}`))]).font = { bold: true };
  for (const u of r.children) units.addRow([u.name, ...BUCKETS.map((b) => u.counts[b])]);
  units.columns.forEach((col, i) => {
    col.width = i === 0 ? 36 : 16;
  });
  neutralizeWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
