// Validation of member rows read from an import file. Pure: the registry's facts (units in the
// importer's scope, citizen IDs and card numbers already taken) come in as plain data.
import { categoryFromText, type MemberCategory } from '../members/category.js';
import { checkRecordDates, type MemberStatus } from '../members/record.js';
import { normalizeFullName } from '../names/index.js';
import { REQUIRED_FIELDS, type ColumnMapping, type ImportField } from './columns.js';
import { withoutControls } from './controls.js';
import {
  cellText,
  checkedCellText,
  dateFromText,
  formatDate,
  genderFromText,
  parseCitizenId,
  parseDate,
  statusFromText,
  type Cell,
} from './values.js';

export interface ScopeUnit {
  id: number;
  code: string;
  name: string;
  path: string;
  holdsMembers: boolean;
  dissolved: boolean;
  foundedOn: string;
}

export interface RegistryFacts {
  today: string;
  /** Units of the importer's subtree, by code. A code not here is unknown to this importer. */
  units: ReadonlyMap<string, ScopeUnit>;
  takenCitizenIds: ReadonlySet<string>;
  takenCards: ReadonlySet<string>;
  /** Keys held by members outside the importer's scope: refused without confirming them (key_unavailable). */
  hiddenCitizenIds?: ReadonlySet<string>;
  hiddenCards?: ReadonlySet<string>;
}

export interface ImportedMember {
  row: number;
  fullName: string;
  gender: 'male' | 'female';
  birthDate: string;
  ethnicity: string;
  hometown: string;
  residence: string;
  citizenId: string;
  partyCardNo: string | null;
  admittedOn: string;
  officialOn: string | null;
  education: string;
  theoryLevel: string;
  occupation: string;
  position: string;
  phone: string;
  status: MemberStatus;
  unit: ScopeUnit;
  memberCategory: MemberCategory | null;
}

export interface RowError {
  row: number;
  field: ImportField;
  code: string;
  params?: Record<string, string | number>;
}

/** The same limits as the member registry's schemas (src/modules/foundation/members/schemas.ts). */
const MAX_LENGTH: Partial<Record<ImportField, number>> = {
  fullName: 120,
  ethnicity: 50,
  hometown: 300,
  residence: 300,
  education: 50,
  theoryLevel: 50,
  occupation: 100,
  position: 200,
};

export interface SourceRow {
  row: number;
  cells: readonly Cell[];
}

/** Validates every row; a row with any error is left out of `valid`. Duplicates inside the file are errors too. */
export function validateRows(rows: Iterable<SourceRow>, mapping: ColumnMapping, facts: RegistryFacts) {
  const valid: ImportedMember[] = [];
  const errors: RowError[] = [];
  const seenIds = new Map<string, number>();
  const seenCards = new Map<string, number>();
  for (const src of rows) {
    const r = validateRow(src, mapping, facts);
    const dupId = r.citizenId ? seenIds.get(r.citizenId) : undefined;
    if (dupId !== undefined) r.errors.push({ row: src.row, field: 'citizenId', code: 'duplicate_in_file', params: { other: dupId } });
    else if (r.citizenId) seenIds.set(r.citizenId, src.row);
    const dupCard = r.card ? seenCards.get(r.card) : undefined;
    if (dupCard !== undefined) r.errors.push({ row: src.row, field: 'partyCardNo', code: 'duplicate_in_file', params: { other: dupCard } });
    else if (r.card) seenCards.set(r.card, src.row);
    if (r.errors.length) errors.push(...r.errors);
    else valid.push(r.member!);
  }
  return { valid, errors };
}

function validateRow(src: SourceRow, mapping: ColumnMapping, facts: RegistryFacts) {
  const errors: RowError[] = [];
  const fail = (field: ImportField, code: string, params?: RowError['params']) => {
    errors.push({ row: src.row, field, code, params });
  };
  const raw = (f: ImportField): Cell => (mapping[f] === undefined ? null : (src.cells[mapping[f]!] ?? null));
  const texts: Partial<Record<ImportField, string>> = {}; // each cell's text is made once
  const textOf = (f: ImportField) => {
    let t = texts[f];
    if (t === undefined) {
      const cell = raw(f);
      const checked = checkedCellText(cell, f === 'fullName');
      // A control character (a NUL above all) is refused here, so a commit never meets one; the other
      // checks go on with the text without it, and no message repeats it.
      if (checked === null) fail(f, 'control_character');
      texts[f] = t = checked ?? withoutControls(cellText(cell));
    }
    return t;
  };
  const text = (f: ImportField) => {
    const v = textOf(f);
    if (v === '' && REQUIRED_FIELDS.has(f)) fail(f, 'required');
    else if (MAX_LENGTH[f] !== undefined && v.length > MAX_LENGTH[f]!) fail(f, 'too_long', { max: MAX_LENGTH[f]! });
    return v;
  };
  const date = (f: ImportField) => {
    const t = textOf(f);
    if (t === '') {
      if (REQUIRED_FIELDS.has(f)) fail(f, 'required');
      return null;
    }
    const cell = raw(f);
    const d = typeof cell === 'number' ? parseDate(cell) : dateFromText(t);
    if (!d) fail(f, 'date_invalid', { value: t.slice(0, 30) });
    return d;
  };
  const fullName = normalizeFullName(text('fullName'));
  if (fullName && !/\p{L}/u.test(fullName)) fail('fullName', 'name_no_letter');
  const gender = genderFromText(textOf('gender'));
  if (!gender && textOf('gender') !== '') fail('gender', 'gender_unknown', { value: textOf('gender').slice(0, 30) });
  else if (!gender) fail('gender', 'required');
  const birthDate = date('birthDate');
  const ethnicity = text('ethnicity');
  const hometown = text('hometown');
  const residence = text('residence');
  const education = text('education');
  const theoryLevel = text('theoryLevel');
  const occupation = text('occupation');
  const position = text('position');
  const idCell = raw('citizenId');
  const citizenId = typeof idCell === 'number' ? parseCitizenId(idCell) : textOf('citizenId').replace(/[\s.]/g, '');
  if (citizenId === '') fail('citizenId', 'required');
  else if (!/^[0-9]{12}$/.test(citizenId)) fail('citizenId', 'citizen_id_format', { value: citizenId.slice(0, 30) });
  else checkTaken('citizenId', citizenId, facts.takenCitizenIds, fail, facts.hiddenCitizenIds);
  const card = textOf('partyCardNo').replace(/\s/g, '') || null;
  if (card && !/^[0-9A-Za-z-]{4,20}$/.test(card)) fail('partyCardNo', 'party_card_format', { value: card.slice(0, 30) });
  else if (card) checkTaken('partyCardNo', card, facts.takenCards, fail, facts.hiddenCards);
  const admittedOn = date('admittedOn');
  const officialOn = date('officialOn');
  const phone = textOf('phone').replace(/[\s.]/g, '');
  if (phone && !/^0[0-9]{9}$/.test(phone)) fail('phone', 'phone_format', { value: phone.slice(0, 30) });
  const status = statusFromText(textOf('status'));
  if (!status && textOf('status') !== '') fail('status', 'status_unknown', { value: textOf('status').slice(0, 40) });
  else if (!status) fail('status', 'required');
  const unit = checkUnit(textOf('unitCode'), facts, fail);
  const memberCategory = categoryFromText(textOf('memberCategory'));
  if (memberCategory === undefined) fail('memberCategory', 'category_unknown', { value: textOf('memberCategory').slice(0, 40) });
  if (birthDate && admittedOn && status && !errors.some((e) => e.field === 'officialOn')) {
    for (const p of checkRecordDates({ birthDate, admittedOn, officialOn, status }, facts.today))
      fail(p.field, p.code, p.params ? { earliest: formatDate(p.params.earliest) } : undefined);
  }
  const member = errors.length
    ? undefined
    : ({
        row: src.row,
        fullName,
        gender: gender!,
        birthDate: birthDate!,
        ethnicity,
        hometown,
        residence,
        citizenId,
        partyCardNo: card,
        admittedOn: admittedOn!,
        officialOn,
        education,
        theoryLevel,
        occupation,
        position,
        phone,
        status: status!,
        unit: unit!,
        memberCategory: memberCategory ?? null,
      } satisfies ImportedMember);
  return { errors, member, citizenId: /^[0-9]{12}$/.test(citizenId) ? citizenId : '', card };
}

type Fail = (f: ImportField, c: string, p?: RowError['params']) => void;

/** A citizen ID or card number the registry already holds (they are unique keys); outside the scope, not confirmed. */
function checkTaken(
  field: 'citizenId' | 'partyCardNo',
  value: string,
  taken: ReadonlySet<string>,
  fail: Fail,
  hidden?: ReadonlySet<string>,
) {
  if (taken.has(value)) fail(field, 'exists_in_registry', { value });
  else if (hidden?.has(value)) fail(field, 'key_unavailable');
}

/** The keys of a check's rows refused as held outside the scope (see RegistryFacts.hidden*). */
export const unavailableKeys = (errors: readonly RowError[]) => errors.filter((e) => e.code === 'key_unavailable');

/**
 * The checks of validateRows that depend on the registry, run again on rows that passed them, with the
 * registry as it is now (e.g. at commit, after a preview): the unit still exists in the importer's
 * scope, holds members and is not dissolved; the citizen ID and card are still free. The members come
 * back with their unit as it is now.
 */
export function recheckRegistry(members: readonly ImportedMember[], facts: Omit<RegistryFacts, 'today'>) {
  const valid: ImportedMember[] = [];
  const errors: RowError[] = [];
  for (const m of members) {
    const before = errors.length;
    const fail: Fail = (field, code, params) => {
      errors.push({ row: m.row, field, code, params });
    };
    checkTaken('citizenId', m.citizenId, facts.takenCitizenIds, fail, facts.hiddenCitizenIds);
    if (m.partyCardNo) checkTaken('partyCardNo', m.partyCardNo, facts.takenCards, fail, facts.hiddenCards);
    const unit = checkUnit(m.unit.code, facts, fail);
    if (errors.length === before) valid.push(unit === m.unit ? m : { ...m, unit: unit! });
  }
  return { valid, errors };
}

function checkUnit(code: string, facts: Pick<RegistryFacts, 'units'>, fail: Fail) {
  if (code === '') {
    fail('unitCode', 'required');
    return undefined;
  }
  const unit = facts.units.get(code);
  // Unknown and out-of-scope codes get the same answer: the importer learns nothing of other subtrees.
  if (!unit) fail('unitCode', 'unit_unknown', { value: code.slice(0, 40) });
  else if (unit.dissolved) fail('unitCode', 'unit_dissolved', { value: code });
  else if (!unit.holdsMembers) fail('unitCode', 'unit_not_cell', { value: code });
  return unit;
}
