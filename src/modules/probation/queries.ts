import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

type Q = Kysely<Database>;

/** Probationary members of a subtree with the end of their probation ('due_on'), soonest first. */
export function probationers(db: Q, f: { path: string; months: number; dueBy?: string; memberId?: number }) {
  const dueOn = sql<string>`(m.admitted_on + make_interval(months => ${f.months}))::date`;
  let q = db.selectFrom('member as m').innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .leftJoin('probation_file as p', 'p.member_id', 'm.id')
    .select(['m.id', 'm.full_name', 'm.birth_date', 'm.admitted_on', 'm.unit_id', 'u.name as unit_name', 'p.forms', 'p.version',
      dueOn.as('due_on'), sql<string>`u.path::text`.as('unit_path')])
    .where('m.status', '=', 'probationary').where(sql<boolean>`u.path <@ ${f.path}::ltree`);
  if (f.dueBy) q = q.where(dueOn, '<=', f.dueBy);
  if (f.memberId) q = q.where('m.id', '=', f.memberId);
  return q.orderBy(dueOn).orderBy('m.sort_key').limit(2000).execute();
}
export type ProbationRow = Awaited<ReturnType<typeof probationers>>[number];
