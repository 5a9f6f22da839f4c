// Demo data for the lifecycle module group (see extensions.ts). Deterministic: no Math.random, no clock.
// Adds each member's fee basis (lifecycle-fee-bases.ts), 12 months of cell meetings, attendance and fees, each
// paid at the amount the fee rule proposes from the basis in force (COPY: about 1.2 million rows each at province
// scale), candidates at every stage (the last one: files of this year's probationary members), probation checklists, transfers in progress (some overdue), and a few
// members who would be flagged (chronic absence, unpaid fees, educated without progress).
import type { MemberRow } from './members.js';
import type { UnitRow } from './units.js';
import { copyRows, type CopyValue } from '../db/copy.js';
import { createRng, type Rng } from './rng.js';
import { withDeferredChecks } from './bulk.js';
import type { SeedContext } from './context.js';
import { addDays, addMonths } from '../domain/calendar/dates.js';
import { APPLICATION_FORMS, PROBATION_FORMS, STAGES } from '../domain/recruitment/stages.js';
import { basisInForce, proposedFee } from '../domain/lifecycle/fees.js';
import { SETTING_DEFAULTS } from '../domain/lifecycle/settings.js';
import { planFeeBases, type SeedFeeBasis } from './lifecycle-fee-bases.js';

const SOURCES = ['students', 'cooperatives', 'private_enterprises', 'youth_union', 'residential_area', 'other'] as const;
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hải', 'Hương', 'Khánh', 'Linh', 'Minh', 'Ngọc', 'Phúc', 'Quân', 'Thảo', 'Trang', 'Tuấn'];

export async function seedLifecycle(ctx: SeedContext): Promise<void> {
  const rng = createRng(ctx.seed).fork('lifecycle');
  const { plan, client, say } = ctx;
  const cells = plan.units.filter((u) => (u.kind === 'cell' || u.kind === 'grassroots_cell') && u.dissolvedOn === null);
  const byCell = new Map<number, MemberRow[]>();
  for (const m of plan.members)
    if (m.status === 'official' || m.status === 'probationary') {
      const list = byCell.get(m.unitId) ?? [];
      list.push(m);
      byCell.set(m.unitId, list);
    }
  const months = Array.from({ length: 12 }, (_, i) => addMonths(`${plan.today.slice(0, 7)}-01`, i - 12));

  let t = Date.now();
  let counts = { meetings: 0, attendance: 0, fees: 0 };
  let basisRows = 0;
  const bases = planFeeBases(plan.members, months, plan.today, rng.fork('feeBases'));
  // Foreign keys and plain indexes are checked and built once after the copy (see bulk.ts).
  await withDeferredChecks(client, ['member_fee_basis', 'cell_meeting', 'meeting_attendance', 'party_fee'], async () => {
    basisRows = await copyRows(
      client,
      'member_fee_basis',
      ['member_id', 'kind', 'monthly_amount', 'valid_from', 'note'],
      [...bases].flatMap(([id, list]) => list.map((b) => [id, b.kind, b.monthlyAmount, b.validFrom, b.note])),
    );
    counts = await meetingsAndFees(ctx, rng.fork('meetings'), cells, byCell, months, bases);
  });
  say(
    `lifecycle: ${basisRows} fee bases, ${counts.meetings} meetings, ${counts.attendance} attendance rows, ${counts.fees} fee rows in ${Date.now() - t} ms`,
  );
  t = Date.now();
  const cand = await candidates(ctx, rng.fork('candidates'), cells, byCell);
  const moves = await transfers(ctx, rng.fork('transfers'), cells, byCell);
  const extra = await eventsAndFiles(ctx, rng.fork('events'));
  await client.query('ANALYZE member_fee_basis, cell_meeting, meeting_attendance, party_fee, candidate, party_transfer');
  say(`lifecycle: ${cand} candidates, ${moves} transfers, ${extra} education events and probation files in ${Date.now() - t} ms`);
}

async function meetingsAndFees(
  ctx: SeedContext,
  rng: Rng,
  cells: UnitRow[],
  byCell: Map<number, MemberRow[]>,
  months: string[],
  bases: Map<number, SeedFeeBasis[]>,
) {
  // About 1 in 70 members skips meetings; about 1 in 90 stops paying for a while: they are the ones flagged.
  const absentee = new Set<number>();
  const nonPayer = new Map<number, number>();
  for (const list of byCell.values())
    for (const m of list) {
      if (rng.chance(1 / 70)) absentee.add(m.id);
      if (rng.chance(1 / 90)) nonPayer.set(m.id, rng.int(5, 11));
    }
  const meetings: CopyValue[][] = [];
  let id = 0;
  for (const cell of cells)
    if (byCell.has(cell.id))
      for (const month of months) {
        id += 1;
        meetings.push([
          id,
          cell.id,
          addDays(month, rng.int(2, 20)),
          'regular',
          `Sinh hoạt chi bộ tháng ${month.slice(5, 7)}/${month.slice(0, 4)}`,
        ]);
      }
  await copyRows(ctx.client, 'cell_meeting', ['id', 'unit_id', 'held_on', 'kind', 'topic'], meetings);
  await ctx.client.query(`SELECT setval(pg_get_serial_sequence('cell_meeting', 'id'), ${Math.max(id, 1)})`);

  let attendance = 0;
  function* attendanceRows(): Generator<CopyValue[]> {
    for (const [mid, unitId, heldOn] of meetings as [number, number, string][]) {
      for (const m of byCell.get(unitId)!) {
        if (m.admittedOn > heldOn) continue;
        const x = rng.next();
        const unexcused = absentee.has(m.id) ? x < 0.35 : x < 0.01;
        const excused = !unexcused && x < (absentee.has(m.id) ? 0.45 : 0.06);
        attendance += 1;
        yield [mid, m.id, unexcused ? 'absent_unexcused' : excused ? 'absent_excused' : 'present', excused ? 'Ốm' : ''];
      }
    }
  }
  await copyRows(ctx.client, 'meeting_attendance', ['meeting_id', 'member_id', 'presence', 'reason'], attendanceRows());

  let fees = 0;
  function* feeRows(): Generator<CopyValue[]> {
    for (const [unitId, list] of byCell)
      for (const m of list)
        for (const [i, month] of months.entries()) {
          if (m.admittedOn > addDays(addMonths(month, 1), -1)) continue;
          const stop = nonPayer.get(m.id);
          if ((stop !== undefined && i >= stop) || rng.chance(0.01)) continue;
          fees += 1;
          const amount = proposedFee(basisInForce(bases.get(m.id) ?? [], month), SETTING_DEFAULTS).amount;
          yield [m.id, month, unitId, amount, addDays(month, rng.int(0, 25))];
        }
  }
  await copyRows(ctx.client, 'party_fee', ['member_id', 'month', 'unit_id', 'amount', 'paid_on'], feeRows());
  return { meetings: meetings.length, attendance, fees };
}

async function candidates(ctx: SeedContext, rng: Rng, cells: UnitRow[], byCell: Map<number, MemberRow[]>) {
  const rows: CopyValue[][] = [];
  const intro: CopyValue[][] = [];
  const today = ctx.plan.today;
  let id = 0;
  for (const cell of cells) {
    const officials = (byCell.get(cell.id) ?? []).filter((m) => m.status === 'official');
    if (officials.length < 2 || !rng.chance(0.35)) continue;
    for (let k = rng.int(1, 2); k > 0; k--) {
      id += 1;
      const stageIdx = Math.min(STAGES.length - 2, Math.floor(rng.next() * (STAGES.length - 1)));
      const reached = (s: number) => stageIdx >= s;
      const helper = rng.pick(officials);
      const name = `${rng.pick(FAMILY)} ${rng.pick(['Văn', 'Thị', 'Minh', 'Thu', 'Đức'])} ${rng.pick(GIVEN)}`;
      const birth = `${rng.int(1986, 2006)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
      const forms = reached(3) ? `{${APPLICATION_FORMS.filter((_, i) => reached(4) || i < rng.int(3, 9)).join(',')}}` : '{}';
      rows.push([
        id,
        cell.id,
        name,
        rng.chance(0.5) ? 'male' : 'female',
        birth,
        `0373${String(id).padStart(8, '0')}`,
        'Kinh',
        cell.name,
        cell.name,
        '',
        rng.pick(['lower_secondary', 'upper_secondary', 'university', 'college']),
        rng.pick(SOURCES),
        STAGES[stageIdx]!,
        reached(1) ? addDays(today, -rng.int(30, 700)) : null,
        reached(2) ? helper.id : null,
        forms,
        reached(4) ? addDays(today, -rng.int(5, 40)) : null,
        reached(5) ? `${rng.int(1, 99)}-QĐ/ĐU` : null,
        reached(5) ? addDays(today, -rng.int(1, 20)) : null,
        null,
        null,
      ]);
      if (reached(2)) intro.push([id, helper.id, addDays(today, -rng.int(400, 2000))]);
    }
  }
  // The last stage: files of members admitted in the last year (the ceremony created their record).
  for (const m of ctx.plan.members) {
    if (m.status !== 'probationary' || !rng.chance(0.3)) continue;
    id += 1;
    rows.push([
      id,
      m.unitId,
      m.fullName,
      m.gender,
      m.birthDate,
      m.citizenId,
      m.ethnicity,
      m.hometown,
      m.residence,
      m.occupation,
      'upper_secondary',
      rng.pick(SOURCES),
      'ceremony',
      addDays(m.admittedOn, -rng.int(200, 600)),
      null,
      `{${APPLICATION_FORMS.join(',')}}`,
      addDays(m.admittedOn, -rng.int(30, 60)),
      `${rng.int(1, 99)}-QĐ/ĐU`,
      addDays(m.admittedOn, -rng.int(1, 20)),
      m.admittedOn,
      m.id,
    ]);
  }
  await copyRows(
    ctx.client,
    'candidate',
    [
      'id',
      'unit_id',
      'full_name',
      'gender',
      'birth_date',
      'citizen_id',
      'ethnicity',
      'hometown',
      'residence',
      'occupation',
      'education',
      'source',
      'stage',
      'course_certificate_on',
      'helper_member_id',
      'forms',
      'verified_on',
      'decision_no',
      'decision_on',
      'ceremony_on',
      'member_id',
    ],
    rows,
  );
  await copyRows(ctx.client, 'candidate_introducer', ['candidate_id', 'member_id', 'worked_since'], intro);
  await ctx.client.query(`SELECT setval(pg_get_serial_sequence('candidate', 'id'), ${Math.max(id, 1)})`);
  return rows.length;
}

async function transfers(ctx: SeedContext, rng: Rng, cells: UnitRow[], byCell: Map<number, MemberRow[]>) {
  const rows: CopyValue[][] = [];
  const used = new Set<number>();
  const today = ctx.plan.today;
  const withMembers = cells.filter((c) => (byCell.get(c.id)?.length ?? 0) > 3);
  const total = Math.max(4, Math.round(ctx.plan.members.length / 400));
  for (let id = 1; id <= total; id++) {
    const from = rng.pick(withMembers);
    const m = rng.pick(byCell.get(from.id)!);
    if (used.has(m.id)) continue;
    used.add(m.id);
    const out = rng.chance(0.1);
    const to = out ? null : rng.pick(withMembers.filter((c) => c.id !== from.id).slice(0, 200));
    const state = rng.pick(['recorded', 'issued', 'in_transit', 'in_transit'] as const);
    const moved = addDays(today, -rng.int(10, 150));
    const letter = state === 'recorded' ? null : addDays(moved, rng.int(1, 20)) > today ? today : addDays(moved, rng.int(1, 20));
    rows.push([
      m.id,
      rng.chance(0.85) ? 'official' : 'temporary',
      from.id,
      to?.id ?? null,
      out ? 't' : 'f',
      out ? 'Đảng ủy phường Bến Nghé, TP Hồ Chí Minh' : '',
      moved,
      letter ? `${rng.int(1, 300)}-GT/ĐU` : null,
      letter,
      state,
      state === 'in_transit' ? letter : null,
    ]);
  }
  await copyRows(
    ctx.client,
    'party_transfer',
    [
      'member_id',
      'kind',
      'from_unit_id',
      'to_unit_id',
      'out_of_province',
      'destination',
      'moved_on',
      'letter_no',
      'letter_date',
      'state',
      'handed_on',
    ],
    rows,
  );
  return rows.length;
}

async function eventsAndFiles(ctx: SeedContext, rng: Rng) {
  const events: CopyValue[][] = [];
  const files: CopyValue[][] = [];
  for (const m of ctx.plan.members) {
    if (m.status === 'official' && rng.chance(1 / 400)) {
      const on = addDays(ctx.plan.today, -rng.int(200, 600));
      events.push([m.id, on, 'educated', '{"note":"Chi bộ giáo dục, giúp đỡ"}']);
      if (rng.chance(0.5)) events.push([m.id, addDays(on, rng.int(60, 180)), 'education_progress', '{}']);
    }
    if (m.status === 'probationary' && rng.chance(0.6)) files.push([m.id, `{${PROBATION_FORMS.slice(0, rng.int(1, 6)).join(',')}}`]);
  }
  await copyRows(ctx.client, 'member_event', ['member_id', 'occurred_on', 'kind', 'details'], events);
  await copyRows(ctx.client, 'probation_file', ['member_id', 'forms'], files);
  return events.length + files.length;
}
