// Demo data for the assessments module group (see extensions.ts). Deterministic: no Math.random, no clock.
// Two province-wide cycles under reg366-2025: last year's, fully decided and published with a realistic
// distribution (most good, a few not_completed with remediation plans), and this year's in progress at mixed
// steps. Subjects come from the same pure planner the API uses (plan-subjects.ts), loaded with COPY.
import type { Level } from '../domain/assessment/index.js';
import { checkQuota } from '../domain/assessment/index.js';
import { planSubjects, type PlannedSubject } from '../modules/assessments/reviews/plan-subjects.js';
import { withDeferredChecks } from './bulk.js';
import { copyRows, type CopyValue } from '../db/copy.js';
import type { SeedContext } from './context.js';
import { createRng, table, type Rng } from './rng.js';

const GONE = new Set(['transferred_out', 'removed', 'expelled', 'deceased']);
const LAST_LEVELS = table<Level>([
  ['excellent', 15],
  ['good', 76],
  ['completed', 7.5],
  ['not_completed', 1.5],
]);
const STEP_MIX = table<string>([
  ['self_assessment', 30],
  ['collective_review', 30],
  ['verification', 22],
  ['decision', 12],
  ['decided', 6],
]);
const SHORTCOMINGS = [
  ['Chưa tham gia đầy đủ sinh hoạt chi bộ', 'Tham gia đủ các kỳ sinh hoạt, báo cáo chi bộ hằng tháng'],
  ['Chưa hoàn thành chỉ tiêu được giao', 'Lập kế hoạch thực hiện chỉ tiêu theo quý, báo cáo tiến độ'],
  ['Đóng đảng phí chưa đúng hạn', 'Đóng đảng phí đúng kỳ, đủ mức'],
  ['Chưa gương mẫu trong thực hiện nhiệm vụ ở nơi cư trú', 'Gặp chi ủy nơi cư trú, nhận nhiệm vụ cụ thể'],
] as const;

type Row = PlannedSubject & { id: number };

function subjectsFor(ctx: SeedContext, from: string, to: string, startId: number): Row[] {
  const { plan } = ctx;
  // The tree as it stands when the cycle runs (after the 2025 reorganization, its new units); each subject keeps
  // the unit version it was made in.
  const units = plan.units
    .filter((u) => u.foundedOn <= to && u.dissolvedOn === null)
    .map((u) => ({ id: u.versionId, unit_id: u.id, name: u.name, kind: u.kind, path: u.path, founded_on: u.foundedOn }));
  const members = plan.members
    .filter((m) => m.admittedOn <= to && !GONE.has(m.status))
    .map((m) => ({ id: m.id, full_name: m.fullName, admitted_on: m.admittedOn, status: m.status, unit_id: m.unitId }));
  const planned = planSubjects({
    root: units[0]!,
    units,
    members,
    exemptions: [],
    secretaries: [],
    kinds: ['member', 'party_cell', 'grassroots_org'],
    grouping: 'grassroots_org',
    period: { from, to },
  });
  return planned.map((s, i) => ({ ...s, id: startId + i }));
}

/** Demotes excellent levels beyond ⌊0.2 × good⌋ in each quota group, so the demo respects the quota. */
function withinQuota(rows: Row[], levels: Map<number, Level>) {
  const groups = new Map<string, Row[]>();
  for (const r of rows) if (levels.has(r.id)) (groups.get(r.quota_group) ?? groups.set(r.quota_group, []).get(r.quota_group)!).push(r);
  for (const [id, list] of groups) {
    const [check] = checkQuota([{ groupId: id, levels: list.map((r) => levels.get(r.id)!) }]);
    let move = check!.mustMove;
    for (const r of list)
      if (move > 0 && levels.get(r.id) === 'excellent') {
        levels.set(r.id, 'good');
        move -= 1;
      }
  }
}

const points = (rng: Rng, level: Level) =>
  ({
    excellent: [28, 64],
    good: [24, 54],
    completed: [18, 38],
    not_completed: [12, 30],
  })[level].map((base, i) => Math.min(i === 0 ? 30 : 70, base + rng.int(0, 4) + rng.int(0, 3) * 0.25));

function entries(rng: Rng, level: Level) {
  const [general, task] = points(rng, level);
  const total = rng.int(3, 8);
  const exceeded = level === 'excellent' ? Math.ceil(total * 0.4) : 0;
  const notDone = level === 'not_completed' ? 1 : 0;
  return {
    self: JSON.stringify({
      summary: 'Tự kiểm điểm theo Hướng dẫn 43-HD/BTCTW.',
      generalPoints: general,
      taskPoints: task,
      tasks: { total, onTime: total - exceeded - notDone, late: 0, exceeded, notDone, keyMissed: 0 },
    }),
    review: (present: number) =>
      JSON.stringify({ comments: 'Chi bộ thống nhất.', proposedLevel: level, votes: { present, for: present, against: 0, abstain: 0 } }),
  };
}

export async function seedAssessments(ctx: SeedContext): Promise<void> {
  const t0 = Date.now();
  const rng = createRng(ctx.seed).fork('assessments');
  const year = Number(ctx.plan.today.slice(0, 4));
  const cycles: CopyValue[][] = [];
  const rows: CopyValue[][] = [];
  const plans: CopyValue[][] = [];
  const items: CopyValue[][] = [];
  const deadlines = (y: number) =>
    JSON.stringify({ self_assessment: `${y}-12-05`, collective_review: `${y}-12-12`, verification: `${y}-12-19`, decision: `${y}-12-26` });
  const root = ctx.plan.picks.root;
  const settings = JSON.stringify({ quotaRounding: 'floor' });
  for (const [id, y, title] of [
    [1, year - 1, `Kiểm điểm, xếp loại chất lượng năm ${year - 1}`],
    [2, year, `Kiểm điểm, xếp loại chất lượng năm ${year}`],
  ] as const) {
    cycles.push([
      id,
      title,
      'annual',
      `${y}-01-01`,
      `${y}-12-31`,
      'reg366-2025',
      root.id,
      root.path,
      '{member,party_cell,grassroots_org}',
      deadlines(y),
      settings,
    ]);
  }

  const last = subjectsFor(ctx, `${year - 1}-01-01`, `${year - 1}-12-31`, 1);
  const lastLevels = new Map<number, Level>();
  for (const s of last) if (!s.not_rated_reason) lastLevels.set(s.id, rng.weighted(LAST_LEVELS));
  withinQuota(last, lastLevels);
  const r1 = rng.fork('last');
  for (const s of last) {
    const level = lastLevels.get(s.id) ?? null;
    const e = level ? entries(r1, level) : null;
    const decision = level ? JSON.stringify({ level, decisionNo: `${r1.int(10, 99)}-QĐ/ĐU`, note: '', by: 'Ban Thường vụ' }) : null;
    rows.push([
      s.id,
      1,
      s.subject_kind,
      s.member_id,
      s.unit_id,
      s.unit_version_id,
      s.unit_path,
      s.decider_path,
      s.quota_group,
      s.display_name,
      s.not_rated_reason,
      level ? 'published' : 'self_assessment',
      e?.self ?? null,
      e?.review(r1.int(5, 30)) ?? null,
      level ? JSON.stringify({ proposedLevel: level, note: '' }) : null,
      decision,
      level,
    ]);
    if (level === 'not_completed') {
      const planId = plans.length + 1;
      const open = r1.chance(0.6);
      plans.push([planId, s.id, s.member_id, s.unit_id, s.unit_path, 'not_completed', open ? 'open' : 'closed']);
      for (let k = 0, n = r1.int(1, 3); k < n; k++) {
        const [shortcoming, action] = r1.pick(SHORTCOMINGS);
        items.push([
          items.length + 1,
          planId,
          shortcoming,
          action,
          s.member_id ? s.display_name : 'Chi ủy',
          `${year}-${String(r1.int(3, 12)).padStart(2, '0')}-28`,
          open ? r1.pick(['open', 'in_progress', 'done']) : 'done',
        ]);
      }
    }
  }

  const now = subjectsFor(ctx, `${year}-01-01`, `${year}-12-31`, last.length + 1);
  const r2 = rng.fork('current');
  const proposed = new Map<number, Level>();
  const stepOf = new Map<number, string>();
  for (const s of now) {
    if (s.not_rated_reason) continue;
    // Organizations wait for their members (the order rule), so they stay at the earlier steps.
    const step = s.subject_kind === 'member' ? r2.weighted(STEP_MIX) : r2.pick(['self_assessment', 'collective_review']);
    stepOf.set(s.id, step);
    if (step !== 'self_assessment' && step !== 'collective_review') proposed.set(s.id, r2.weighted(LAST_LEVELS));
  }
  withinQuota(now, proposed);
  for (const s of now) {
    const step = stepOf.get(s.id) ?? 'self_assessment';
    const level = proposed.get(s.id) ?? 'good';
    const e = entries(r2, level);
    const has = (after: string[]) => after.includes(step);
    rows.push([
      s.id,
      2,
      s.subject_kind,
      s.member_id,
      s.unit_id,
      s.unit_version_id,
      s.unit_path,
      s.decider_path,
      s.quota_group,
      s.display_name,
      s.not_rated_reason,
      step,
      has(['collective_review', 'verification', 'decision', 'decided']) ? e.self : null,
      has(['verification', 'decision', 'decided']) ? e.review(r2.int(5, 30)) : null,
      has(['decision', 'decided']) ? JSON.stringify({ proposedLevel: level, note: '' }) : null,
      step === 'decided' ? JSON.stringify({ level, decisionNo: `${r2.int(10, 99)}-QĐ/ĐU`, note: '', by: 'Ban Thường vụ' }) : null,
      step === 'decided' ? level : null,
    ]);
  }

  const { client } = ctx;
  const tCopy = Date.now();
  // Foreign keys and secondary indexes are rebuilt once after the load instead of row by row.
  await withDeferredChecks(client, ['assessment_subject', 'remediation_plan', 'remediation_item'], async () => {
    await copyRows(
      client,
      'review_cycle',
      [
        'id',
        'title',
        'kind',
        'period_from',
        'period_to',
        'rule_set',
        'root_unit_id',
        'root_path',
        'subject_kinds',
        'deadlines',
        'settings',
      ],
      cycles,
    );
    await copyRows(
      client,
      'assessment_subject',
      [
        'id',
        'cycle_id',
        'subject_kind',
        'member_id',
        'unit_id',
        'unit_version_id',
        'unit_path',
        'decider_path',
        'quota_group',
        'display_name',
        'not_rated_reason',
        'step',
        'self_assessment',
        'review',
        'verification',
        'decision',
        'level',
      ],
      rows,
    );
    await copyRows(client, 'remediation_plan', ['id', 'subject_id', 'member_id', 'unit_id', 'unit_path', 'reason', 'status'], plans);
    await copyRows(client, 'remediation_item', ['id', 'plan_id', 'shortcoming', 'action', 'owner', 'deadline', 'status'], items);
  });
  for (const t of ['review_cycle', 'assessment_subject', 'remediation_plan', 'remediation_item']) {
    await client.query(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), greatest((SELECT max(id) FROM ${t}), 1))`);
  }
  const tAnalyze = Date.now();
  await client.query('ANALYZE review_cycle, assessment_subject, remediation_plan, remediation_item');
  ctx.say(
    `assessments: 2 cycles, ${rows.length} subjects, ${plans.length} remediation plans in ${Date.now() - t0} ms (planned in ${tCopy - t0} ms, COPY ${tAnalyze - tCopy} ms)`,
  );
}
