// The coverage report: units with nobody in charge, households per member, and the Resolution 21 targets
// (a member in every residential group, a cell in every residential group).
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { householdLimit, setHouseholdLimit } from '../assignments/queries.js';
import * as q from './queries.js';

const pct = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

export async function coverage(
  db: Db,
  root: { id: number; name: string; path: string },
  today: string,
  opts: { limit?: number; top: number },
) {
  const limit = opts.limit ?? (await householdLimit(db));
  const [units, perMember, groups, households] = await Promise.all([
    q.unitsWithoutCharge(db, root.path, today, opts.top),
    q.householdsPerMember(db, root.path, today, limit, opts.top),
    q.groupCoverage(db, root.path, today, opts.top),
    q.householdCounts(db, root.path, today),
  ]);
  const unitsWithout = units.byKind.reduce((s, r) => s + r.n, 0);
  return {
    unit: { id: root.id, name: root.name },
    asOf: today,
    householdLimit: limit,
    unitsWithoutCharge: { total: unitsWithout, byKind: Object.fromEntries(units.byKind.map((r) => [r.kind, r.n])), items: units.list },
    households: {
      total: households.households,
      unassigned: households.unassigned,
      assigned: households.households - households.unassigned,
    },
    householdsPerMember: {
      members: perMember.members,
      withoutHouseholds: perMember.without,
      overLimit: perMember.over,
      average: perMember.members === 0 ? 0 : Math.round((perMember.assigned / perMember.members) * 10) / 10,
      buckets: { '0': 0, '1-3': 0, '4-10': 0, to_limit: 0, over_limit: 0, ...(perMember.buckets ?? {}) },
      busiest: perMember.busiest ?? [],
      overLimitItems: perMember.over_list ?? [],
    },
    residentialGroups: {
      total: groups.groups,
      withMember: groups.with_member,
      withCell: groups.with_cell,
      withMemberPct: pct(groups.with_member, groups.groups),
      withCellPct: pct(groups.with_cell, groups.groups),
      noMember: groups.noMember,
      noCell: groups.noCell,
    },
  };
}

export async function settings(db: Db) {
  return { householdLimit: await householdLimit(db) };
}

export async function updateSettings(db: Db, actor: Actor, value: number, rootPath: string) {
  return inTransaction(db, false, async (trx) => {
    const before = await householdLimit(trx);
    await setHouseholdLimit(trx, value);
    await appendAudit(trx, actor, {
      action: 'grassroots_setting.update',
      entityType: 'grassroots_setting',
      entityId: 'household_limit',
      scopePath: rootPath,
      before: { householdLimit: before },
      after: { householdLimit: value },
    });
    return { householdLimit: value };
  });
}
