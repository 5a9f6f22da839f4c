// Results of a cycle for a subtree: distribution by level and subject kind, the previous cycle beside it,
// per-child figures for the charts, and Resolution 21 progress (> 90% good or better).
import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { LEVELS, type Level } from '../../domain/assessment/index.js';
import type { CycleRow } from './queries.js';

export const RESOLUTION_21_TARGET = 0.9;

type Counts = Record<Level | 'pending' | 'not_rated', number>;
const empty = (): Counts => ({ excellent: 0, good: 0, completed: 0, not_completed: 0, pending: 0, not_rated: 0 });

/**
 * One scan of the cycle's subjects under `path` gives both the counts per kind and level and, for members, the
 * counts per child unit of `path` (GROUPING SETS); the covering index keeps it off the wide rows.
 */
export async function distribution(db: Db, cycleId: number, path: string, withChildren: boolean) {
  const rows = await sql<{ kind: string | null; child: number | null; bucket: string; n: number; by_child: boolean }>`
    WITH s AS (
      SELECT subject_kind AS kind,
        CASE WHEN not_rated_reason IS NOT NULL THEN 'not_rated' ELSE coalesce(level::text, 'pending') END AS bucket,
        CASE WHEN ${withChildren} AND subject_kind = 'member' AND not_rated_reason IS NULL AND nlevel(unit_path) > nlevel(${path}::ltree)
          THEN subltree(unit_path, nlevel(${path}::ltree), nlevel(${path}::ltree) + 1)::text::bigint END AS child
      FROM assessment_subject WHERE cycle_id = ${cycleId} AND unit_path <@ ${path}::ltree)
    SELECT kind, child, bucket, count(*)::int AS n, GROUPING(child) = 0 AS by_child
    FROM s GROUP BY GROUPING SETS ((kind, bucket), (child, bucket))`.execute(db);
  const byKind: Record<string, Counts> = {};
  const perChild = new Map<number, Counts>();
  for (const r of rows.rows) {
    if (!r.by_child) (byKind[r.kind!] ??= empty())[r.bucket as keyof Counts] = r.n;
    else if (r.child !== null) {
      const c = perChild.get(r.child) ?? empty();
      c[r.bucket as keyof Counts] = r.n;
      perChild.set(r.child, c);
    }
  }
  return { byKind, perChild };
}

async function childrenNamed(db: Db, perChild: Map<number, Counts>) {
  if (perChild.size === 0) return [];
  const names = await db.selectFrom('org_unit').select(['id', 'name']).where('id', 'in', [...perChild.keys()]).execute();
  const collator = new Intl.Collator('vi', { numeric: true });
  return names.map((u) => ({ unitId: u.id, name: u.name, counts: perChild.get(u.id)! })).sort((a, b) => collator.compare(a.name, b.name));
}

/** The cycle of the same kind and subtree that ended last before this one started. */
export async function previousCycle(db: Db, c: CycleRow) {
  return db.selectFrom('review_cycle').select(['id', 'title', 'period_from', 'period_to'])
    .where('kind', '=', c.kind).where('period_to', '<', c.period_from)
    .where(sql<boolean>`root_path @> ${c.root_path}::ltree`)
    .orderBy('period_to', 'desc').limit(1).executeTakeFirst();
}

/** Share rated good or better among those decided (null when nobody is decided yet). */
export function goodOrBetter(c: Counts | undefined) {
  if (!c) return null;
  const decided = LEVELS.reduce((n, l) => n + c[l], 0);
  if (decided === 0) return null;
  const share = (c.excellent + c.good) / decided;
  return { decided, share, target: RESOLUTION_21_TARGET, met: share > RESOLUTION_21_TARGET };
}

export async function results(db: Db, c: CycleRow, path: string) {
  const prev = await previousCycle(db, c);
  const [now, before] = await Promise.all([
    distribution(db, c.id, path, true), prev ? distribution(db, prev.id, path, false) : Promise.resolve(null),
  ]);
  const [current, previous, children] = [now.byKind, before?.byKind ?? null, await childrenNamed(db, now.perChild)];
  const orgs = (d: Record<string, Counts> | null) => d?.grassroots_org;
  return {
    cycle: { id: c.id, title: c.title, periodFrom: c.period_from, periodTo: c.period_to, ruleSet: c.rule_set },
    scopePath: path, byKind: current, children,
    previous: prev ? { cycle: { id: prev.id, title: prev.title, periodFrom: prev.period_from, periodTo: prev.period_to }, byKind: previous } : null,
    resolution21: {
      members: goodOrBetter(current.member), grassrootsOrgs: goodOrBetter(orgs(current)),
      previousMembers: goodOrBetter(previous?.member), previousGrassrootsOrgs: goodOrBetter(orgs(previous)),
    },
  };
}
