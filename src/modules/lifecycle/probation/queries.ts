// SQL of probation: the probationers of a subtree with their due dates, and each one's file (forms, decision).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** Probationary members of a subtree with the end of their probation ('due_on'), soonest first; one page and the total. */
export async function probationers(db: Q, f: { path: string; months: number; dueBy?: string; limit: number; offset: number }) {
  const dueOn = sql<string>`(m.admitted_on + make_interval(months => ${f.months}))::date`;
  let base = db
    .selectFrom('member as m')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .where('m.status', '=', 'probationary')
    .where(sql<boolean>`u.path <@ ${f.path}::ltree`);
  if (f.dueBy) base = base.where(dueOn, '<=', f.dueBy);
  const [rows, count] = await Promise.all([
    base
      .leftJoin('probation_file as p', 'p.member_id', 'm.id')
      .select([
        'm.id',
        'm.full_name',
        'm.birth_date',
        'm.admitted_on',
        'm.unit_id',
        'u.name as unit_name',
        'p.forms',
        'p.version',
        dueOn.as('due_on'),
      ])
      .orderBy(dueOn)
      .orderBy('m.sort_key')
      .orderBy('m.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
export type ProbationRow = Awaited<ReturnType<typeof probationers>>['rows'][number];

/** Opens the member's probation file with its first forms; false when a file already exists. */
export async function createProbationFile(trx: Trx, memberId: number, forms: string[]) {
  const r = await trx
    .insertInto('probation_file')
    .values({ member_id: memberId, forms })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Replaces the forms of the file if it is still at `version`; false when it was not. */
export async function updateProbationForms(trx: Trx, memberId: number, version: number, forms: string[]) {
  const r = await trx
    .updateTable('probation_file')
    .set((eb) => ({ forms, version: eb('version', '+', 1) }))
    .where('member_id', '=', memberId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Writes the decision on the member's file, creating the file when there is none. */
export async function recordProbationDecision(
  trx: Trx,
  memberId: number,
  d: { outcome: 'official' | 'ended'; decisionNo: string; decidedOn: string; authority: string },
) {
  await trx
    .insertInto('probation_file')
    .values({ member_id: memberId, outcome: d.outcome, decision_no: d.decisionNo, decided_on: d.decidedOn, authority: d.authority })
    .onConflict((oc) =>
      oc
        .column('member_id')
        .doUpdateSet({ outcome: d.outcome, decision_no: d.decisionNo, decided_on: d.decidedOn, authority: d.authority }),
    )
    .execute();
}
