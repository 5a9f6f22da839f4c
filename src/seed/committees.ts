// A committee (cấp ủy) term for every unit, its seats filled with official members of the unit's
// subtree. Congresses run bottom-up: cells in spring, grassroots in early summer, the province in autumn.
import type { UnitKind } from '../db/schema.js';
import type { MemberRow } from './members.js';
import { dayOf, isoOf, ymd, type Rng } from './rng.js';
import type { UnitRow } from './units.js';

export type SeatPosition = 'secretary' | 'deputy_secretary' | 'standing_member' | 'member';
export interface TermRow {
  id: number;
  unitId: number;
  label: string;
  startsOn: string;
  endsOn: string | null;
}
export interface SeatRow {
  id: number;
  termId: number;
  memberId: number;
  position: SeatPosition;
  fromDate: string;
  toDate: string | null;
}

/** Seats per position: [secretary, deputies, standing members, members]; [lo, hi] draws a number. */
const SEATS: Readonly<Record<UnitKind, readonly (number | [number, number])[]>> = {
  cell: [1, 1, 0, 0],
  grassroots_cell: [1, 1, 0, 0],
  partial_committee: [1, 1, 0, 3],
  grassroots_committee: [1, 2, 3, 5],
  subordinate_committee: [1, [2, 3], [9, 11], [27, 33]],
  province_committee: [1, 3, [10, 12], [30, 34]],
  central: [1, 0, [16, 18], [175, 180]], // the Central Committee: General Secretary, Politburo, members
};
const POSITIONS: readonly SeatPosition[] = ['secretary', 'deputy_secretary', 'standing_member', 'member'];
/** Congress month windows by kind, [first month, last month]. */
const CONGRESS: Readonly<Record<UnitKind, [number, number]>> = {
  cell: [3, 4],
  grassroots_cell: [4, 5],
  partial_committee: [4, 5],
  grassroots_committee: [5, 6],
  subordinate_committee: [7, 8],
  province_committee: [10, 10],
  central: [1, 1], // the national congress, January
};

/** The five-year term under way on `today`: congresses are held in years ending in 0 and 5. */
function termStart(kind: UnitKind, today: number, rng: Rng): number {
  const [m0, m1] = CONGRESS[kind];
  const month = rng.int(m0, m1);
  const day = rng.int(1, 28);
  let year = Math.floor(new Date(today * 86_400_000).getUTCFullYear() / 5) * 5;
  if (ymd(year, month, day) > today) year -= 5;
  return ymd(year, month, day);
}

/**
 * Up to `count` distinct official members (official before `asOf`) from members[start..end):
 * random probes first, then a scan from a random point, so small units still fill their seats.
 */
function drawMembers(
  members: readonly MemberRow[],
  start: number,
  end: number,
  count: number,
  asOf: string,
  taken: Set<number>,
  rng: Rng,
): number[] {
  const ok = (m: MemberRow | undefined) =>
    m !== undefined && m.status === 'official' && m.officialOn !== null && m.officialOn <= asOf && !taken.has(m.id);
  const out: number[] = [];
  const size = end - start;
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    const m = members[start + Math.floor(rng.next() * size)];
    if (ok(m)) {
      taken.add(m!.id);
      out.push(m!.id);
    }
  }
  // Small cells: scan, then accept members who became official after the congress.
  const from = Math.floor(rng.next() * size);
  for (const strict of [true, false]) {
    for (let k = 0; out.length < count && k < size; k++) {
      const m = members[start + ((from + k) % size)];
      if (strict ? ok(m) : m?.status === 'official' && !taken.has(m.id)) {
        taken.add(m!.id);
        out.push(m!.id);
      }
    }
  }
  return out;
}

export function planCommittees(
  units: readonly UnitRow[],
  members: readonly MemberRow[],
  rng: Rng,
  today: number,
): { terms: TermRow[]; seats: SeatRow[] } {
  const terms: TermRow[] = [];
  const seats: SeatRow[] = [];
  for (const u of units) {
    // A unit the 2025 reorganization ended kept the term it had the day before, its committee serving until the
    // handover that day (it signs the handover minutes); a unit it created had its committee appointed the day it
    // was founded.
    const endsOn = u.dissolvedOn;
    const start = Math.max(termStart(u.kind, endsOn === null ? today : dayOf(endsOn) - 1, rng), dayOf(u.foundedOn));
    const year = new Date(start * 86_400_000).getUTCFullYear();
    const term: TermRow = { id: u.id, unitId: u.id, label: `Nhiệm kỳ ${year}–${year + 5}`, startsOn: isoOf(start), endsOn };
    terms.push(term);
    if (u.memberEnd <= u.memberStart) continue;
    const taken = new Set<number>();
    SEATS[u.kind].forEach((spec, pi) => {
      const n = typeof spec === 'number' ? spec : rng.int(spec[0], spec[1]);
      for (const memberId of drawMembers(members, u.memberStart, u.memberEnd, n, term.startsOn, taken, rng)) {
        const since = members[memberId - 1]!.officialOn!;
        const fromDate = since > term.startsOn ? since : term.startsOn;
        seats.push({ id: seats.length + 1, termId: term.id, memberId, position: POSITIONS[pi]!, fromDate, toDate: endsOn });
      }
    });
  }
  return { terms, seats };
}
