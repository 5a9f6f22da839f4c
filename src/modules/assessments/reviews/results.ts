// Results of a cycle for a subtree: distribution by level and subject kind, the previous cycle beside it,
// per-child figures for the charts, and Resolution 21 progress (> 90% good or better).
import type { Db } from '../../../db/connection.js';
import { LEVELS, type Level } from '../../../domain/assessment/index.js';
import { distributionRows, previousCycle, unitNames, type CycleRow } from './queries.js';

export const RESOLUTION_21_TARGET = 0.9;

type Counts = Record<Level | 'pending' | 'not_rated', number>;
const empty = (): Counts => ({ excellent: 0, good: 0, completed: 0, not_completed: 0, pending: 0, not_rated: 0 });

/** The counts per kind and level, and for members per child unit of `path` (see distributionRows). */
export async function distribution(db: Db, cycleId: number, path: string, withChildren: boolean) {
  const rows = await distributionRows(db, cycleId, path, withChildren);
  const byKind: Record<string, Counts> = {};
  const perChild = new Map<number, Counts>();
  for (const r of rows) {
    if (!r.by_child) {
      byKind[r.kind!] ??= empty();
      byKind[r.kind!]![r.bucket as keyof Counts] = r.n;
    } else if (r.child !== null) {
      const c = perChild.get(r.child) ?? empty();
      c[r.bucket as keyof Counts] = r.n;
      perChild.set(r.child, c);
    }
  }
  return { byKind, perChild };
}

async function childrenNamed(db: Db, perChild: Map<number, Counts>) {
  if (perChild.size === 0) return [];
  const names = await unitNames(db, [...perChild.keys()]);
  const collator = new Intl.Collator('vi', { numeric: true });
  return names.map((u) => ({ unitId: u.id, name: u.name, counts: perChild.get(u.id)! })).sort((a, b) => collator.compare(a.name, b.name));
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
    distribution(db, c.id, path, true),
    prev ? distribution(db, prev.id, path, false) : Promise.resolve(null),
  ]);
  const [current, previous, children] = [now.byKind, before?.byKind ?? null, await childrenNamed(db, now.perChild)];
  const orgs = (d: Record<string, Counts> | null) => d?.grassroots_org;
  return {
    cycle: { id: c.id, title: c.title, periodFrom: c.period_from, periodTo: c.period_to, ruleSet: c.rule_set },
    scopePath: path,
    byKind: current,
    children,
    previous: prev
      ? { cycle: { id: prev.id, title: prev.title, periodFrom: prev.period_from, periodTo: prev.period_to }, byKind: previous }
      : null,
    resolution21: {
      members: goodOrBetter(current.member),
      grassrootsOrgs: goodOrBetter(orgs(current)),
      previousMembers: goodOrBetter(previous?.member),
      previousGrassrootsOrgs: goodOrBetter(orgs(previous)),
    },
  };
}
