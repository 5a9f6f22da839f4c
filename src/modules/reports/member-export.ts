// Member lists to .xlsx, streamed: rows are read a batch at a time (keyset on the name order) and
// written through ExcelJS's streaming WorkbookWriter, so memory stays flat at any size. The columns
// are the import template's, so an exported file imports back unchanged. The exporting user and time
// are in the printed footer and on a second sheet.
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import type { Writable } from 'node:stream';
import type { Db } from '../../db/connection.js';
import { HEADERS, IMPORT_FIELDS, type ImportField } from '../../domain/imports/columns.js';
import { formatDate, GENDER_LABELS, STATUS_LABELS } from '../../domain/imports/values.js';
import { birthRangeForAgeBand, type AgeBand, type MemberStatus } from '../../domain/members/record.js';
import { searchName } from '../../domain/names/index.js';
import { translate, type Locale } from '../../shared/i18n.js';

export interface ExportFilter {
  q?: string; status?: MemberStatus[]; gender?: 'male' | 'female'; ageBand?: AgeBand; admittedYear?: number;
}
export interface ExportMeta { user: string; at: Date; unitName: string; locale: Locale }

const BATCH = 5_000;

function filtered(db: Db, subtreePath: string, f: ExportFilter, today: string) {
  let q = db.selectFrom('member as m').innerJoin('org_unit as u', 'u.id', 'm.unit_id').where(sql<boolean>`u.path <@ ${subtreePath}::ltree`);
  if (f.status?.length) q = q.where('m.status', 'in', f.status);
  if (f.gender) q = q.where('m.gender', '=', f.gender);
  if (f.ageBand) {
    const band = birthRangeForAgeBand(f.ageBand, today);
    if (band.from) q = q.where('m.birth_date', '>=', band.from);
    q = q.where('m.birth_date', '<=', band.to);
  }
  if (f.admittedYear) q = q.where('m.admitted_on', '>=', `${f.admittedYear}-01-01`).where('m.admitted_on', '<=', `${f.admittedYear}-12-31`);
  const raw = f.q?.trim() ?? '';
  if (/^[0-9]{6,12}$/.test(raw)) q = q.where((eb) => eb.or([eb('m.citizen_id', '=', raw), eb('m.party_card_no', '=', raw)]));
  else if (raw) q = q.where('m.search_name', 'like', `%${searchName(raw).replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return q;
}

export async function countExport(db: Db, subtreePath: string, f: ExportFilter, today: string) {
  const r = await filtered(db, subtreePath, f, today).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

async function* batches(db: Db, subtreePath: string, f: ExportFilter, today: string) {
  let after: { key: string; id: number } | null = null;
  for (;;) {
    let q = filtered(db, subtreePath, f, today).selectAll('m').select('u.code as unit_code');
    if (after) q = q.where(sql<boolean>`(m.sort_key, m.id) > (${after.key}, ${after.id})`);
    const rows = await q.orderBy('m.sort_key').orderBy('m.id').limit(BATCH).execute();
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
    fullName: s('full_name'), gender: GENDER_LABELS[m.gender as 'male'], birthDate: formatDate(s('birth_date')), ethnicity: s('ethnicity'),
    hometown: s('hometown'), residence: s('residence'), citizenId: s('citizen_id'), partyCardNo: s('party_card_no'),
    admittedOn: formatDate(s('admitted_on')), officialOn: formatDate(s('official_on') || null), education: s('education'),
    theoryLevel: s('theory_level'), occupation: s('occupation'), position: s('position'), phone: s('phone'),
    status: STATUS_LABELS[m.status as MemberStatus], unitCode: s('unit_code'),
  };
}

/** Writes the list to `out`; resolves with the number of members written. */
export async function writeMembersXlsx(db: Db, subtreePath: string, f: ExportFilter, today: string, meta: ExportMeta,
  out: Writable, onProgress?: (done: number) => void): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  wb.creator = meta.user;
  wb.created = meta.at;
  const at = meta.at.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
  const by = translate(meta.locale, 'exports.footer', { user: meta.user, at });
  const sheet = wb.addWorksheet(translate(meta.locale, 'exports.sheet'), {
    headerFooter: { oddHeader: `&L${meta.unitName}`, oddFooter: `&L${by}&R&P/&N` },
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = IMPORT_FIELDS.map((k) => ({ header: HEADERS[k][0]!, key: k, width: k === 'fullName' || k === 'hometown' || k === 'residence' ? 30 : 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let n = 0;
  for await (const rows of batches(db, subtreePath, f, today)) {
    for (const m of rows) sheet.addRow(cellsOf(m as Row)).commit();
    n += rows.length;
    onProgress?.(n);
  }
  sheet.commit();
  const info = wb.addWorksheet(translate(meta.locale, 'exports.infoSheet'));
  for (const [k, v] of [['unit', meta.unitName], ['user', meta.user], ['at', at], ['count', n], ['filters', JSON.stringify(f)]] as const) {
    info.addRow([translate(meta.locale, `exports.info.${k}`), v]).commit();
  }
  info.commit();
  await wb.commit();
  return n;
}
