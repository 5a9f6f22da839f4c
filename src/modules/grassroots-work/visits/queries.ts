// SQL of visit logs and the problems they find. Problems carry the unit visited, so lists filter a subtree.
import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { ProblemStatus } from '../../../db/tables/grassroots-work.js';

type Q = Kysely<Database>;

export function getVisit(db: Q, id: number) {
  return db
    .selectFrom('visit as v')
    .innerJoin('org_unit as u', 'u.id', 'v.unit_id')
    .innerJoin('member as m', 'm.id', 'v.visitor_member_id')
    .leftJoin('org_unit as e', 'e.id', 'v.escalated_to_unit_id')
    .selectAll('v')
    .select(['u.name as unit_name', 'm.full_name as visitor_name', 'e.name as escalated_to_name', sql<string>`u.path::text`.as('path')])
    .where('v.id', '=', id)
    .executeTakeFirst();
}
export type VisitRow = NonNullable<Awaited<ReturnType<typeof getVisit>>>;

export function listVisits(db: Q, root: string, limit: number, offset: number) {
  return db
    .selectFrom('visit as v')
    .innerJoin('org_unit as u', 'u.id', 'v.unit_id')
    .innerJoin('member as m', 'm.id', 'v.visitor_member_id')
    .select([
      'v.id',
      'v.unit_id',
      'v.visited_on',
      'v.kind',
      'v.summary',
      'v.escalation',
      'u.name as unit_name',
      'm.full_name as visitor_name',
    ])
    .select((eb) => [
      eb.selectFrom('visit_problem as p').whereRef('p.visit_id', '=', 'v.id').select(eb.fn.countAll<string>().as('n')).as('problems_found'),
      eb.selectFrom('visit_household as vh').whereRef('vh.visit_id', '=', 'v.id').select(eb.fn.countAll<string>().as('n')).as('households'),
    ])
    .where(sql<boolean>`u.path <@ ${root}::ltree`)
    .orderBy('v.visited_on', 'desc')
    .orderBy('v.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countVisits(db: Q, root: string) {
  const r = await db
    .selectFrom('visit as v')
    .innerJoin('org_unit as u', 'u.id', 'v.unit_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where(sql<boolean>`u.path <@ ${root}::ltree`)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export function insertVisit(
  db: Q,
  v: {
    unit_id: number;
    visited_on: string;
    visitor_member_id: number;
    kind: 'visit' | 'meeting' | 'phone';
    summary: string;
    escalation: string;
    escalated_to_unit_id: number | null;
    created_by: number;
  },
) {
  return db
    .insertInto('visit')
    .values(v)
    .returning('id')
    .executeTakeFirstOrThrow()
    .then((r) => r.id);
}

/** The households seen on a visit. */
export function addVisitHouseholds(db: Q, visitId: number, householdIds: number[]) {
  return db
    .insertInto('visit_household')
    .values(householdIds.map((h) => ({ visit_id: visitId, household_id: h })))
    .execute();
}

/** Households with the path of their commune, to check they lie in the area of the unit visited. */
export function householdsWithArea(db: Q, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('household as h')
    .innerJoin('residential_group as g', 'g.id', 'h.residential_group_id')
    .innerJoin('org_unit as u', 'u.id', 'g.unit_id')
    .select(['h.id', 'h.address', sql<string>`u.path::text`.as('path')])
    .where('h.id', 'in', ids)
    .execute();
}

export function getProblem(db: Q, id: number, forUpdate = false) {
  let q = db
    .selectFrom('visit_problem as p')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .selectAll('p')
    .select(['u.name as unit_name', sql<string>`u.path::text`.as('path')])
    .where('p.id', '=', id);
  if (forUpdate) q = q.forUpdate('p');
  return q.executeTakeFirst();
}
export type ProblemRow = NonNullable<Awaited<ReturnType<typeof getProblem>>>;

export async function updateProblem(
  db: Q,
  id: number,
  version: number,
  v: { status: ProblemStatus; follow_up: string; solved_on: string | null; solved_in_visit_id: number | null },
) {
  const r = await db
    .updateTable('visit_problem')
    .set((eb) => ({ ...v, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A problem found on a visit. */
export function insertProblem(db: Q, row: Insertable<Database['visit_problem']>) {
  return db.insertInto('visit_problem').values(row).returning('id').executeTakeFirstOrThrow();
}

/** One entry of a problem's follow-up history (made on a visit, or from the problem list when `visit_id` is null). */
export function addProblemUpdate(db: Q, row: Insertable<Database['visit_problem_update']>) {
  return db.insertInto('visit_problem_update').values(row).execute();
}

export function problemsOfVisit(db: Q, visitId: number) {
  return db
    .selectFrom('visit_problem as p')
    .leftJoin('household as h', 'h.id', 'p.household_id')
    .selectAll('p')
    .select('h.address as household_address')
    .where('p.visit_id', '=', visitId)
    .orderBy('p.id')
    .execute();
}

export function updatesInVisit(db: Q, visitId: number) {
  return db
    .selectFrom('visit_problem_update as x')
    .innerJoin('visit_problem as p', 'p.id', 'x.problem_id')
    .select(['x.problem_id', 'x.status', 'x.follow_up', 'p.description', 'p.category'])
    .where('x.visit_id', '=', visitId)
    .where('p.visit_id', '<>', visitId)
    .orderBy('x.id')
    .execute();
}

export function householdsOfVisit(db: Q, visitId: number) {
  return db
    .selectFrom('visit_household as vh')
    .innerJoin('household as h', 'h.id', 'vh.household_id')
    .select(['h.id', 'h.address', 'h.head_name'])
    .where('vh.visit_id', '=', visitId)
    .orderBy('h.id')
    .execute();
}

export interface ProblemFilter {
  root: string;
  statuses: ProblemStatus[];
  category?: string;
  limit: number;
  offset: number;
}

function problemsFiltered(db: Q, f: ProblemFilter) {
  let q = db
    .selectFrom('visit_problem as p')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .where(sql<boolean>`u.path <@ ${f.root}::ltree`)
    .where('p.status', 'in', f.statuses);
  if (f.category) q = q.where('p.category', '=', f.category);
  return q;
}

export function listProblems(db: Q, f: ProblemFilter) {
  return problemsFiltered(db, f)
    .innerJoin('visit as v', 'v.id', 'p.visit_id')
    .innerJoin('member as m', 'm.id', 'v.visitor_member_id')
    .leftJoin('household as h', 'h.id', 'p.household_id')
    .select([
      'p.id',
      'p.visit_id',
      'p.unit_id',
      'u.name as unit_name',
      'p.category',
      'p.description',
      'p.status',
      'p.follow_up',
      'p.opened_on',
      'p.solved_on',
      'p.version',
      'm.full_name as found_by',
      'h.address as household_address',
      'v.escalation',
    ])
    .orderBy('p.opened_on')
    .orderBy('p.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
}

export async function countProblems(db: Q, f: ProblemFilter) {
  const r = await problemsFiltered(db, f)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Households a visit to the unit at `unitPath` may name: those of a commune that contains the unit or lies inside
 * it (the same rule createVisit checks), matching `search` on the address or the head of household.
 */
export function householdsForVisit(db: Q, unitPath: string, search: string | undefined, limit: number) {
  let q = db
    .selectFrom('household as h')
    .innerJoin('residential_group as g', 'g.id', 'h.residential_group_id')
    .innerJoin('org_unit as u', 'u.id', 'g.unit_id')
    .select(['h.id', 'h.address', 'h.head_name', 'g.name as group_name'])
    .where(sql<boolean>`(u.path @> ${unitPath}::ltree OR u.path <@ ${unitPath}::ltree)`);
  if (search) {
    const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('h.head_name', 'ilike', like), eb('h.address', 'ilike', like)]));
  }
  return q.orderBy('g.name').orderBy('h.address').orderBy('h.id').limit(limit).execute();
}
