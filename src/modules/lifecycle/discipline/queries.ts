import { sql, type Kysely } from 'kysely';
import type { Database, DisciplineForm } from '../../../db/schema.js';

type Q = Kysely<Database>;

const columns = [
  'd.id',
  'd.member_id',
  'm.full_name',
  'd.unit_id',
  'u.name as unit_name',
  'd.form',
  'd.decided_on',
  'd.decision_no',
  'd.authority',
  'd.reason',
  'd.self_detected_remedied',
  'd.version',
] as const;

function base(db: Q) {
  return db
    .selectFrom('discipline_record as d')
    .innerJoin('member as m', 'm.id', 'd.member_id')
    .innerJoin('org_unit as u', 'u.id', 'd.unit_id')
    .innerJoin('org_unit as mu', 'mu.id', 'm.unit_id');
}

export function getRecord(db: Q, id: number) {
  return base(db).select(columns).select(sql<string>`mu.path::text`.as('member_path')).where('d.id', '=', id).executeTakeFirst();
}
export type DisciplineRow = NonNullable<Awaited<ReturnType<typeof getRecord>>>;

/** One page of the members' discipline records (latest decision first), and how many there are in all. */
export async function listRecords(db: Q, f: { subtreePath?: string; memberId?: number; limit: number; offset: number }) {
  let q = base(db);
  if (f.subtreePath) q = q.where(sql<boolean>`mu.path <@ ${f.subtreePath}::ltree`);
  if (f.memberId) q = q.where('d.member_id', '=', f.memberId);
  const [rows, count] = await Promise.all([
    q
      .select(columns)
      .select(sql<string>`mu.path::text`.as('member_path'))
      .orderBy('d.decided_on', 'desc')
      .orderBy('d.id', 'desc')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

// Discipline of Party organizations: rows with no member, unit_id the organization disciplined.
const unitColumns = [
  'd.id',
  'd.unit_id',
  'u.name as unit_name',
  'u.dissolved_on',
  'd.form',
  'd.decided_on',
  'd.decision_no',
  'd.authority',
  'd.reason',
  'd.self_detected_remedied',
  'd.version',
] as const;

function unitBase(db: Q) {
  return db
    .selectFrom('discipline_record as d')
    .innerJoin('org_unit as u', 'u.id', 'd.unit_id')
    .select(unitColumns)
    .select(sql<string>`u.path::text`.as('unit_path'))
    .where('d.member_id', 'is', null);
}

export function getUnitRecord(db: Q, id: number) {
  return unitBase(db).where('d.id', '=', id).executeTakeFirst();
}
export type UnitDisciplineRow = NonNullable<Awaited<ReturnType<typeof getUnitRecord>>>;

/** One page of the organizations' discipline records in a subtree (latest first), and how many in all. */
export async function listUnitRecords(db: Q, f: { subtreePath: string; limit: number; offset: number }) {
  const where = sql<boolean>`u.path <@ ${f.subtreePath}::ltree`;
  const [rows, count] = await Promise.all([
    unitBase(db).where(where).orderBy('d.decided_on', 'desc').orderBy('d.id', 'desc').limit(f.limit).offset(f.offset).execute(),
    db
      .selectFrom('discipline_record as d')
      .innerJoin('org_unit as u', 'u.id', 'd.unit_id')
      .where('d.member_id', 'is', null)
      .where(where)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** A new decision, of a member (memberId) or of a Party organization (memberId null); returns its id. */
export async function insertRecord(
  db: Q,
  r: {
    memberId: number | null;
    unitId: number;
    form: DisciplineForm;
    decidedOn: string;
    decisionNo: string;
    authority: string;
    reason: string;
    selfDetectedRemedied: boolean;
  },
): Promise<number> {
  const row = await db
    .insertInto('discipline_record')
    .values({
      member_id: r.memberId,
      unit_id: r.unitId,
      form: r.form,
      decided_on: r.decidedOn,
      decision_no: r.decisionNo,
      authority: r.authority,
      reason: r.reason,
      self_detected_remedied: r.selfDetectedRemedied,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A correction at the version read; false when someone changed the record since. */
export async function correctRecord(db: Q, id: number, version: number, values: Record<string, unknown>, of: 'member' | 'unit') {
  let q = db
    .updateTable('discipline_record')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version);
  if (of === 'unit') q = q.where('member_id', 'is', null);
  return Number((await q.executeTakeFirst()).numUpdatedRows) === 1;
}
