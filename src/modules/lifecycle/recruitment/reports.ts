// The recruitment funnel and yearly targets (Resolution 21: 3–4% of membership a year; the default is a setting).
import type { Db } from '../../../db/connection.js';
import { STAGES } from '../../../domain/recruitment/stages.js';
import { loadSettings } from '../shared/settings.js';
import * as q from './queries.js';

export async function funnel(db: Db, path: string, year: number) {
  const rows = await q.funnel(db, path, year);
  const by = new Map(rows.map((r) => [r.stage, Number(r.n)]));
  return { year, stages: STAGES.map((stage) => ({ stage, count: by.get(stage) ?? 0 })) };
}

/** One page of the targets of the unit and its direct children (the unit first), and how many units in all. */
export async function targets(db: Db, f: { unitId: number; year: number; limit: number; offset: number }) {
  const { year } = f;
  const [s, rows, total] = await Promise.all([loadSettings(db), q.targets(db, f), q.targetUnitCount(db, f.unitId)]);
  const items = rows.map((r) => {
    const members = Number(r.members);
    const byDefault = Math.ceil((members * s.recruitmentTargetPermille) / 1000);
    const target = r.target ?? byDefault;
    return { unitId: r.unit_id, name: r.name, members, admitted: Number(r.admitted), target, isDefault: r.target === null, year };
  });
  return { items, total };
}
