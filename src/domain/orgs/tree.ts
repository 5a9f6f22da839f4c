// Pure rules of the organization tree (DOMAIN.md §2). Paths are ltree strings of unit ids.
export type UnitKind =
  | 'central'
  | 'province_committee'
  | 'subordinate_committee'
  | 'grassroots_committee'
  | 'grassroots_cell'
  | 'partial_committee'
  | 'cell';

export const UNIT_KINDS: readonly UnitKind[] = [
  'central',
  'province_committee',
  'subordinate_committee',
  'grassroots_committee',
  'grassroots_cell',
  'partial_committee',
  'cell',
];

// Depth is data: a subordinate committee may sit under another one (the pre-2025 district level). The central
// level is the root of a national tree: it holds the provinces, so whole provinces merge like any other units.
const CHILD_KINDS: Record<UnitKind, readonly UnitKind[]> = {
  central: ['province_committee'],
  province_committee: ['subordinate_committee', 'grassroots_committee', 'grassroots_cell'],
  subordinate_committee: ['subordinate_committee', 'grassroots_committee', 'grassroots_cell'],
  grassroots_committee: ['partial_committee', 'cell'],
  partial_committee: ['cell'],
  grassroots_cell: [],
  cell: [],
};

/** The kinds a unit of this kind may hold, in the order a form offers them. */
export function childKinds(parent: UnitKind): readonly UnitKind[] {
  return CHILD_KINDS[parent];
}

export function canContain(parent: UnitKind, child: UnitKind): boolean {
  return CHILD_KINDS[parent].includes(child);
}

/** Members belong to cells: a grassroots cell or a cell under a grassroots (or partial) committee. */
export function holdsMembers(kind: UnitKind): boolean {
  return kind === 'grassroots_cell' || kind === 'cell';
}

export function isWithinPath(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}.`);
}

export function parentPath(path: string): string | null {
  const i = path.lastIndexOf('.');
  return i < 0 ? null : path.slice(0, i);
}

/** The path of a unit (or one of its descendants) after its subtree moves from `oldRoot` under `newParent`. */
export function rebasePath(path: string, oldRoot: string, newParent: string): string {
  if (!isWithinPath(path, oldRoot)) throw new Error(`${path} is not within ${oldRoot}`);
  const ownLabel = oldRoot.slice(oldRoot.lastIndexOf('.') + 1);
  return `${newParent}.${ownLabel}${path.slice(oldRoot.length)}`;
}

export type MoveRefusal = 'move_root' | 'move_into_descendant' | 'move_same_parent' | 'kind_not_allowed_under';

export function checkMove(
  unit: { path: string; kind: UnitKind; parentId: number | null },
  newParent: { id: number; path: string; kind: UnitKind },
): MoveRefusal | null {
  if (unit.parentId === null) return 'move_root';
  if (isWithinPath(newParent.path, unit.path)) return 'move_into_descendant';
  if (unit.parentId === newParent.id) return 'move_same_parent';
  if (!canContain(newParent.kind, unit.kind)) return 'kind_not_allowed_under';
  return null;
}

export type DateRefusal = 'effective_in_future' | 'effective_before_history';

/** A restructuring takes effect today or in the past, but never before the unit's latest change. */
export function checkEffectiveDate(effective: string, latestChange: string, today: string): DateRefusal | null {
  if (effective > today) return 'effective_in_future';
  if (effective < latestChange) return 'effective_before_history';
  return null;
}

export interface SplitAssignment {
  members: ReadonlyMap<number, number>; // member id → index of the new unit
  children: ReadonlyMap<number, number>; // child unit id → index of the new unit
}

/** Every member and child unit of the split unit must go to exactly one of the new units. */
export function unassignedInSplit(memberIds: number[], childIds: number[], parts: number, a: SplitAssignment): number {
  const bad = (ids: number[], map: ReadonlyMap<number, number>) =>
    ids.filter((id) => {
      const i = map.get(id);
      return i === undefined || i < 0 || i >= parts;
    }).length;
  return bad(memberIds, a.members) + bad(childIds, a.children);
}

export { ACTIVE_STATUSES } from '../members/record.js';
