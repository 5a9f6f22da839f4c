// The pure part of the seed: every row of the demo province, computed in memory from the options.
import { planCommittees, type SeatRow, type TermRow } from './committees.js';
import { planMembers, type MemberRow } from './members.js';
import { createRng, dayOf } from './rng.js';
import { BASE, provinceShape, smallShape } from './shape.js';
import { buildUnits, spanSubtrees, type UnitRow } from './units.js';

export interface PlanOptions {
  profile: 'province' | 'small';
  members?: number;
  seed?: number;
  /** YYYY-MM-DD; default '2026-11-01'. */
  today?: string;
}

/** The units and members the demo users are attached to. */
export interface DemoPicks {
  root: UnitRow;
  office: UnitRow;
  cell: UnitRow;
  secretary: MemberRow;
  member: MemberRow;
  observed: UnitRow;
}

export interface Plan {
  units: UnitRow[];
  members: MemberRow[];
  terms: TermRow[];
  seats: SeatRow[];
  picks: DemoPicks;
  today: string;
}

export const DEFAULT_TODAY = '2026-11-01';
export const DEFAULT_SEED = 1930;
const SMALL_MEMBERS = 240;

export function planProvince(opts: PlanOptions): Plan {
  const today = opts.today ?? DEFAULT_TODAY;
  const todayDay = dayOf(today);
  const rng = createRng(opts.seed ?? DEFAULT_SEED);
  const total = opts.members ?? (opts.profile === 'small' ? SMALL_MEMBERS : BASE.members);
  if (!Number.isInteger(total) || total < 1) throw new Error(`members must be a positive integer, got ${total}`);
  const shape = opts.profile === 'small' ? smallShape() : provinceShape(total, rng.fork('shape'));
  const units = buildUnits(shape, rng.fork('units'), todayDay);
  const members = planMembers(units, total, rng.fork('members'), todayDay);
  spanSubtrees(units);
  const { terms, seats } = planCommittees(units, members, rng.fork('committees'), todayDay);
  return { units, members, terms, seats, picks: pickDemo(units, members, seats), today };
}

function pickDemo(units: readonly UnitRow[], members: readonly MemberRow[], seats: readonly SeatRow[]): DemoPicks {
  const root = units[0]!;
  const subs = units.filter((u) => u.kind === 'subordinate_committee');
  const [firstSub, secondSub] = [subs[0], subs[1]];
  if (!firstSub || !secondSub) throw new Error('the demo tree needs two subordinate committees');
  const office = units.find((u) => u.parentId === firstSub.id && u.kind === 'grassroots_committee');
  if (!office) throw new Error('the first subordinate committee has no grassroots committee');
  const cell = units.find((u) => u.kind === 'cell' && u.path.startsWith(`${office.path}.`))!;
  const cellSeats = seats.filter((s) => s.termId === cell.id);
  const secretarySeat = cellSeats.find((s) => s.position === 'secretary')!;
  const seated = new Set(cellSeats.map((s) => s.memberId));
  const inCell = members.slice(cell.memberStart, cell.memberEnd);
  const member = inCell.find((m) => m.status === 'official' && !seated.has(m.id))
    ?? inCell.find((m) => m.status === 'official' && m.id !== secretarySeat.memberId)!;
  return { root, office, cell, secretary: members[secretarySeat.memberId - 1]!, member, observed: secondSub };
}
