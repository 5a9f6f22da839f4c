// SQL of the member registry. The list filters a subtree through org_unit.path (gist) and sorts on
// member.sort_key (Vietnamese order, given name first); name search uses the trigram index.
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database, MemberStatus } from '../../../db/schema.js';

type Q = Kysely<Database>;

export interface ListFilter {
  subtreePath: string;
  statuses?: MemberStatus[];
  gender?: 'male' | 'female';
  bornFrom?: string | null;
  bornTo?: string;
  admittedYear?: number;
  search?: string; // already normalized with searchName()
  exactId?: string; // a citizen ID or party card number typed in the search box
  sort: 'name' | 'birthDate' | 'admittedOn' | 'unit';
  desc: boolean;
  limit: number;
  offset: number;
}

const listColumns = [
  'm.id',
  'm.full_name',
  'm.gender',
  'm.birth_date',
  'm.citizen_id',
  'm.party_card_no',
  'm.admitted_on',
  'm.official_on',
  'm.status',
  'm.unit_id',
  'u.name as unit_name',
  'm.phone',
] as const;

function filtered(db: Q, f: ListFilter) {
  let q = db
    .selectFrom('member as m')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .where(sql<boolean>`u.path <@ ${f.subtreePath}::ltree`);
  if (f.statuses?.length) q = q.where('m.status', 'in', f.statuses);
  if (f.gender) q = q.where('m.gender', '=', f.gender);
  if (f.bornFrom) q = q.where('m.birth_date', '>=', f.bornFrom);
  if (f.bornTo) q = q.where('m.birth_date', '<=', f.bornTo);
  if (f.admittedYear) {
    q = q.where('m.admitted_on', '>=', `${f.admittedYear}-01-01`).where('m.admitted_on', '<=', `${f.admittedYear}-12-31`);
  }
  if (f.exactId) q = q.where((eb) => eb.or([eb('m.citizen_id', '=', f.exactId!), eb('m.party_card_no', '=', f.exactId!)]));
  else if (f.search) q = q.where('m.search_name', 'like', `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return q;
}

export async function listMembers(db: Q, f: ListFilter) {
  const dir = f.desc ? 'desc' : 'asc';
  const order = { name: 'm.sort_key', birthDate: 'm.birth_date', admittedOn: 'm.admitted_on', unit: 'u.name' } as const;
  const rows = await filtered(db, f)
    .select(listColumns)
    .orderBy(order[f.sort], dir)
    .orderBy('m.sort_key', dir)
    .orderBy('m.id', dir)
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return rows;
}

export async function countMembers(db: Q, f: ListFilter) {
  const r = await filtered(db, f)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export function getMember(db: Q, id: number, forUpdate = false) {
  let q = db
    .selectFrom('member as m')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .selectAll('m')
    .select(['u.name as unit_name', 'u.kind as unit_kind', sql<string>`u.path::text`.as('unit_path')])
    .where('m.id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type MemberRow = NonNullable<Awaited<ReturnType<typeof getMember>>>;

export async function insertMember(trx: Transaction<Database>, values: Omit<Insertable<Database['member']>, 'id'>) {
  const row = await trx.insertInto('member').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateMember(trx: Transaction<Database>, id: number, version: number, values: Record<string, unknown>) {
  const r = await trx
    .updateTable('member')
    .set((eb) => ({ ...(values as object), version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function openCellPeriod(trx: Transaction<Database>, memberId: number, unitId: number, from: string) {
  await trx.insertInto('member_cell_period').values({ member_id: memberId, unit_id: unitId, valid_from: from }).execute();
}

/** Closes the open period at `on` and opens one in the new cell (amending it if it began that day). */
export async function changeCell(trx: Transaction<Database>, memberId: number, unitId: number, on: string) {
  const cur = await trx
    .selectFrom('member_cell_period')
    .select(['id', 'valid_from'])
    .where('member_id', '=', memberId)
    .where('valid_to', 'is', null)
    .executeTakeFirst();
  if (cur && cur.valid_from >= on) {
    await trx.updateTable('member_cell_period').set({ unit_id: unitId }).where('id', '=', cur.id).execute();
    return;
  }
  if (cur) await trx.updateTable('member_cell_period').set({ valid_to: on }).where('id', '=', cur.id).execute();
  await openCellPeriod(trx, memberId, unitId, on);
}

/** Ends the open cell period on `on` (the day after it began at the earliest): the member left the rolls. */
export async function endCellPeriod(trx: Transaction<Database>, memberId: number, on: string) {
  await trx
    .updateTable('member_cell_period')
    .set({ valid_to: sql<string>`greatest(${on}::date, valid_from + 1)` })
    .where('member_id', '=', memberId)
    .where('valid_to', 'is', null)
    .execute();
}

/** Opens a period in the cell from `on` unless one is open: the member is back on the rolls. */
export async function resumeCellPeriod(trx: Transaction<Database>, memberId: number, unitId: number, on: string) {
  const open = await trx
    .selectFrom('member_cell_period')
    .select('id')
    .where('member_id', '=', memberId)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', on)]))
    .executeTakeFirst();
  if (!open) await openCellPeriod(trx, memberId, unitId, on);
}

export async function addEvent(
  trx: Transaction<Database>,
  e: { memberId: number; on: string; kind: string; details: unknown; actorUserId: number | null },
) {
  await trx
    .insertInto('member_event')
    .values({
      member_id: e.memberId,
      occurred_on: e.on,
      kind: e.kind,
      details: JSON.stringify(e.details),
      actor_user_id: e.actorUserId,
    })
    .execute();
}

export function timeline(db: Q, memberId: number) {
  return db
    .selectFrom('member_event as e')
    .leftJoin('app_user as a', 'a.id', 'e.actor_user_id')
    .select(['e.id', 'e.occurred_on', 'e.kind', 'e.details', 'a.display_name as actor', 'e.created_at'])
    .where('e.member_id', '=', memberId)
    .orderBy('e.occurred_on', 'desc')
    .orderBy('e.id', 'desc')
    .execute();
}

export function cellPeriods(db: Q, memberId: number) {
  return db
    .selectFrom('member_cell_period as p')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.unit_id', 'u.name as unit_name', 'p.valid_from', 'p.valid_to'])
    .where('p.member_id', '=', memberId)
    .orderBy('p.valid_from', 'desc')
    .execute();
}

export function committeeSeats(db: Q, memberId: number) {
  return db
    .selectFrom('committee_seat as s')
    .innerJoin('committee_term as t', 't.id', 's.term_id')
    .innerJoin('org_unit as u', 'u.id', 't.unit_id')
    .select(['s.id', 's.position', 's.from_date', 's.to_date', 't.label as term', 'u.id as unit_id', 'u.name as unit_name'])
    .where('s.member_id', '=', memberId)
    .orderBy('s.from_date', 'desc')
    .execute();
}

/** The member holding a citizen ID or Party card number, with the path of their cell. */
export function memberByKey(db: Q, column: 'citizen_id' | 'party_card_no', value: string) {
  return db
    .selectFrom('member as m')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .select(['m.id', sql<string>`u.path::text`.as('unit_path')])
    .where(`m.${column}`, '=', value)
    .executeTakeFirst();
}

/** The keys held outside their scope a user was refused since `since` (audit entries, found by entity). */
export async function keyRefusalsSince(db: Q, userId: number, entityType: string, since: Date): Promise<Set<string>> {
  const rows = await db
    .selectFrom('audit_entry')
    .select(sql<{ value?: string; keys?: string[] } | null>`after`.as('after'))
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', String(userId))
    .where('at', '>', since)
    .execute();
  return new Set(rows.flatMap((r) => [...(r.after?.keys ?? []), ...(r.after?.value ? [r.after.value] : [])]));
}
