// Demo data for the grassroots-work module group (see extensions.ts). Deterministic: no Math.random, no clock.
// Residential groups for every commune/ward (one per locality cell, plus groups without a cell: the Resolution 21
// gap), about 3 households per member (COPY), who is in charge of units and households (with planted gaps),
// visit logs, the Đào river bridge campaign (39 households) and a year of cadre rotations.
import type { SeedContext } from './context.js';
import { copyRows, type CopyValue } from '../db/copy.js';
import { FAMILY, GIVEN_FEMALE, GIVEN_MALE, MIDDLE_FEMALE, MIDDLE_MALE } from './names-data.js';
import { addYears, createRng, dayOf, isoOf, type Rng } from './rng.js';
import type { UnitRow } from './units.js';

const HOUSEHOLDS_PER_MEMBER = 3;
const ACTIVE = new Set(['official', 'probationary']);
const CATEGORIES = ['livelihood', 'land', 'environment', 'infrastructure', 'security_order', 'social_policy', 'other'];
const PROBLEMS = [
  'Hộ nghèo cần hỗ trợ sửa nhà',
  'Tranh chấp ranh giới đất giữa hai hộ',
  'Rác thải tồn đọng ven đường làng',
  'Đường ngõ xuống cấp, ngập khi mưa',
  'Thanh niên tụ tập gây mất trật tự',
  'Chậm chi trả trợ cấp người có công',
  'Kiến nghị lắp đèn chiếu sáng',
];
const STEPS = ['not_contacted', 'visited', 'persuading', 'agreed', 'compensation_received', 'site_handed_over'] as const;
/** The bridge's 39 households: how many stand at each status (the article: 9 problems solved through visits). */
const BRIDGE_MIX: [string, number][] = [
  ['site_handed_over', 9],
  ['compensation_received', 8],
  ['agreed', 7],
  ['persuading', 6],
  ['visited', 4],
  ['not_contacted', 2],
  ['blocked', 3],
];

function personName(rng: Rng): string {
  const male = rng.chance(0.6);
  return `${rng.weighted(FAMILY)} ${rng.weighted(male ? MIDDLE_MALE : MIDDLE_FEMALE)} ${rng.pick(male ? GIVEN_MALE : GIVEN_FEMALE)}`;
}

const groupName = (cell: string) => cell.replace(/^Chi bộ\s+/i, '').replace(/^./, (c) => c.toUpperCase());

export async function seedGrassrootsWork(ctx: SeedContext): Promise<void> {
  const { client, plan, say } = ctx;
  const rng = createRng(ctx.seed).fork('grassroots-work');
  const t0 = Date.now();
  const today = dayOf(plan.today);
  const children = new Map<number, UnitRow[]>();
  for (const u of plan.units) if (u.parentId && u.dissolvedOn === null) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const cellsUnder = (u: UnitRow): UnitRow[] => (children.get(u.id) ?? []).flatMap((c) => (c.kind === 'cell' ? [c] : cellsUnder(c)));
  const communes = plan.units.filter((u) => u.kind === 'grassroots_committee' && u.type === 'locality' && u.dissolvedOn === null);
  const localMembers = communes.reduce((s, c) => s + (c.memberEnd - c.memberStart), 0);
  const scale = (plan.members.length * HOUSEHOLDS_PER_MEMBER) / Math.max(1, localMembers);

  const groups: CopyValue[][] = [];
  const homes: CopyValue[][] = [];
  const homeAssign: CopyValue[][] = [];
  const groupsOf = new Map<number, { id: number; homes: number[] }[]>();
  let overLimitPlanted = 0;
  for (const [ci, commune] of communes.entries()) {
    const kind = commune.locality.kind === 'commune' ? 'village' : 'residential_group';
    const cells = cellsUnder(commune);
    const list: { id: number; homes: number[] }[] = [];
    const names = new Set<string>();
    const extra = Math.max(1, Math.round(cells.length * 0.15));
    const slots: (UnitRow | null)[] = [...cells, ...Array.from({ length: extra }, () => null)];
    const total = Math.round((commune.memberEnd - commune.memberStart) * scale);
    const per = Math.max(1, Math.floor(total / slots.length));
    for (const [si, cell] of slots.entries()) {
      let name = cell ? groupName(cell.name) : `${kind === 'village' ? 'Thôn' : 'Tổ dân phố'} ${si + 1}`;
      while (names.has(name)) name = `${name} (${si + 1})`;
      names.add(name);
      const gid = groups.length + 1;
      groups.push([gid, commune.id, name, kind, cell ? cell.id : null]);
      const ids: number[] = [];
      for (let h = 0; h < per; h++) {
        const id = homes.length + 1;
        homes.push([
          id,
          gid,
          `Số ${h + 1}, ${name}, ${commune.locality.address}`,
          personName(rng),
          rng.int(1, 7),
          rng.chance(0.7) ? `09${String(rng.int(0, 99_999_999)).padStart(8, '0')}` : '',
        ]);
        ids.push(id);
      }
      list.push({ id: gid, homes: ids });
      // Households of a cell's group are in the charge of that cell's active members; ~5% left without anyone.
      const carers = cell ? plan.members.slice(cell.memberStart, cell.memberEnd).filter((m) => ACTIVE.has(m.status)) : [];
      if (carers.length === 0) continue;
      const few = ci % 40 === 0 && si === 0 ? carers.slice(0, 2) : carers; // planted: members over the limit
      if (few.length < carers.length) overLimitPlanted += few.length;
      ids.forEach((hid, i) => {
        if (!rng.chance(0.05)) homeAssign.push([hid, few[i % few.length]!.id, isoOf(today - rng.int(60, 900)), 'f']);
      });
    }
    groupsOf.set(commune.id, list);
  }
  const tCopy = Date.now();
  await copyRows(client, 'residential_group', ['id', 'unit_id', 'name', 'kind', 'cell_id'], groups);
  const tIndexes = await withoutIndexes(client, ['household', 'household_assignment'], async () => {
    await copyRows(client, 'household', ['id', 'residential_group_id', 'address', 'head_name', 'people', 'phone'], homes);
    await copyRows(client, 'household_assignment', ['household_id', 'member_id', 'valid_from', 'outside_area'], homeAssign);
  });
  say(
    `grassroots work: ${groups.length} residential groups, ${homes.length} households, ${homeAssign.length} household assignments (${overLimitPlanted} members over the limit planted) in ${Date.now() - t0} ms (planned in ${tCopy - t0} ms, indexes rebuilt in ${tIndexes} ms)`,
  );

  // A committee member of the unit above in charge of each unit; about 7% of units left without (the gaps to find).
  const t1 = Date.now();
  const seatsOf = new Map<number, { memberId: number; from: string }[]>();
  const termUnit = new Map(plan.terms.map((t) => [t.id, t.unitId]));
  for (const s of plan.seats) {
    const unitId = termUnit.get(s.termId)!;
    seatsOf.set(unitId, [...(seatsOf.get(unitId) ?? []), { memberId: s.memberId, from: s.fromDate }]);
  }
  const unitAssign: CopyValue[][] = [];
  for (const u of plan.units) {
    if (!u.parentId || u.dissolvedOn !== null || rng.chance(0.07)) continue;
    const seats = seatsOf.get(u.parentId) ?? [];
    if (seats.length === 0) continue;
    const s = seats[unitAssign.length % seats.length]!;
    // Under its present parent since its current version began (a unit the 2025 reorganization moved: 1 July 2025).
    const from = s.from > u.sinceOn ? s.from : u.sinceOn;
    if (dayOf(from) <= today) unitAssign.push([u.id, s.memberId, from, '']);
  }
  await copyRows(client, 'unit_assignment', ['unit_id', 'member_id', 'valid_from', 'note'], unitAssign);

  // Visits: about two cells in five visited in the last three months, some finding problems, some solved later.
  const visits: CopyValue[][] = [];
  const problems: CopyValue[][] = [];
  const updates: CopyValue[][] = [];
  const visitHomes: CopyValue[][] = [];
  const assignedTo = new Map(unitAssign.map((a) => [a[0] as number, a[1] as number]));
  for (const commune of communes) {
    for (const g of groupsOf.get(commune.id) ?? []) {
      const cellId = groups[g.id - 1]![4] as number | null;
      if (!cellId || !assignedTo.has(cellId) || !rng.chance(0.4)) continue;
      const vid = visits.length + 1;
      const day = today - rng.int(5, 90);
      const escalate = rng.chance(0.2);
      visits.push([
        vid,
        cellId,
        isoOf(day),
        assignedTo.get(cellId)!,
        'visit',
        'Thăm chi bộ, nắm tình hình các hộ',
        escalate ? 'Báo cáo Đảng ủy xã kiến nghị của nhân dân' : '',
        escalate ? commune.id : null,
      ]);
      const home = g.homes[rng.int(0, g.homes.length - 1)];
      if (home) visitHomes.push([vid, home]);
      if (!rng.chance(0.6)) continue;
      const pid = problems.length + 1;
      const p = rng.int(0, PROBLEMS.length - 1);
      const solved = rng.chance(0.45) ? isoOf(Math.min(today, day + rng.int(3, 40))) : null;
      const status = solved ? 'solved' : rng.chance(0.4) ? 'in_progress' : 'open';
      problems.push([
        pid,
        vid,
        cellId,
        home ?? null,
        CATEGORIES[p % CATEGORIES.length]!,
        PROBLEMS[p]!,
        status,
        solved ? 'Đã phối hợp chính quyền xử lý xong' : status === 'in_progress' ? 'Đang phối hợp với UBND xã' : '',
        isoOf(day),
        solved,
      ]);
      updates.push([pid, vid, 'open', '', isoOf(day)]);
      if (status !== 'open') updates.push([pid, null, status, problems[pid - 1]![7] as string, solved ?? isoOf(Math.min(today, day + 2))]);
    }
  }
  await copyRows(
    client,
    'visit',
    ['id', 'unit_id', 'visited_on', 'visitor_member_id', 'kind', 'summary', 'escalation', 'escalated_to_unit_id'],
    visits,
  );
  await copyRows(client, 'visit_household', ['visit_id', 'household_id'], visitHomes);
  await copyRows(
    client,
    'visit_problem',
    ['id', 'visit_id', 'unit_id', 'household_id', 'category', 'description', 'status', 'follow_up', 'opened_on', 'solved_on'],
    problems,
  );
  await copyRows(client, 'visit_problem_update', ['problem_id', 'visit_id', 'status', 'follow_up', 'on_date'], updates);
  say(
    `grassroots work: ${unitAssign.length} unit assignments, ${visits.length} visits, ${problems.length} problems in ${Date.now() - t1} ms`,
  );

  await seedBridgeCampaign(ctx, rng.fork('bridge'), groupsOf.get(plan.picks.office.id) ?? [], cellsUnder(plan.picks.office));
  await seedRotations(ctx, rng.fork('rotations'), communes);
  await client.query(`ANALYZE residential_group, household, household_assignment, unit_assignment, visit, visit_household, visit_problem,
    campaign_household, campaign_status_change, cadre, cadre_position, cadre_rotation`);
  for (const table of [
    'residential_group',
    'household',
    'visit',
    'visit_problem',
    'working_group',
    'campaign',
    'campaign_household',
    'cadre',
  ]) {
    await client.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), greatest(1, (SELECT coalesce(max(id), 0) FROM ${table})))`);
  }
}

/**
 * Bulk load without the secondary indexes, exclusion and foreign-key constraints of `tables` (per-row GiST upkeep and FK checks dominate a
 * large COPY), then rebuilds them exactly as migrated. Returns the rebuild time in ms.
 */
async function withoutIndexes(client: SeedContext['client'], tables: string[], load: () => Promise<void>): Promise<number> {
  const cons = (
    await client.query(
      `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
    FROM pg_constraint WHERE conrelid = ANY($1::regclass[]) AND contype IN ('x', 'f')`,
      [tables],
    )
  ).rows as { tbl: string; conname: string; def: string }[];
  const idx = (
    await client.query(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
    WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
      [tables],
    )
  ).rows as { name: string; def: string }[];
  for (const c of cons) await client.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT ${c.conname}`);
  for (const i of idx) await client.query(`DROP INDEX ${i.name}`);
  await load();
  const t = Date.now();
  for (const i of idx) await client.query(i.def);
  for (const c of cons) await client.query(`ALTER TABLE ${c.tbl} ADD CONSTRAINT ${c.conname} ${c.def}`);
  return Date.now() - t;
}

/** The Đào river bridge site clearance in the demo office's commune: 39 households, a working group, mixed statuses. */
async function seedBridgeCampaign(ctx: SeedContext, rng: Rng, groups: { id: number; homes: number[] }[], cells: UnitRow[]) {
  const { client, plan } = ctx;
  const office = plan.picks.office;
  const homes = groups.flatMap((g) => g.homes).slice(0, 39);
  // The group has its own members: not the demo member, who would otherwise read the reviews of the units it
  // watches (the demo promises that account its own record only), nor the demo secretary.
  const demo = new Set([plan.picks.member.id, plan.picks.secretary.id]);
  const people = cells.flatMap((c) => plan.members.slice(c.memberStart, c.memberEnd)).filter((m) => ACTIVE.has(m.status));
  const groupMembers = people.filter((m) => !demo.has(m.id));
  if (homes.length < 39 || groupMembers.length < 5) return;
  const start = dayOf(plan.today) - 120;
  await copyRows(
    client,
    'working_group',
    ['id', 'unit_id', 'name', 'purpose', 'valid_from'],
    [[1, office.id, 'Tổ công tác GPMB cầu sông Đào', 'Vận động các hộ nhận bồi thường, bàn giao mặt bằng xây dựng cầu', isoOf(start)]],
  );
  await copyRows(
    client,
    'working_group_member',
    ['working_group_id', 'member_id', 'role'],
    groupMembers.slice(0, 5).map((m, i) => [1, m.id, i === 0 ? 'leader' : i === 1 ? 'deputy' : 'member']),
  );
  await copyRows(
    client,
    'working_group_unit',
    ['working_group_id', 'unit_id'],
    cells.slice(0, 2).map((c) => [1, c.id]),
  );
  await copyRows(
    client,
    'working_group_activity',
    ['working_group_id', 'held_on', 'summary'],
    [
      [1, isoOf(start + 7), 'Họp dân công khai phương án bồi thường'],
      [1, isoOf(start + 40), 'Đối thoại với các hộ còn vướng mắc'],
    ],
  );
  await copyRows(
    client,
    'campaign',
    ['id', 'unit_id', 'name', 'goal', 'place', 'starts_on', 'deadline'],
    [
      [
        1,
        office.id,
        'Giải phóng mặt bằng xây dựng cầu qua sông Đào',
        'Vận động 39 hộ nhận bồi thường, hỗ trợ và bàn giao mặt bằng đúng tiến độ',
        `Bờ sông Đào, ${office.locality.address}`,
        isoOf(start),
        isoOf(start + 180),
      ],
    ],
  );
  const households: CopyValue[][] = [];
  const carers: CopyValue[][] = [];
  const history: CopyValue[][] = [];
  const statuses = BRIDGE_MIX.flatMap(([s, n]) => Array.from({ length: n }, () => s));
  homes.forEach((hid, i) => {
    const id = i + 1;
    const status = statuses[i]!;
    households.push([id, 1, hid, status, status === 'blocked' ? 'Chưa thống nhất đơn giá bồi thường đất vườn' : '', 1]);
    carers.push([id, people[i % people.length]!.id]);
    const last = status === 'blocked' ? rng.int(1, 3) : (STEPS as readonly string[]).indexOf(status);
    let day = start;
    for (let s = 0; s <= last; s++) {
      history.push([1, id, s === 0 ? null : STEPS[s - 1]!, STEPS[s]!, isoOf(day)]);
      day += rng.int(3, 18);
    }
    if (status === 'blocked') history.push([1, id, STEPS[last]!, 'blocked', isoOf(day)]);
  });
  await copyRows(
    client,
    'campaign_household',
    ['id', 'campaign_id', 'household_id', 'status', 'blocked_reason', 'working_group_id'],
    households,
  );
  await copyRows(client, 'campaign_household_member', ['campaign_household_id', 'member_id'], carers);
  await copyRows(
    client,
    'campaign_status_change',
    ['campaign_id', 'campaign_household_id', 'from_status', 'to_status', 'changed_on'],
    history,
  );
}

/** A year of rotations: in the first district 10 department → commune and 7 commune → commune, as in the article; others fewer. */
async function seedRotations(ctx: SeedContext, rng: Rng, communes: UnitRow[]) {
  const { client, plan, say } = ctx;
  const today = dayOf(plan.today);
  const cadres: CopyValue[][] = [];
  const positions: CopyValue[][] = [];
  const rotations: CopyValue[][] = [];
  const used = new Set<number>();
  // The committee directly above communes decides: a district committee before 2025, the province after.
  const subs = plan.units.filter((u) => u.dissolvedOn === null && communes.some((c) => c.parentId === u.id));
  for (const [si, sub] of subs.entries()) {
    const local = communes.filter((c) => c.parentId === sub.id);
    if (local.length < 2) continue;
    const [toCommune, acrossCommunes] = si === 0 ? [10, 7] : [rng.int(1, 4), rng.int(0, 3)];
    const pool = plan.members.slice(sub.memberStart, sub.memberEnd).filter((m) => ACTIVE.has(m.status) && !used.has(m.id));
    for (let i = 0; i < toCommune + acrossCommunes && i < pool.length; i++) {
      const m = pool[rng.int(0, pool.length - 1)]!;
      if (used.has(m.id)) continue;
      used.add(m.id);
      const cid = cadres.length + 1;
      const deptToCommune = i < toCommune;
      const from = deptToCommune ? sub : local[i % local.length]!;
      const to = local[(i + 1) % local.length]!;
      const since = isoOf(addYears(today, -rng.int(2, 6)));
      const on = today - rng.int(10, 360);
      const fromPost = deptToCommune
        ? rng.pick(['Phó Trưởng Ban Tổ chức', 'Phó Chánh Văn phòng', 'Trưởng phòng Nội vụ', 'Phó Trưởng Ban Tuyên giáo'])
        : 'Phó Bí thư Đảng ủy';
      const toPost = deptToCommune ? 'Bí thư Đảng ủy' : rng.pick(['Phó Bí thư Đảng ủy', 'Bí thư Đảng ủy']);
      cadres.push([cid, m.id]);
      positions.push([cid, fromPost, from.id, since, isoOf(on)], [cid, toPost, to.id, isoOf(on), null]);
      rotations.push([
        cid,
        sub.id,
        deptToCommune ? 'department_to_commune' : 'commune_to_commune',
        from.id,
        fromPost,
        to.id,
        toPost,
        `${100 + cid}-QĐ/${sub.parentId === null ? 'TU' : sub.code.split('.').pop()}`,
        isoOf(on),
        isoOf(addYears(on, 1) - rng.int(0, 60)),
      ]);
    }
  }
  await copyRows(client, 'cadre', ['id', 'member_id'], cadres);
  await copyRows(client, 'cadre_position', ['cadre_id', 'post', 'unit_id', 'from_date', 'to_date'], positions);
  await copyRows(
    client,
    'cadre_rotation',
    [
      'cadre_id',
      'decided_by_unit_id',
      'kind',
      'from_unit_id',
      'from_post',
      'to_unit_id',
      'to_post',
      'decision_no',
      'effective_on',
      'next_review_on',
    ],
    rotations,
  );
  say(`grassroots work: ${rotations.length} cadre rotations`);
}
