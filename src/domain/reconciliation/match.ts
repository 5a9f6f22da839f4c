// Reconciliation of an external list against the registry of a subtree (đối chiếu danh sách).
// Exact match by citizen ID, then by Party card number; then a fuzzy match on the name, the date of
// birth and the hometown with a score. Pure: the registry comes in as plain records.
import { searchName } from '../names/index.js';
import { dateLikeness, similarity, trigrams } from './similarity.js';

export const COMPARED_FIELDS = [
  'fullName',
  'gender',
  'birthDate',
  'ethnicity',
  'hometown',
  'residence',
  'citizenId',
  'partyCardNo',
  'admittedOn',
  'officialOn',
  'education',
  'theoryLevel',
  'occupation',
  'position',
  'phone',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export type PersonValues = Partial<Record<ComparedField, string | null>>;
export interface RegistryPerson extends PersonValues {
  id: number;
  fullName: string;
  birthDate: string;
  active: boolean;
}
export interface ListPerson extends PersonValues {
  row: number;
}

export interface Difference {
  field: ComparedField;
  list: string;
  registry: string | null;
  decision: 'accepted' | 'rejected' | null;
}
export interface MatchItem {
  kind: 'matched' | 'different' | 'only_in_list' | 'only_in_registry' | 'registry_duplicate';
  row: number | null;
  memberId: number | null;
  otherMemberId: number | null;
  method: 'citizen_id' | 'party_card' | 'fuzzy' | null;
  score: number | null;
  listName: string | null;
  differences: Difference[];
}

/** Weights and threshold of the fuzzy match; a name alone never suffices (see docs/rules/data-exchange.md). */
export const FUZZY = { name: 0.55, birth: 0.35, hometown: 0.1, threshold: 0.8, minName: 0.5, duplicateName: 0.8 };

const hasDiacritics = (s: string) => /[\u0300-\u036fđĐ]/.test(s.normalize('NFD'));

/** The fields where the list says something else than the registry. A name typed without diacritics is not a difference. */
export function differences(list: PersonValues, reg: PersonValues): Difference[] {
  const out: Difference[] = [];
  for (const f of COMPARED_FIELDS) {
    const l = list[f];
    if (l === undefined || l === null || l === '') continue;
    const r = reg[f] ?? null;
    if (f === 'fullName' && r && searchName(l) === searchName(r) && (!hasDiacritics(l) || l === r)) continue;
    if (l !== r) out.push({ field: f, list: l, registry: r, decision: null });
  }
  return out;
}

interface Indexed {
  p: RegistryPerson;
  name: string;
  grams: Set<string>;
  home: Set<string> | null;
}

function index(registry: RegistryPerson[]) {
  const byId = new Map<string, RegistryPerson>();
  const byCard = new Map<string, RegistryPerson>();
  const byBirth = new Map<string, Indexed[]>();
  const byName = new Map<string, Indexed[]>();
  for (const p of registry) {
    if (p.citizenId) byId.set(p.citizenId, p);
    if (p.partyCardNo) byCard.set(p.partyCardNo, p);
    const name = searchName(p.fullName);
    const x: Indexed = { p, name, grams: trigrams(name), home: null };
    (byBirth.get(p.birthDate) ?? byBirth.set(p.birthDate, []).get(p.birthDate)!).push(x);
    (byName.get(name) ?? byName.set(name, []).get(name)!).push(x);
  }
  return { byId, byCard, byBirth, byName };
}

function fuzzyScore(row: ListPerson, rowName: string, rowGrams: Set<string>, c: Indexed) {
  const name = rowName === c.name ? 1 : similarity(rowGrams, c.grams);
  if (name < FUZZY.minName) return 0;
  const birth = row.birthDate ? dateLikeness(row.birthDate, c.p.birthDate) : 0;
  let home = 0.5;
  if (row.hometown && c.p.hometown) {
    c.home ??= trigrams(searchName(c.p.hometown));
    home = similarity(trigrams(searchName(row.hometown)), c.home);
  }
  return FUZZY.name * name + FUZZY.birth * birth + FUZZY.hometown * home;
}

export function reconcile(list: ListPerson[], registry: RegistryPerson[]): MatchItem[] {
  const ix = index(registry);
  const matched = new Set<number>();
  const items: MatchItem[] = [];
  const item = (row: ListPerson, p: RegistryPerson | null, method: MatchItem['method'], score: number | null): MatchItem => {
    const diffs = p ? differences(row, p) : [];
    return {
      kind: !p ? 'only_in_list' : diffs.length ? 'different' : 'matched',
      row: row.row,
      memberId: p?.id ?? null,
      otherMemberId: null,
      method,
      score,
      listName: row.fullName ?? null,
      differences: diffs,
    };
  };
  const rest: ListPerson[] = [];
  for (const row of list) {
    const byId = row.citizenId ? ix.byId.get(row.citizenId) : undefined;
    const byCard = !byId && row.partyCardNo ? ix.byCard.get(row.partyCardNo) : undefined;
    const p = byId ?? byCard;
    if (p) {
      matched.add(p.id);
      items.push(item(row, p, byId ? 'citizen_id' : 'party_card', 1));
    } else rest.push(row);
  }
  for (const row of rest) {
    if (!row.fullName) {
      items.push(item(row, null, null, null));
      continue;
    }
    const rowName = searchName(row.fullName);
    const grams = trigrams(rowName);
    const candidates = new Set<Indexed>([
      ...(row.birthDate ? (ix.byBirth.get(row.birthDate) ?? []) : []),
      ...(ix.byName.get(rowName) ?? []),
    ]);
    let best: Indexed | null = null;
    let bestScore = 0;
    for (const c of candidates) {
      if (matched.has(c.p.id)) continue;
      const s = fuzzyScore(row, rowName, grams, c);
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    if (best && bestScore >= FUZZY.threshold) {
      matched.add(best.p.id);
      items.push(item(row, best.p, 'fuzzy', Math.round(bestScore * 1000) / 1000));
    } else items.push(item(row, null, null, null));
  }
  for (const p of registry) {
    if (p.active && !matched.has(p.id))
      items.push({
        kind: 'only_in_registry',
        row: null,
        memberId: p.id,
        otherMemberId: null,
        method: null,
        score: null,
        listName: null,
        differences: [],
      });
  }
  items.push(...registryDuplicates(ix.byBirth));
  return items;
}

/** Probable duplicates inside the registry: the same date of birth and nearly the same name. */
export function registryDuplicates(byBirth: Map<string, Indexed[]>): MatchItem[] {
  const out: MatchItem[] = [];
  for (const group of byBirth.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const s = group[i]!.name === group[j]!.name ? 1 : similarity(group[i]!.grams, group[j]!.grams);
        if (s >= FUZZY.duplicateName) {
          out.push({
            kind: 'registry_duplicate',
            row: null,
            memberId: group[i]!.p.id,
            otherMemberId: group[j]!.p.id,
            method: null,
            score: Math.round(s * 1000) / 1000,
            listName: null,
            differences: [],
          });
        }
      }
    }
  }
  return out;
}

export function countKinds(items: MatchItem[]) {
  const counts = { matched: 0, different: 0, only_in_list: 0, only_in_registry: 0, registry_duplicate: 0, differences: 0 };
  for (const i of items) {
    counts[i.kind] += 1;
    counts.differences += i.differences.length;
  }
  return counts;
}
