// The pure part of the seed: every row of the demo province, computed in memory from the options.
import { planCommittees, type SeatRow, type TermRow } from './committees.js';
import { planMembers, type MemberRow } from './members.js';
import { createRng, dayOf } from './rng.js';
import { BASE, provinceShape, smallShape } from './shape.js';
import { buildUnits, spanSubtrees, type UnitRow } from './units.js';
import { applyReform, type Reform, type VersionRow } from './reform.js';
import { REFORM_DATE } from './reform-data.js';

export interface PlanOptions {
  profile: 'province' | 'small';
  members?: number;
  seed?: number;
  /** YYYY-MM-DD; default '2026-11-01'. */
  today?: string;
  /**
   * Whether the 2025 reorganization (reform.ts) is recorded on 1 July 2025: default for the province profile
   * when today is on or after that day; the small profile keeps the old tree unless asked.
   */
  reform?: boolean;
  /** A unit above the province (the Central level of a national tree): the province's root hangs under it. */
  under?: { id: number; path: string };
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
  /** The recorded 2025 reorganization, when the plan has one. */
  reform: Reform | null;
  /** Every version row of the units (one per unit without a reorganization). */
  versions: VersionRow[];
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
  const reformed = opts.reform ?? (opts.profile === 'province' && today >= REFORM_DATE);
  const reform = reformed ? applyReform(units, members) : null;
  const { terms, seats } = planCommittees(units, members, rng.fork('committees'), todayDay);
  const versions =
    reform?.versions ??
    units.map(
      (u): VersionRow => ({
        id: u.id,
        unitId: u.id,
        name: u.name,
        kind: u.kind,
        parentId: u.parentId,
        path: u.path,
        validFrom: u.foundedOn,
        validTo: null,
        restructuringId: null,
      }),
    );
  if (opts.under) placeUnder(opts.under, units, versions);
  const picks = pickDemo(units, members, seats, reform);
  return { units, members, terms, seats, picks, today, reform, versions };
}

/** Hangs the province's tree (units and every version) under a unit above it: paths gain its label. */
function placeUnder(parent: { id: number; path: string }, units: UnitRow[], versions: VersionRow[]) {
  for (const row of [...units, ...versions]) {
    row.path = `${parent.path}.${row.path}`;
    if (row.parentId === null) row.parentId = parent.id;
  }
}

/** The units the demo logins sit on before any reorganization: the first two subordinate committees' ones. */
function oldPicks(units: readonly UnitRow[]) {
  const subs = units.filter((u) => u.kind === 'subordinate_committee');
  const [firstSub, secondSub] = [subs[0], subs[1]];
  if (!firstSub || !secondSub) throw new Error('the demo tree needs two subordinate committees');
  const office = units.find((u) => u.parentId === firstSub.id && u.kind === 'grassroots_committee');
  if (!office) throw new Error('the first subordinate committee has no grassroots committee');
  return { office, observed: secondSub };
}

/**
 * The demo logins' units as they stand today: after a reorganization, the new commune that took over the first
 * district's first commune (its office), and the one that took over the second district's first commune (watched).
 */
function pickDemo(units: readonly UnitRow[], members: readonly MemberRow[], seats: readonly SeatRow[], reform: Reform | null): DemoPicks {
  const root = units[0]!;
  let picked: { office: UnitRow; observed: UnitRow };
  if (reform) {
    const byId = new Map(units.map((u) => [u.id, u]));
    const firstParent = new Map(reform.versions.filter((v) => v.id === v.unitId).map((v) => [v.unitId, v.parentId]));
    const subs = units.filter((u) => firstParent.get(u.id) === root.id && u.dissolvedOn !== null && u.kind === 'subordinate_committee');
    const heirOfFirst = (sub: UnitRow | undefined) => {
      const first = units.find((u) => sub && firstParent.get(u.id) === sub.id && u.type === 'locality' && reform.successor.has(u.id));
      return first ? byId.get(reform.successor.get(first.id)!) : undefined;
    };
    const [office, observed] = [heirOfFirst(subs[0]), heirOfFirst(subs[1])];
    if (!office || !observed) throw new Error('the reorganized demo tree has no new commune for the demo logins');
    picked = { office, observed };
  } else picked = oldPicks(units);
  const { office, observed } = picked;
  const cell = units.find((u) => u.kind === 'cell' && u.dissolvedOn === null && u.path.startsWith(`${office.path}.`))!;
  const cellSeats = seats.filter((s) => s.termId === cell.id);
  const secretarySeat = cellSeats.find((s) => s.position === 'secretary')!;
  const seated = new Set(cellSeats.map((s) => s.memberId));
  const inCell = members.slice(cell.memberStart, cell.memberEnd);
  const member =
    inCell.find((m) => m.status === 'official' && !seated.has(m.id)) ??
    inCell.find((m) => m.status === 'official' && m.id !== secretarySeat.memberId)!;
  return { root, office, cell, secretary: members[secretarySeat.memberId - 1]!, member, observed };
}
