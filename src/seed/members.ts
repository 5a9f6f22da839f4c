// Party members: realistic Vietnamese names, dates, statuses and registry numbers, laid out cell by
// cell in depth-first unit order (so every subtree's members are one contiguous slice).
import { normalizeFullName, searchName, sortKey } from '../domain/names/index.js';
import type { MemberStatus } from '../db/schema.js';
import {
  EDUCATION,
  EDUCATION_OLD,
  EDUCATION_PROFESSIONAL,
  ETHNICITY,
  FAMILY,
  GIVEN_FEMALE,
  GIVEN_MALE,
  MIDDLE_FEMALE,
  MIDDLE_MALE,
  OCCUPATION,
  OTHER_HOMETOWNS,
  POSITION,
  THEORY_LEVEL,
} from './names-data.js';
import { ALL_LOCALITIES } from './places-data.js';
import { addYears, apportion, dayBetween, isoOf, table, ymd, yearOf, type Rng } from './rng.js';
import { holdsMembers, type UnitRow } from './units.js';
import { AppError } from '../shared/errors.js';

export interface MemberRow {
  id: number;
  fullName: string;
  searchName: string;
  sortKey: string;
  gender: 'male' | 'female';
  birthDate: string;
  ethnicity: string;
  hometown: string;
  residence: string;
  citizenId: string;
  partyCardNo: string | null;
  admittedOn: string;
  officialOn: string | null;
  education: string;
  theoryLevel: string;
  occupation: string;
  position: string;
  phone: string;
  status: MemberStatus;
  /** When the status last changed away from official (null for probationary and official). */
  statusChangedOn: string | null;
  unitId: number;
}

const STATUS = table<MemberStatus>([
  ['probationary', 5],
  ['official', 88],
  ['exempted', 4],
  ['temporarily_exempted', 1],
  ['suspended', 0.3],
  ['deceased', 0.8],
  ['transferred_out', 0.5],
  ['removed', 0.4],
]);
/** How far back a status change may lie, in days. */
const CHANGED_WITHIN: Partial<Record<MemberStatus, number>> = {
  exempted: 3650,
  temporarily_exempted: 330,
  suspended: 700,
  deceased: 1800,
  transferred_out: 1000,
  removed: 1800,
};
const OLD_AGE_ONLY = new Set(['Hưu trí', 'Cựu chiến binh']);
const PROFESSIONAL = new Set(['school', 'hospital', 'agency']);
const MIN_BIRTH = ymd(1940, 1, 1);
const MAX_BIRTH = ymd(2006, 12, 31);

/** Spreads the members over the cells: 10–60 each before scaling, at least 3. */
function cellSizes(holders: readonly UnitRow[], total: number, rng: Rng): number[] {
  if (total < holders.length * 3) throw new AppError('seed_too_few_members', 400, { given: total, min: holders.length * 3 });
  return apportion(
    total,
    holders.map(() => 10 + 50 * rng.next() ** 2.5),
    3,
  );
}

function memberName(rng: Rng, male: boolean, cache: Map<string, [string, string, string]>): [string, string, string] {
  const raw = `${rng.weighted(FAMILY)} ${rng.weighted(male ? MIDDLE_MALE : MIDDLE_FEMALE)} ${rng.pick(male ? GIVEN_MALE : GIVEN_FEMALE)}`;
  let hit = cache.get(raw);
  if (!hit) {
    const full = normalizeFullName(raw);
    hit = [full, searchName(full), sortKey(full)];
    cache.set(raw, hit);
  }
  return hit;
}

function uniqueDigits(rng: Rng, seen: Set<string>, prefix: string, digits: number): string {
  for (;;) {
    let s = prefix;
    for (let i = 0; i < digits; i++) s += String(Math.floor(rng.next() * 10));
    if (!seen.has(s)) {
      seen.add(s);
      return s;
    }
  }
}

export function planMembers(units: UnitRow[], total: number, rng: Rng, today: number): MemberRow[] {
  const holders = units.filter((u) => holdsMembers(u.kind));
  const sizes = cellSizes(holders, total, rng);
  const members: MemberRow[] = [];
  const names = new Map<string, [string, string, string]>();
  const citizenIds = new Set<string>();
  const cards = new Set<string>();
  const lastOfficialAdmission = today - 366;

  holders.forEach((unit, hi) => {
    const size = sizes[hi]!;
    const statuses = Array.from({ length: size }, () => rng.weighted(STATUS));
    // Every cell needs two official members: a secretary and a deputy.
    for (let need = 2 - statuses.filter((s) => s === 'official').length, i = 0; need > 0 && i < size; i++) {
      if (statuses[i] !== 'official') {
        statuses[i] = 'official';
        need--;
      }
    }
    unit.memberStart = members.length;
    const workplace = unit.type !== 'locality';
    for (const status of statuses) {
      const male = rng.chance(0.55);
      const [fullName, search, sort] = memberName(rng, male, names);
      let admitted: number;
      let birth: number;
      if (status === 'probationary') {
        admitted = today - rng.int(1, 364);
        const age = 18 + Math.floor(27 * rng.next() ** 2);
        birth = addYears(admitted, -age) - rng.int(0, 364);
        birth = Math.max(MIN_BIRTH, addYears(admitted, -60) + 1, Math.min(birth, MAX_BIRTH, addYears(admitted, -18)));
      } else {
        const oldest = workplace ? addYears(today, -60) : MIN_BIRTH;
        const youngest = Math.min(MAX_BIRTH, addYears(today, workplace ? -21 : -20));
        if (!workplace && (status === 'exempted' || status === 'deceased')) birth = dayBetween(rng, MIN_BIRTH, ymd(1958, 12, 31));
        else birth = Math.round(oldest + (youngest - oldest) * ((rng.next() + rng.next()) / 2));
        const age = 18 + Math.floor(42 * rng.next() ** 2.2);
        const latest = Math.min(lastOfficialAdmission, addYears(birth, 60));
        const earliest = addYears(birth, 18) + 1;
        const wanted = addYears(birth, age) + rng.int(0, 364);
        // Someone too young for the drawn age was admitted some time in their possible years, not all on the
        // last possible day (which piled a fifth of the province into one year's admissions).
        admitted = wanted <= latest ? Math.max(earliest, wanted) : dayBetween(rng, earliest, Math.max(earliest, latest));
      }
      const official = status === 'probationary' ? null : addYears(admitted, 1);
      const within = CHANGED_WITHIN[status];
      const changed = within === undefined || official === null ? null : dayBetween(rng, Math.max(official + 1, today - within), today);
      const ageToday = yearOf(today) - yearOf(birth);
      const born = yearOf(birth);
      const educationTable = born < 1960 ? EDUCATION_OLD : PROFESSIONAL.has(unit.type) ? EDUCATION_PROFESSIONAL : EDUCATION;
      let occupation = !workplace && ageToday >= 60 && rng.chance(0.7) ? 'Hưu trí' : rng.weighted(OCCUPATION[unit.type]!);
      for (let i = 0; i < 5 && ageToday < 55 && OLD_AGE_ONLY.has(occupation); i++) occupation = rng.weighted(OCCUPATION[unit.type]!);
      if (ageToday < 55 && OLD_AGE_ONLY.has(occupation)) occupation = 'Lao động tự do';
      const homeRoll = rng.next();
      const hometown =
        homeRoll < 0.7 ? unit.locality.address : homeRoll < 0.95 ? rng.pick(ALL_LOCALITIES).address : rng.pick(OTHER_HOMETOWNS);
      const residence = !workplace || rng.chance(0.5) ? unit.locality.address : rng.pick(ALL_LOCALITIES).address;
      const centuryGender = (born >= 2000 ? 2 : 0) + (male ? 0 : 1);
      const cardless = status === 'probationary' ? rng.chance(0.5) : rng.chance(0.005);
      members.push({
        id: members.length + 1,
        fullName,
        searchName: search,
        sortKey: sort,
        gender: male ? 'male' : 'female',
        birthDate: isoOf(birth),
        ethnicity: rng.weighted(ETHNICITY),
        hometown,
        residence,
        citizenId: uniqueDigits(rng, citizenIds, `036${centuryGender}${String(born % 100).padStart(2, '0')}`, 6),
        partyCardNo: cardless ? null : uniqueDigits(rng, cards, String(rng.int(1, 9)), 7),
        admittedOn: isoOf(admitted),
        officialOn: official === null ? null : isoOf(official),
        education: rng.weighted(educationTable),
        theoryLevel: rng.weighted(THEORY_LEVEL),
        occupation,
        position: rng.chance(0.06) ? rng.pick(POSITION[unit.type]!) : '',
        phone: rng.chance(0.8) ? `09${String(rng.int(0, 99_999_999)).padStart(8, '0')}` : '',
        status,
        statusChangedOn: changed === null ? null : isoOf(changed),
        unitId: unit.id,
      });
    }
    unit.memberEnd = members.length;
  });
  return members;
}

/** The member_event rows of one member: admission, becoming official, a later status change. */
export function memberEvents(m: MemberRow): { occurredOn: string; kind: string; details: string }[] {
  const out = [{ occurredOn: m.admittedOn, kind: 'admitted', details: JSON.stringify({ unit_id: m.unitId }) }];
  if (m.officialOn !== null) out.push({ occurredOn: m.officialOn, kind: 'official', details: '{}' });
  if (m.statusChangedOn !== null) {
    out.push({ occurredOn: m.statusChangedOn, kind: 'status_changed', details: JSON.stringify({ from: 'official', status: m.status }) });
  }
  return out;
}
