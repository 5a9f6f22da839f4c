// Turns the tree shape into org_unit rows: ids in depth-first order starting at 1, ltree paths of ids,
// readable hierarchical codes ('NDI', 'NDI.YY', 'NDI.YY.012', 'NDI.YY.012.03', 'NDI.YY.012.P1.02')
// and founding dates no earlier than the parent's.
import type { UnitKind } from '../db/schema.js';
import type { OrgType } from './orgs-data.js';
import { DISTRICTS, PROVINCE, localitiesOf, type Locality } from './places-data.js';
import { dayBetween, dayOf, isoOf, ymd, type Rng } from './rng.js';
import type { SubShape } from './shape.js';

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  path: string;
  foundedOn: string;
  /** What the unit is (commune, school, …): drives members' occupations. */
  type: OrgType;
  locality: Locality;
  /** Members of the whole subtree are members[memberStart .. memberEnd) (filled by the member planner). */
  memberStart: number;
  memberEnd: number;
  /** Set for a unit the 2025 reorganization ended (reform.ts). */
  dissolvedOn: string | null;
  /** The unit's current (or, when dissolved, last) version row and the day it began. */
  versionId: number;
  sinceOn: string;
}

/** Founding-date windows per kind, [from year, to year]; a child is never founded before its parent. */
const FOUNDED: Readonly<Record<UnitKind, [number, number]>> = {
  central: [1930, 1930],
  province_committee: [1930, 1930],
  subordinate_committee: [1945, 1997],
  grassroots_committee: [1946, 2015],
  grassroots_cell: [1960, 2018],
  partial_committee: [1990, 2020],
  cell: [1975, 2024],
};
const BLOC_FOUNDED: [number, number] = [1976, 2008];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Whether a unit of this kind holds members directly (cells and grassroots cells). */
export const holdsMembers = (kind: UnitKind): boolean => kind === 'cell' || kind === 'grassroots_cell';

export function buildUnits(subs: readonly SubShape[], rng: Rng, today: number): UnitRow[] {
  const units: UnitRow[] = [];
  const city = localitiesOf(DISTRICTS[0]!);
  const founded = (kind: UnitKind, parent: UnitRow | undefined, window = FOUNDED[kind]): string => {
    const lo = Math.max(ymd(window[0], 1, 1), parent ? dayOf(parent.foundedOn) : -Infinity);
    return isoOf(Math.min(today, dayBetween(rng, lo, Math.max(lo, ymd(window[1], 12, 31)))));
  };
  const add = (
    parent: UnitRow | undefined,
    code: string,
    name: string,
    kind: UnitKind,
    type: OrgType,
    locality: Locality,
    foundedOn?: string,
  ): UnitRow => {
    const id = units.length + 1;
    const row: UnitRow = {
      id,
      code,
      name,
      kind,
      type,
      locality,
      parentId: parent?.id ?? null,
      path: parent ? `${parent.path}.${id}` : String(id),
      foundedOn: foundedOn ?? founded(kind, parent),
      memberStart: 0,
      memberEnd: 0,
      dissolvedOn: null,
      versionId: id,
      sinceOn: '',
    };
    row.sinceOn = row.foundedOn;
    units.push(row);
    return row;
  };

  const root = add(undefined, PROVINCE.code, PROVINCE.name, 'province_committee', 'agency', city[0]!, PROVINCE.founded);
  for (const sub of subs) {
    const first = sub.grassroots[0];
    const isBloc = first !== undefined && first.type !== 'locality';
    const subRow = add(
      root,
      `${root.code}.${sub.code}`,
      sub.name,
      'subordinate_committee',
      'agency',
      first?.locality ?? city[0]!,
      founded('subordinate_committee', root, isBloc ? BLOC_FOUNDED : undefined),
    );
    sub.grassroots.forEach((g, gi) => {
      const gRow = add(subRow, `${subRow.code}.${pad(gi + 1, 3)}`, g.name, g.kind, g.type, g.locality);
      g.cells.forEach((c, ci) => {
        add(gRow, `${gRow.code}.${pad(ci + 1, 2)}`, c, 'cell', g.type, g.locality);
      });
      g.partials.forEach((p, pi) => {
        const pRow = add(gRow, `${gRow.code}.P${pi + 1}`, p.name, 'partial_committee', g.type, g.locality);
        p.cells.forEach((c, ci) => {
          add(pRow, `${pRow.code}.${pad(ci + 1, 2)}`, c, 'cell', g.type, g.locality);
        });
      });
    });
  }
  return units;
}

/**
 * After members are laid out unit by unit in depth-first order, every subtree's members form one
 * contiguous slice; this fills memberStart/memberEnd of the inner units from their leaves.
 */
export function spanSubtrees(units: UnitRow[]): void {
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const u of units) {
    if (!holdsMembers(u.kind)) {
      u.memberStart = Number.POSITIVE_INFINITY;
      u.memberEnd = Number.NEGATIVE_INFINITY;
    }
  }
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i]!;
    if (u.memberStart > u.memberEnd) {
      u.memberStart = 0;
      u.memberEnd = 0;
    }
    const p = u.parentId === null ? undefined : byId.get(u.parentId);
    if (p && u.memberEnd > u.memberStart) {
      p.memberStart = Math.min(p.memberStart, u.memberStart);
      p.memberEnd = Math.max(p.memberEnd, u.memberEnd);
    }
  }
}
