// A unit's predecessors and successors through merges and splits ("formed from", "merged into", "split into"),
// so its page links the units it came from and went to, with the date and decision.
import type { Db } from '../../../db/connection.js';
import * as q from './queries.js';

export interface LineageLink {
  unitId: number;
  change: 'merge' | 'split';
  effectiveOn: string;
  decisionNo: string | null;
}

/** Who came before and after `unitId`, in order of date. Names are left to the caller, which checks access. */
export async function lineage(db: Db, unitId: number): Promise<{ from: LineageLink[]; into: LineageLink[] }> {
  const from: LineageLink[] = [];
  const into: LineageLink[] = [];
  for (const r of await q.lineageRecords(db, unitId)) {
    const base = { change: r.kind, effectiveOn: r.effective_on, decisionNo: r.decision_no };
    if (r.kind === 'merge') {
      const sources = ((r.details.sourceIds as unknown[]) ?? []).map(Number);
      const target = Number((r.details.into as { unitId?: number } | undefined)?.unitId ?? r.units.find((u) => !sources.includes(u)) ?? 0);
      if (sources.includes(unitId) && target !== unitId && target) into.push({ unitId: target, ...base });
      if (target === unitId) for (const s of sources) if (s !== unitId) from.push({ unitId: s, ...base });
    } else {
      const split = Number(r.details.unitId);
      if (split === unitId) for (const p of r.units) if (p !== unitId) into.push({ unitId: p, ...base });
      if (split !== unitId && r.units.includes(unitId)) from.push({ unitId: split, ...base });
    }
  }
  return { from, into };
}
