// SQL of reconciliation: the registry of a subtree as comparable records, the stored results.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { ReconciliationKind } from '../../../db/tables/data-exchange.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** Statuses of members a current list is expected to hold. */
export { ACTIVE_STATUSES } from '../../../domain/members/record.js';

export function registryOf(db: Q, subtreePath: string) {
  return db
    .selectFrom('member as m')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .select([
      'm.id',
      'm.full_name',
      'm.gender',
      'm.birth_date',
      'm.ethnicity',
      'm.hometown',
      'm.residence',
      'm.citizen_id',
      'm.party_card_no',
      'm.admitted_on',
      'm.official_on',
      'm.education',
      'm.theory_level',
      'm.occupation',
      'm.position',
      'm.phone',
      'm.status',
    ])
    .where(sql<boolean>`u.path <@ ${subtreePath}::ltree`)
    .execute();
}

export function getReconciliation(db: Q, id: number) {
  return db
    .selectFrom('reconciliation as r')
    .innerJoin('org_unit as u', 'u.id', 'r.unit_id')
    .leftJoin('app_user as a', 'a.id', 'r.created_by')
    .select([
      'r.id',
      'r.unit_id',
      'r.filename',
      'r.counts',
      'r.created_at',
      'u.name as unit_name',
      sql<string>`u.path::text`.as('unit_path'),
      'a.display_name as created_by_name',
    ])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

/** One page of the lists reconciled in a subtree, newest first, and how many in all. */
export async function listReconciliations(db: Q, subtreePath: string, limit: number, offset: number) {
  const base = db
    .selectFrom('reconciliation as r')
    .innerJoin('org_unit as u', 'u.id', 'r.unit_id')
    .where(sql<boolean>`u.path <@ ${subtreePath}::ltree`);
  const [rows, count] = await Promise.all([
    base
      .leftJoin('app_user as a', 'a.id', 'r.created_by')
      .select(['r.id', 'r.filename', 'r.counts', 'r.created_at', 'u.name as unit_name', 'a.display_name as created_by_name'])
      .orderBy('r.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

export async function listItems(
  db: Q,
  reconciliationId: number,
  f: { kind: ReconciliationKind | undefined; openOnly: boolean; limit: number; offset: number },
) {
  const { kind, openOnly, limit, offset } = f;
  let q = db
    .selectFrom('reconciliation_item as i')
    .leftJoin('member as m', 'm.id', 'i.member_id')
    .leftJoin('org_unit as u', 'u.id', 'm.unit_id')
    .leftJoin('member as o', 'o.id', 'i.other_member_id')
    .where('i.reconciliation_id', '=', reconciliationId);
  if (kind) q = q.where('i.kind', '=', kind);
  if (openOnly) q = q.where('i.open_count', '>', 0);
  const [items, total] = await Promise.all([
    q
      .select([
        'i.id',
        'i.kind',
        'i.row_no',
        'i.member_id',
        'i.other_member_id',
        'i.method',
        'i.score',
        'i.list_name',
        'i.differences',
        'i.open_count',
        'i.version',
        'm.full_name as member_name',
        'm.birth_date as member_birth_date',
        'm.version as member_version',
        'u.name as unit_name',
        'o.full_name as other_name',
      ])
      .orderBy('i.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export function getItem(db: Q, id: number, forUpdate = false) {
  let q = db
    .selectFrom('reconciliation_item as i')
    .innerJoin('reconciliation as r', 'r.id', 'i.reconciliation_id')
    .innerJoin('org_unit as u', 'u.id', 'r.unit_id')
    .select([
      'i.id',
      'i.reconciliation_id',
      'i.kind',
      'i.member_id',
      'i.differences',
      'i.open_count',
      'i.version',
      sql<string>`u.path::text`.as('unit_path'),
    ])
    .where('i.id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type ItemRow = NonNullable<Awaited<ReturnType<typeof getItem>>>;

/** Stores a run (its items are written apart, in chunks); returns its id. */
export async function insertReconciliation(trx: Trx, r: { unitId: number; filename: string; counts: unknown; createdBy: number | null }) {
  const row = await trx
    .insertInto('reconciliation')
    .values({ unit_id: r.unitId, filename: r.filename, counts: JSON.stringify(r.counts), created_by: r.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Stores the item's differences with their decisions and how many are still open. */
export async function saveItemDecisions(trx: Trx, itemId: number, differences: unknown, openCount: number) {
  await trx
    .updateTable('reconciliation_item')
    .set((eb) => ({ differences: JSON.stringify(differences), open_count: openCount, version: eb('version', '+', 1) }))
    .where('id', '=', itemId)
    .execute();
}
