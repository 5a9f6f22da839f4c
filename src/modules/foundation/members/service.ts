// Use cases of the member registry. Each write: validate → (route authorized) → one transaction → audit.
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { birthRangeForAgeBand, checkRecordDates, type MemberStatus } from '../../../domain/members/record.js';
import { ACTIVE_STATUSES, holdsMembers } from '../../../domain/orgs/tree.js';
import { formatDate } from '../../../domain/imports/values.js';
import { normalizeFullName, searchName, sortKey } from '../../../domain/names/index.js';
import { AppError, invalid, notFound, staleVersion } from '../../../shared/errors.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../audit/service.js';
import { getUnit } from '../orgs/queries.js';
import * as q from './queries.js';
import type { CreateMember, ListQueryT, UpdateMember } from './schemas.js';
import { toDto, toListItem, type MemberDto } from './dto.js';
import { assertMaySubmitKeys, explainKeyConflict } from './key-conflicts.js';

export async function loadMember(db: Db, id: number) {
  const m = await q.getMember(db, id);
  if (!m) throw notFound('member');
  return m;
}

export async function loadCell(db: Db, unitId: number) {
  const unit = await getUnit(db, unitId);
  if (!unit) throw notFound('unit');
  if (unit.dissolved_on) throw invalid('unit_dissolved', { name: unit.name });
  if (!holdsMembers(unit.kind)) throw invalid('unit_not_cell', { kind: unit.kind });
  return unit;
}

export async function list(db: Db, subtreePath: string, query: ListQueryT, today: string) {
  const raw = query.q?.trim() ?? '';
  const sortParam = (query.sort as string | undefined) ?? 'name';
  const sort = sortParam.replace('-', '') as q.ListFilter['sort'];
  const band = query.ageBand ? birthRangeForAgeBand(query.ageBand, today) : null;
  const filter: q.ListFilter = {
    subtreePath,
    statuses: query.status as MemberStatus[] | undefined,
    gender: query.gender,
    bornFrom: band?.from,
    bornTo: band?.to,
    admittedYear: query.admittedYear,
    exactId: /^[0-9]{6,12}$/.test(raw) ? raw : undefined,
    search: raw ? searchName(raw) : undefined,
    sort,
    desc: sortParam.startsWith('-'),
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
  const [rows, total] = await Promise.all([q.listMembers(db, filter), q.countMembers(db, filter)]);
  return { total, page: query.page, pageSize: query.pageSize, items: rows.map(toListItem) };
}

function assertDates(
  r: { birthDate: string; admittedOn: string; officialOn: string | null; status: MemberStatus },
  today: string,
  locale: Locale,
) {
  const problems = checkRecordDates(r, today);
  if (problems.length === 0) return;
  const details = problems.map((p) => ({
    field: p.field,
    message: translate(locale, `errors.${p.code}`, { field: translate(locale, `fields.${p.field}`), ...datesParams(p.params) }),
  }));
  throw new AppError('validation', 400, {}, details);
}

/** Dates in a problem's parameters read as dd/mm/yyyy in the message. */
function datesParams(params: { earliest: string } | undefined) {
  return params ? { earliest: formatDate(params.earliest) } : {};
}

function derivedName(fullName: string) {
  const name = normalizeFullName(fullName);
  return { full_name: name, search_name: searchName(name), sort_key: sortKey(name) };
}

export async function create(db: Db, actor: Actor, input: CreateMember, today: string, locale: Locale): Promise<MemberDto> {
  assertDates({ ...input, officialOn: input.officialOn ?? null }, today, locale);
  await assertMaySubmitKeys(db, actor);
  return inTransaction(db, false, async (trx) => {
    const cell = await loadCell(trx, input.unitId);
    const id = await q.insertMember(trx, {
      ...derivedName(input.fullName),
      gender: input.gender,
      birth_date: input.birthDate,
      ethnicity: input.ethnicity.trim(),
      hometown: input.hometown.trim(),
      residence: input.residence.trim(),
      citizen_id: input.citizenId,
      party_card_no: input.partyCardNo ?? null,
      admitted_on: input.admittedOn,
      official_on: input.officialOn ?? null,
      education: input.education.trim(),
      theory_level: input.theoryLevel.trim(),
      occupation: input.occupation?.trim() ?? '',
      position: input.position?.trim() ?? '',
      phone: input.phone ?? '',
      status: input.status,
      unit_id: cell.id,
      member_category: input.memberCategory ?? null,
    });
    const joined = input.admittedOn > cell.founded_on ? input.admittedOn : cell.founded_on;
    await q.openCellPeriod(trx, id, cell.id, joined);
    await q.addEvent(trx, { memberId: id, on: input.admittedOn, kind: 'admitted', details: {}, actorUserId: actor.userId });
    if (input.officialOn)
      await q.addEvent(trx, { memberId: id, on: input.officialOn, kind: 'official', details: {}, actorUserId: actor.userId });
    await q.addEvent(trx, { memberId: id, on: today, kind: 'record_created', details: { unitId: cell.id }, actorUserId: actor.userId });
    const created = (await q.getMember(trx, id))!;
    await appendAudit(trx, actor, {
      action: 'member.create',
      entityType: 'member',
      entityId: id,
      scopePath: created.unit_path,
      after: toDto(created),
    });
    return toDto(created);
  }).catch((e: unknown) => getUnit(db, input.unitId).then((cell) => explainKeyConflict(db, actor, e, input, cell?.path ?? null)));
}

/** The fields of the DTO mapped to their columns, for diffing an edit. */
const COLUMNS = {
  gender: 'gender',
  birthDate: 'birth_date',
  ethnicity: 'ethnicity',
  hometown: 'hometown',
  residence: 'residence',
  citizenId: 'citizen_id',
  partyCardNo: 'party_card_no',
  admittedOn: 'admitted_on',
  officialOn: 'official_on',
  education: 'education',
  theoryLevel: 'theory_level',
  occupation: 'occupation',
  position: 'position',
  phone: 'phone',
  status: 'status',
  unitId: 'unit_id',
  memberCategory: 'member_category',
} as const satisfies Partial<Record<keyof MemberDto, string>>;
const FIELDS = Object.keys(COLUMNS) as (keyof typeof COLUMNS)[];

export async function update(
  db: Db,
  actor: Actor,
  id: number,
  input: UpdateMember,
  on: { today: string; locale: Locale },
): Promise<MemberDto> {
  const { today, locale } = on;
  let scopePath: string | null = null;
  return inTransaction(db, false, async (trx) => {
    const current = await q.getMember(trx, id, true);
    if (!current) throw notFound('member');
    scopePath = current.unit_path;
    const keyChanged =
      (input.citizenId !== undefined && input.citizenId !== current.citizen_id) ||
      (!!input.partyCardNo && input.partyCardNo !== current.party_card_no);
    if (keyChanged) await assertMaySubmitKeys(trx, actor);
    if (current.version !== input.version) throw staleVersion();
    const before = toDto(current);
    const next = { ...before, ...input, fullName: input.fullName ? normalizeFullName(input.fullName) : before.fullName };
    assertDates(next, today, locale);
    const changed = FIELDS.filter((k) => k in input && next[k] !== before[k]);
    const nameChanged = next.fullName !== before.fullName;
    if (changed.length === 0 && !nameChanged) return before;
    const values: Record<string, unknown> = Object.fromEntries(changed.map((k) => [COLUMNS[k], next[k]]));
    if (nameChanged) Object.assign(values, derivedName(next.fullName));
    if (changed.includes('unitId')) {
      const cell = await loadCell(trx, next.unitId);
      await q.changeCell(trx, id, cell.id, today);
      await q.addEvent(trx, {
        memberId: id,
        on: today,
        kind: 'cell_changed',
        details: { from: before.unitId, to: cell.id },
        actorUserId: actor.userId,
      });
    }
    if (!(await q.updateMember(trx, id, input.version, values))) throw staleVersion();
    if (changed.includes('status')) {
      // Cell periods say who was on a cell's rolls on any day (the tree's past views count them): leaving the
      // rolls ends the open period today, coming back opens one.
      const onRolls = (s: MemberStatus) => (ACTIVE_STATUSES as readonly string[]).includes(s);
      if (onRolls(before.status) && !onRolls(next.status)) await q.endCellPeriod(trx, id, today);
      if (!onRolls(before.status) && onRolls(next.status)) await q.resumeCellPeriod(trx, id, next.unitId, today);
      await q.addEvent(trx, {
        memberId: id,
        on: today,
        kind: 'status_changed',
        details: { from: before.status, to: next.status },
        actorUserId: actor.userId,
      });
    }
    const fields = [...changed.filter((k) => k !== 'unitId' && k !== 'status'), ...(nameChanged ? ['fullName'] : [])];
    if (fields.length)
      await q.addEvent(trx, { memberId: id, on: today, kind: 'record_updated', details: { fields }, actorUserId: actor.userId });
    const after = toDto((await q.getMember(trx, id))!);
    const diffKeys = [...changed, ...(nameChanged ? ['fullName'] : [])];
    await appendAudit(trx, actor, {
      action: 'member.update',
      entityType: 'member',
      entityId: id,
      scopePath: current.unit_path,
      before: pick(before, diffKeys),
      after: pick(after, diffKeys),
    });
    return after;
  }).catch((e: unknown) => explainKeyConflict(db, actor, e, input, scopePath));
}

const pick = (o: object, keys: string[]) => Object.fromEntries(keys.map((k) => [k, (o as Record<string, unknown>)[k]]));

export async function profile(db: Db, m: q.MemberRow) {
  const [periods, seats] = await Promise.all([q.cellPeriods(db, m.id), q.committeeSeats(db, m.id)]);
  return { ...toDto(m), periods, seats };
}

export async function timeline(db: Db, memberId: number) {
  return q.timeline(db, memberId);
}
