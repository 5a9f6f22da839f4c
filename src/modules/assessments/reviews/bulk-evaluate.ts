// The engine's proposals and the quota check for a whole subtree at once: four set-based queries (subjects,
// discipline, tasks, collective facts) instead of four per subject, then the same evaluate() and checkQuota() the
// workflow uses. The facts are the ones facts.ts gathers for one subject (an integration test holds them equal).
import type { Db } from '../../../db/connection.js';
import {
  checkQuota,
  evaluate,
  LEVELS,
  resolveSettings,
  validateFacts,
  type Level,
  type RuleSetId,
  type SubjectKind,
  type TaskFigures,
} from '../../../domain/assessment/index.js';
import { enteredFacts } from './facts.js';
import { disciplineInPeriod, ratedSubjectEntries, taskFiguresIn } from './facts-queries.js';
import { collectiveFactsIn, type CycleRow } from './queries.js';

const COLLECTIVES = new Set(['party_cell', 'grassroots_org', 'party_committee', 'leadership_collective']);

export async function bulkProposals(db: Db, c: CycleRow, path: string) {
  const [subjects, discipline, tasks, collectives] = await Promise.all([
    ratedSubjectEntries(db, c, path),
    disciplineInPeriod(db, c),
    taskFiguresIn(db, c, path),
    collectiveFactsIn(db, c, path),
  ]);
  const key = (m: number | null, u: number) => (m !== null ? `m${m}` : `u${u}`);
  const disc = new Map(discipline.map((r) => [key(r.member_id, r.unit_id), r.list]));
  const figures = new Map<string, TaskFigures>(
    tasks.map((r) => [
      key(r.member_id, r.unit_id),
      { total: r.total, onTime: r.on_time, late: r.late, exceeded: r.exceeded, notDone: r.not_done, keyMissed: r.key_missed },
    ]),
  );
  const settings = resolveSettings({ ...(c.settings as object), quotaRounding: c.quota_rounding as 'floor' });
  const proposed: Record<Level, number> = { excellent: 0, good: 0, completed: 0, not_completed: 0 };
  const groups = new Map<string, Level[]>();
  let missingFacts = 0;
  for (const s of subjects) {
    const facts = enteredFacts(s.kind as SubjectKind, s.self, s.review);
    const k = key(s.member_id, s.unit_id);
    const fig = figures.get(k);
    if (fig) facts.tasks = fig;
    facts.discipline = disc.get(k) ?? [];
    if (COLLECTIVES.has(s.kind))
      Object.assign(
        facts,
        collectives.get(s.unit_id) ?? { subordinateUnits: 0, subordinateUnitsDisciplined: 0, leadershipDisciplined: false },
      );
    if (validateFacts(c.rule_set as RuleSetId, facts).length) {
      missingFacts += 1;
      continue;
    }
    const level = evaluate(c.rule_set as RuleSetId, facts, settings).proposed;
    proposed[level] += 1;
    (groups.get(s.quota_group) ?? groups.set(s.quota_group, []).get(s.quota_group)!).push(level);
  }
  const quota = checkQuota(
    [...groups].map(([groupId, levels]) => ({ groupId, levels })),
    settings.quotaRounding,
  );
  return {
    evaluated: subjects.length - missingFacts,
    missingFacts,
    proposed,
    levels: LEVELS,
    groups: quota.length,
    groupsOver: quota
      .filter((g) => g.mustMove > 0)
      .map((g) => ({ group: g.groupId, good: g.good, excellent: g.excellent, allowed: g.allowed, mustMove: g.mustMove })),
  };
}
