// Turns the tree as it stood at the end of a period into a cycle's subjects (pure; the SQL is in
// generate-queries.ts). Each subject keeps the unit version it was made in, who decides it, and its quota group.
import { notRatedReason, type SubjectKind } from '../../../domain/assessment/index.js';
import { parentPath } from '../../../domain/orgs/tree.js';

export interface UnitAtPeriod {
  id: number;
  unit_id: number;
  name: string;
  kind: string;
  path: string;
  founded_on: string;
}
export interface MemberAtPeriod {
  id: number;
  full_name: string;
  admitted_on: string;
  status: string;
  unit_id: number;
}
export interface PlanInput {
  root: UnitAtPeriod;
  units: UnitAtPeriod[];
  members: MemberAtPeriod[];
  exemptions: { member_id: number; kind: string; from_date: string; to_date: string | null }[];
  secretaries: { unit_id: number; member_id: number; full_name: string }[];
  kinds: readonly SubjectKind[];
  grouping: 'grassroots_org' | 'cell' | 'cycle';
  period: { from: string; to: string };
}
export interface PlannedSubject {
  subject_kind: SubjectKind;
  member_id: number | null;
  unit_id: number;
  unit_version_id: number;
  unit_path: string;
  decider_path: string;
  quota_group: string;
  display_name: string;
  not_rated_reason: string | null;
}

const GRASSROOTS = new Set(['grassroots_committee', 'grassroots_cell']);
const COMMITTEES = new Set(['subordinate_committee', 'grassroots_committee', 'partial_committee']);

/** The nearest grassroots organization at or above `path` (members are decided there), else the parent. */
function grassrootsOf(path: string, byPath: Map<string, UnitAtPeriod>): string {
  for (let p: string | null = path; p; p = parentPath(p)) if (GRASSROOTS.has(byPath.get(p)?.kind ?? '')) return p;
  return parentPath(path) ?? path;
}

export function planSubjects(input: PlanInput): PlannedSubject[] {
  const byPath = new Map(input.units.map((u) => [u.path, u]));
  const byId = new Map(input.units.map((u) => [u.unit_id, u]));
  const want = new Set(input.kinds);
  const out: PlannedSubject[] = [];
  const group = (kind: SubjectKind, natural: string, cellPath: string) =>
    input.grouping === 'cycle'
      ? `${kind}@${input.root.path}`
      : `${kind}@${input.grouping === 'cell' && kind === 'member' ? cellPath : natural}`;
  const exemptionsOf = new Map<number, { kind: string; from: string; to: string | null }[]>();
  for (const e of input.exemptions) {
    const list = exemptionsOf.get(e.member_id) ?? [];
    list.push({ kind: e.kind, from: e.from_date, to: e.to_date });
    exemptionsOf.set(e.member_id, list);
  }

  if (want.has('member')) {
    for (const m of input.members) {
      const cell = byId.get(m.unit_id);
      if (!cell) continue;
      const decider = grassrootsOf(cell.path, byPath);
      out.push({
        subject_kind: 'member',
        member_id: m.id,
        unit_id: cell.unit_id,
        unit_version_id: cell.id,
        unit_path: cell.path,
        decider_path: decider,
        quota_group: group('member', decider, cell.path),
        display_name: m.full_name,
        not_rated_reason: notRatedReason(
          { kind: 'member', status: m.status, admittedOn: m.admitted_on, exemptions: exemptionsOf.get(m.id) ?? [] },
          input.period,
        ),
      });
    }
  }
  for (const u of input.units) {
    if (u.path === input.root.path) continue; // the root is assessed by the level above the cycle
    const parent = parentPath(u.path) ?? u.path;
    const unitSubject = (kind: SubjectKind, name: string, memberId: number | null): PlannedSubject => ({
      subject_kind: kind,
      member_id: memberId,
      unit_id: u.unit_id,
      unit_version_id: u.id,
      unit_path: u.path,
      decider_path: parent,
      quota_group: group(kind, parent, u.path),
      display_name: name,
      not_rated_reason: notRatedReason({ kind, foundedOn: u.founded_on }, input.period),
    });
    if (want.has('party_cell') && u.kind === 'cell') out.push(unitSubject('party_cell', u.name, null));
    if (want.has('grassroots_org') && GRASSROOTS.has(u.kind)) out.push(unitSubject('grassroots_org', u.name, null));
    if (want.has('party_committee') && COMMITTEES.has(u.kind)) out.push(unitSubject('party_committee', u.name, null));
  }
  if (want.has('leader')) {
    for (const s of input.secretaries) {
      const u = byId.get(s.unit_id);
      if (!u || u.path === input.root.path) continue;
      const parent = parentPath(u.path) ?? u.path;
      out.push({
        subject_kind: 'leader',
        member_id: s.member_id,
        unit_id: u.unit_id,
        unit_version_id: u.id,
        unit_path: u.path,
        decider_path: parent,
        quota_group: group('leader', parent, u.path),
        display_name: s.full_name,
        not_rated_reason: null,
      });
    }
  }
  return out;
}
