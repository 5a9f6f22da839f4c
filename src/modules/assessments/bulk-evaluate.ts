// The engine's proposals and the quota check for a whole subtree at once: four set-based queries (subjects,
// discipline, tasks, collective facts) instead of four per subject, then the same evaluate() and checkQuota() the
// workflow uses. The facts are the ones facts.ts gathers for one subject (an integration test holds them equal).
import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import {
  checkQuota, evaluate, LEVELS, resolveSettings, validateFacts, type DisciplineFact, type Level, type RuleSetId, type SubjectKind, type TaskFigures,
} from '../../domain/assessment/index.js';
import { enteredFacts } from './facts.js';
import { collectiveFactsIn, type CycleRow } from './queries.js';
import type { ReviewEntry, SelfEntry } from './schemas.js';

const COLLECTIVES = new Set(['party_cell', 'grassroots_org', 'party_committee', 'leadership_collective']);

export async function bulkProposals(db: Db, c: CycleRow, path: string) {
  const [subjects, discipline, tasks, collectives] = await Promise.all([
    sql<{ id: number; kind: string; member_id: number | null; unit_id: number; quota_group: string; self: SelfEntry | null; review: ReviewEntry | null }>`
      SELECT id, subject_kind AS kind, member_id, unit_id, quota_group, self_assessment AS self, review
      FROM assessment_subject WHERE cycle_id = ${c.id} AND not_rated_reason IS NULL AND unit_path <@ ${path}::ltree`.execute(db),
    sql<{ member_id: number | null; unit_id: number; list: DisciplineFact[] }>`
      SELECT member_id, unit_id, json_agg(json_build_object('form', form, 'decidedOn', decided_on, 'selfDetectedRemedied', self_detected_remedied)) AS list
      FROM discipline_record WHERE decided_on BETWEEN ${c.period_from} AND ${c.period_to} GROUP BY 1, 2`.execute(db),
    sql<{ member_id: number | null; unit_id: number; total: number; on_time: number; late: number; exceeded: number; not_done: number; key_missed: number }>`
      SELECT holder_member_id AS member_id, holder_unit_id AS unit_id, count(*)::int AS total,
        (count(*) FILTER (WHERE completion = 'on_time'))::int AS on_time, (count(*) FILTER (WHERE completion = 'late'))::int AS late,
        (count(*) FILTER (WHERE completion = 'exceeded'))::int AS exceeded, (count(*) FILTER (WHERE completion IS NULL))::int AS not_done,
        (count(*) FILTER (WHERE completion IS NULL AND key_target))::int AS key_missed
      FROM assigned_task WHERE due_on BETWEEN ${c.period_from} AND ${c.period_to} AND holder_path <@ ${path}::ltree GROUP BY 1, 2`.execute(db),
    collectiveFactsIn(db, c, path),
  ]);
  const key = (m: number | null, u: number) => (m !== null ? `m${m}` : `u${u}`);
  const disc = new Map(discipline.rows.map((r) => [key(r.member_id, r.unit_id), r.list]));
  const figures = new Map<string, TaskFigures>(tasks.rows.map((r) => [key(r.member_id, r.unit_id),
    { total: r.total, onTime: r.on_time, late: r.late, exceeded: r.exceeded, notDone: r.not_done, keyMissed: r.key_missed }]));
  const settings = resolveSettings({ ...(c.settings as object), quotaRounding: c.quota_rounding as 'floor' });
  const proposed: Record<Level, number> = { excellent: 0, good: 0, completed: 0, not_completed: 0 };
  const groups = new Map<string, Level[]>();
  let missingFacts = 0;
  for (const s of subjects.rows) {
    const facts = enteredFacts(s.kind as SubjectKind, s.self, s.review);
    const k = key(s.member_id, s.unit_id);
    const fig = figures.get(k);
    if (fig) facts.tasks = fig;
    facts.discipline = disc.get(k) ?? [];
    if (COLLECTIVES.has(s.kind)) Object.assign(facts, collectives.get(s.unit_id) ?? { subordinateUnits: 0, subordinateUnitsDisciplined: 0, leadershipDisciplined: false });
    if (validateFacts(c.rule_set as RuleSetId, facts).length) { missingFacts += 1; continue; }
    const level = evaluate(c.rule_set as RuleSetId, facts, settings).proposed;
    proposed[level] += 1;
    (groups.get(s.quota_group) ?? groups.set(s.quota_group, []).get(s.quota_group)!).push(level);
  }
  const quota = checkQuota([...groups].map(([groupId, levels]) => ({ groupId, levels })), settings.quotaRounding);
  return {
    evaluated: subjects.rows.length - missingFacts, missingFacts, proposed, levels: LEVELS,
    groups: quota.length, groupsOver: quota.filter((g) => g.mustMove > 0).map((g) => ({ group: g.groupId, good: g.good, excellent: g.excellent, allowed: g.allowed, mustMove: g.mustMove })),
  };
}
