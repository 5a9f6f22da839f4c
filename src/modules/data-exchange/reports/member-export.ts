// Member lists to .xlsx, streamed: rows are read a batch at a time (keyset on the name order) and
// written through ExcelJS's streaming WorkbookWriter, so memory stays flat at any size. The columns
// are the import template's, so an exported file imports back unchanged. The exporting user and time
// are in the printed footer and on a second sheet. Text cells are neutralized against formula injection.
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import type { Db } from '../../../db/connection.js';
import { HEADERS, IMPORT_FIELDS, type ImportField } from '../../../domain/imports/columns.js';
import { formatDate, GENDER_LABELS, STATUS_LABELS } from '../../../domain/imports/values.js';
import type { MemberStatus } from '../../../domain/members/record.js';
import { CATEGORY_FORM, type MemberCategory } from '../../../domain/members/category.js';
import { formatDateTime } from '../../../domain/text/format.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { safeRow } from '../../../shared/spreadsheet-safe.js';
import { exportMembersBatch, type ExportFilter } from './queries.js';

export type { ExportFilter } from './queries.js';

export interface ExportMeta {
  user: string;
  at: Date;
  unitName: string;
  locale: Locale;
}

const BATCH = 5_000;

async function* batches(db: Db, subtreePath: string, f: ExportFilter, today: string) {
  let after: { key: string; id: number } | null = null;
  for (;;) {
    const rows = await exportMembersBatch(db, subtreePath, f, today, { after, limit: BATCH });
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1]!;
    after = { key: last.sort_key, id: last.id };
    if (rows.length < BATCH) return;
  }
}

type Row = Record<string, unknown>;

function cellsOf(m: Row): Record<ImportField, string> {
  const s = (k: string) => (m[k] as string | null) ?? '';
  return {
    fullName: s('full_name'),
    gender: GENDER_LABELS[m.gender as 'male'],
    birthDate: formatDate(s('birth_date')),
    ethnicity: s('ethnicity'),
    hometown: s('hometown'),
    residence: s('residence'),
    citizenId: s('citizen_id'),
    partyCardNo: s('party_card_no'),
    admittedOn: formatDate(s('admitted_on')),
    officialOn: formatDate(s('official_on') || null),
    education: s('education'),
    theoryLevel: s('theory_level'),
    occupation: s('occupation'),
    position: s('position'),
    phone: s('phone'),
    status: STATUS_LABELS[m.status as MemberStatus],
    unitCode: s('unit_code'),
    memberCategory: m.member_category ? CATEGORY_FORM[m.member_category as MemberCategory] : '',
  };
}

/** Writes the list to `out`; resolves with the number of members written. */
export async function writeMembersXlsx(
  db: Db,
  subtreePath: string,
  o: { filter: ExportFilter; today: string; meta: ExportMeta; out: Writable; onProgress?: (done: number) => void },
): Promise<number> {
  const { filter: f, today, meta, out, onProgress } = o;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  wb.creator = meta.user;
  wb.created = meta.at;
  const at = formatDateTime(meta.at, meta.locale);
  const by = translate(meta.locale, 'exports.footer', { user: meta.user, at });
  const sheet = wb.addWorksheet(translate(meta.locale, 'exports.sheet'), {
    headerFooter: { oddHeader: `&L${meta.unitName}`, oddFooter: `&L${by}&R&P/&N` },
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = IMPORT_FIELDS.map((k) => ({
    header: HEADERS[k][0]!,
    key: k,
    width: k === 'fullName' || k === 'hometown' || k === 'residence' ? 30 : 16,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let n = 0;
  for await (const rows of batches(db, subtreePath, f, today)) {
    for (const m of rows) sheet.addRow(safeRow(cellsOf(m as Row))).commit();
    n += rows.length;
    onProgress?.(n);
  }
  sheet.commit();
  const info = wb.addWorksheet(translate(meta.locale, 'exports.infoSheet'));
  for (const [k, v] of [
    ['unit', meta.unitName],
    ['user', meta.user],
    ['at', at],
    ['count', n],
    ['filters', JSON.stringify(f)],
  ] as const) {
    info.addRow(safeRow([translate(meta.locale, `exports.info.${k}`), v])).commit();
  }
  info.commit();
  await wb.commit();
  return n;
}
