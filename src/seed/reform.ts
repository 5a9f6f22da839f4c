// The 2025 reorganization of the demo province, computed in memory as the restructuring engine
// (src/modules/foundation/orgs/restructure/ops.ts) would record it operation by operation, so the seed can
// write the same rows in bulk: the plan's operations (as the plan file names them), one restructuring row
// each, closed and opened unit versions, dissolved units, and members handed over to another cell.
//
// On 1 July 2025: the district committees are dissolved; the communes and wards of each district are merged
// into new commune-level grassroots committees directly under the province; the district's own offices join
// the commune where they stood, its agency cells merge into one cell there, its other cells (schools,
// credit funds, cooperatives) become cells of their commune, and its hospitals, high schools and companies
// move to the new Đảng bộ Ủy ban nhân dân tỉnh; the two khối committees are replaced by the Đảng bộ các cơ
// quan Đảng tỉnh and the Đảng bộ Ủy ban nhân dân tỉnh. The military, police and border guard stay.
import type { UnitKind } from '../db/schema.js';
import type { ReorgOp } from '../domain/orgs/reorg.js';
import type { MemberRow } from './members.js';
import { DISTRICTS, PROVINCE, type Locality } from './places-data.js';
import {
  GOVERNMENT_NAME,
  NEW_LOCALITIES,
  PARTY_BODIES_NAME,
  PARTY_BODY,
  REFORM_DATE,
  REFORM_DECISION,
  type NewLocality,
} from './reform-data.js';
import { holdsMembers, type UnitRow } from './units.js';

export interface VersionRow {
  id: number;
  unitId: number;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  path: string;
  validFrom: string;
  validTo: string | null;
  restructuringId: number | null;
}
export interface RestructuringRow {
  id: number;
  kind: string;
  effectiveOn: string;
  decisionNo: string;
  details: Record<string, unknown>;
}
/** A member handed over to another cell on the date (a split cell period and a cell_restructured event). */
export interface MemberMove {
  memberId: number;
  fromUnitId: number;
  toUnitId: number;
  restructuringId: number;
}

export interface Reform {
  effectiveOn: string;
  decisionNo: string;
  ops: ReorgOp[];
  restructurings: RestructuringRow[];
  versions: VersionRow[];
  moves: MemberMove[];
  /** Members admitted after the date into a cell that no longer existed: recorded in its successor. */
  lateJoiners: Map<number, number>;
  /** Old unit id → the unit that took it over (commune committees → their new commune). */
  successor: Map<number, number>;
  created: UnitRow[];
}

const GONE = new Set(['transferred_out', 'removed', 'expelled', 'deceased']);
const DISTRICT_AGENCY =
  /^Chi bộ (Phòng Giáo dục và Đào tạo|Chi cục Thuế khu vực|Kho bạc Nhà nước|Bảo hiểm xã hội|Tòa án nhân dân|Viện Kiểm sát nhân dân|Chi cục Thi hành án dân sự|Ngân hàng Chính sách xã hội|Trung tâm Giáo dục nghề nghiệp|Trung tâm Văn hóa, Thể thao|Ban Quản lý dự án đầu tư xây dựng) /;
const DISTRICT_OFFICES = /^Đảng ủy (Cơ quan Ủy ban nhân dân|Khối Đảng – Đoàn thể) /;
const bare = (name: string) => name.replace(/^(Đảng ủy|Chi bộ) /, '');
const PREFIX = { ward: 'phường', commune: 'xã' } as const;

/** Applies the reorganization to `units` (their current state changes; new units are appended) and `members`. */
export function applyReform(units: UnitRow[], members: MemberRow[], effectiveOn = REFORM_DATE): Reform {
  const byId = new Map(units.map((u) => [u.id, u]));
  const byCode = new Map(units.map((u) => [u.code, u]));
  const original = new Map(units.map((u) => [u.id, { name: u.name, kind: u.kind, parentId: u.parentId, path: u.path }]));
  const children = new Map<number, UnitRow[]>();
  for (const u of units) if (u.parentId !== null) (children.get(u.parentId) ?? children.set(u.parentId, []).get(u.parentId)!).push(u);
  const membersIn = new Map<number, MemberRow[]>();
  for (const m of members) (membersIn.get(m.unitId) ?? membersIn.set(m.unitId, []).get(m.unitId)!).push(m);
  const root = units[0]!;
  const lastOld = units.length;

  const ops: ReorgOp[] = [];
  const restructurings: RestructuringRow[] = [];
  const touched = new Map<number, number>();
  const moves: MemberMove[] = [];
  const lateJoiners = new Map<number, number>();
  const successor = new Map<number, number>();
  const created: UnitRow[] = [];

  const record = (op: Omit<ReorgOp, 'row'>, kind: string, details: Record<string, unknown>) => {
    ops.push({ row: ops.length + 2, ...op } as ReorgOp); // row 1 of the plan file is its header
    const id = restructurings.length + 1;
    restructurings.push({ id, kind, effectiveOn, decisionNo: REFORM_DECISION, details });
    return id;
  };
  const detach = (u: UnitRow) => {
    const list = children.get(u.parentId!)!;
    list.splice(list.indexOf(u), 1);
  };
  const markSubtree = (u: UnitRow, rId: number) => {
    touched.set(u.id, rId);
    for (const c of children.get(u.id) ?? []) markSubtree(c, rId);
  };
  const reparent = (u: UnitRow, parent: UnitRow, rId: number) => {
    detach(u);
    u.parentId = parent.id;
    (children.get(parent.id) ?? children.set(parent.id, []).get(parent.id)!).push(u);
    markSubtree(u, rId);
  };
  const end = (u: UnitRow) => {
    detach(u);
    u.dissolvedOn = effectiveOn;
  };
  const make = (parent: UnitRow, n: { code: string; name: string; kind: UnitKind; like: UnitRow; locality: Locality; rId: number }) => {
    const { code, name, kind, like, locality, rId } = n;
    const id = units.length + 1;
    const row: UnitRow = {
      id,
      code,
      name,
      kind,
      parentId: parent.id,
      path: '',
      foundedOn: effectiveOn,
      type: like.type,
      locality,
      memberStart: 0,
      memberEnd: 0,
      dissolvedOn: null,
      versionId: id,
      sinceOn: effectiveOn,
    };
    units.push(row);
    byId.set(id, row);
    byCode.set(code, row);
    (children.get(parent.id) ?? children.set(parent.id, []).get(parent.id)!).push(row);
    created.push(row);
    touched.set(id, rId);
    return row;
  };
  /** Members of `from` on the day go to `to`; those admitted later into `from` are recorded in `to` from the start. */
  const handOver = (from: UnitRow, to: UnitRow, rId: number) => {
    for (const m of membersIn.get(from.id) ?? []) {
      if (m.admittedOn >= effectiveOn) lateJoiners.set(m.id, to.id);
      else if (GONE.has(m.status) && m.statusChangedOn !== null && m.statusChangedOn <= effectiveOn) continue;
      else moves.push({ memberId: m.id, fromUnitId: from.id, toUnitId: to.id, restructuringId: rId });
      m.unitId = to.id;
    }
  };

  const merge = (sources: UnitRow[], into: UnitRow | { code: string; name: string; parent: UnitRow; locality: Locality }) => {
    const intoSpec = 'id' in into ? { unitId: into.id } : { code: into.code, name: into.name, parentId: into.parent.id };
    const rId = record(
      'id' in into
        ? { kind: 'merge', sources: sources.map((s) => s.code), into: into.code }
        : { kind: 'merge', sources: sources.map((s) => s.code), code: into.code, name: into.name, parent: into.parent.code },
      'merge',
      { sourceIds: sources.map((s) => s.id), into: intoSpec },
    );
    const target =
      'id' in into
        ? into
        : make(into.parent, { code: into.code, name: into.name, kind: sources[0]!.kind, like: sources[0]!, locality: into.locality, rId });
    for (const s of sources) {
      if (s.id === target.id) continue;
      for (const c of [...(children.get(s.id) ?? [])]) reparent(c, target, rId);
      handOver(s, target, rId);
      successor.set(s.id, target.id);
      end(s);
    }
    return target;
  };
  const move = (u: UnitRow, parent: UnitRow) => {
    const rId = record({ kind: 'move', unit: u.code, parent: parent.code }, 'move', {
      unitId: u.id,
      fromParentId: u.parentId,
      toParentId: parent.id,
    });
    reparent(u, parent, rId);
  };
  const rename = (u: UnitRow, name: string) => {
    const rId = record({ kind: 'rename', unit: u.code, name }, 'rename', { unitId: u.id, from: u.name, to: name });
    u.name = name;
    touched.set(u.id, rId);
  };
  const changeKind = (u: UnitRow, kind: UnitKind, parent: UnitRow) => {
    const rId = record({ kind: 'change_kind', unit: u.code, unitKind: kind, parent: parent.code }, 'change_kind', {
      unitId: u.id,
      fromKind: u.kind,
      toKind: kind,
      fromParentId: u.parentId,
      toParentId: parent.id,
    });
    u.kind = kind;
    if (parent.id !== u.parentId) reparent(u, parent, rId);
    else touched.set(u.id, rId);
  };
  const create = (parent: UnitRow, code: string, name: string, kind: UnitKind, like: UnitRow) => {
    const rId = record({ kind: 'create', parent: parent.code, code, name, unitKind: kind }, 'create', {
      parentId: parent.id,
      code,
      name,
      kind,
    });
    return make(parent, { code, name, kind, like, locality: like.locality, rId });
  };
  const dissolve = (u: UnitRow) => {
    record({ kind: 'dissolve', unit: u.code }, 'dissolve', { unitId: u.id, name: u.name });
    end(u);
  };

  const subs = [...(children.get(root.id) ?? [])].filter((u) => u.kind === 'subordinate_committee');
  const baseCode = (u: UnitRow) => u.code.slice(u.code.lastIndexOf('.') + 1).replace(/\d+$/, '');
  const copyOf = (u: UnitRow) => /\(khu vực (\d+)\)$/.exec(u.name)?.[1];
  const districts = subs.filter((s) => DISTRICTS.some((d) => d.code === baseCode(s)));
  const bloc = (code: string) => subs.find((s) => s.code === `${root.code}.${code}`);

  // The khối: the Party's own bodies to the new Đảng bộ các cơ quan Đảng tỉnh, the rest with the enterprises to
  // the new Đảng bộ Ủy ban nhân dân tỉnh.
  const agencies = bloc('CQ');
  const enterprises = bloc('DN');
  let government: UnitRow | undefined;
  if (agencies && enterprises) {
    const party = create(root, `${root.code}.CQD`, PARTY_BODIES_NAME, 'subordinate_committee', agencies);
    for (const g of [...(children.get(agencies.id) ?? [])]) if (PARTY_BODY.test(bare(g.name))) move(g, party);
    government = merge([agencies, enterprises], {
      code: `${root.code}.UBND`,
      name: GOVERNMENT_NAME,
      parent: root,
      locality: agencies.locality,
    });
  }

  let serial = 0;
  for (const d of districts) {
    const wanted = NEW_LOCALITIES[baseCode(d)] ?? [];
    const grassroots = [...(children.get(d.id) ?? [])];
    const communes = grassroots.filter((g) => g.kind === 'grassroots_committee' && g.type === 'locality');
    if (communes.length === 0 || wanted.length === 0) continue;
    const copy = copyOf(d);
    // Consecutive old communes, about three to one, into at most as many new ones as listed.
    const n = Math.min(wanted.length, Math.max(1, Math.round(communes.length / 3)));
    const newOf = new Map<string, UnitRow>();
    const made: UnitRow[] = [];
    for (let i = 0; i < n; i++) {
      const group = communes.slice(Math.floor((i * communes.length) / n), Math.floor(((i + 1) * communes.length) / n));
      const nl: NewLocality = wanted[i]!;
      const name = `Đảng ủy ${PREFIX[nl.kind]} ${nl.name}${copy ? ` (khu vực ${copy})` : ''}`;
      const locality: Locality = {
        kind: nl.kind,
        name: nl.name,
        district: group[0]!.locality.district,
        address: `${PREFIX[nl.kind]} ${nl.name}, ${PROVINCE.address}`,
      };
      let unit: UnitRow;
      if (group.length >= 2) {
        unit = merge(group, { code: `${root.code}.X${String(++serial).padStart(3, '0')}`, name, parent: root, locality });
      } else {
        unit = group[0]!;
        move(unit, root);
        rename(unit, name);
        unit.locality = locality;
      }
      for (const g of group) {
        newOf.set(g.locality.name, unit);
        successor.set(g.id, unit.id);
      }
      made.push(unit);
    }
    const seat = made[0]!;
    const rest = grassroots.filter((g) => !communes.includes(g));
    const offices = rest.filter((g) => g.kind === 'grassroots_committee' && DISTRICT_OFFICES.test(g.name));
    if (offices.length >= 2) merge(offices, seat);
    else for (const o of offices) for (const c of [...(children.get(o.id) ?? [])]) move(c, seat);
    for (const g of rest.filter((x) => x.kind === 'grassroots_committee' && !offices.includes(x))) {
      if (government) move(g, government);
    }
    const cells = rest.filter((g) => g.kind === 'grassroots_cell');
    const agencyCells = cells.filter((g) => DISTRICT_AGENCY.test(g.name));
    if (agencyCells.length >= 2) {
      const into = merge(agencyCells, agencyCells[0]!);
      changeKind(into, 'cell', seat);
      rename(into, `Chi bộ Cơ quan chuyên môn ${bare(seat.name)}`);
    }
    for (const g of cells.filter((x) => !agencyCells.includes(x) || agencyCells.length < 2)) {
      changeKind(g, 'cell', newOf.get(g.locality.name) ?? seat);
    }
    for (const g of children.get(d.id) ?? []) if (government) move(g, government);
    if ((children.get(d.id) ?? []).length === 0) dissolve(d);
  }

  // Paths from the parents, then the version rows: the old one closes on the date, the new one opens.
  const pathOf = (u: UnitRow): string => (u.parentId === null ? String(u.id) : `${pathOf(byId.get(u.parentId)!)}.${u.id}`);
  for (const u of units) u.path = pathOf(u);
  const versions: VersionRow[] = [];
  let nextVersion = units.length;
  for (const u of units) {
    const rId = touched.get(u.id) ?? null;
    const now = { name: u.name, kind: u.kind, parentId: u.parentId, path: u.path };
    if (u.id > lastOld) {
      versions.push({ id: u.id, unitId: u.id, ...now, validFrom: effectiveOn, validTo: null, restructuringId: rId });
      continue;
    }
    const was = original.get(u.id)!;
    const changed = rId !== null && u.dissolvedOn === null;
    versions.push({
      id: u.id,
      unitId: u.id,
      ...was,
      validFrom: u.foundedOn,
      validTo: changed || u.dissolvedOn ? effectiveOn : null,
      restructuringId: null,
    });
    if (changed) {
      u.versionId = ++nextVersion;
      u.sinceOn = effectiveOn;
      versions.push({ id: u.versionId, unitId: u.id, ...now, validFrom: effectiveOn, validTo: null, restructuringId: rId });
    }
  }
  for (const u of created) spanChildren(u, children);
  return { effectiveOn, decisionNo: REFORM_DECISION, ops, restructurings, versions, moves, lateJoiners, successor, created };
}

/**
 * A new unit's members for its committee seats: the largest run of members that its children's subtrees hold
 * side by side (members are laid out depth-first, so merged neighbours make one run).
 */
function spanChildren(u: UnitRow, children: Map<number, UnitRow[]>) {
  const runs = (children.get(u.id) ?? [])
    .filter((c) => c.memberEnd > c.memberStart)
    .map((c) => [c.memberStart, c.memberEnd] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  let best: [number, number] = [0, 0];
  let cur: [number, number] | undefined;
  for (const r of runs) {
    if (cur && r[0] <= cur[1]) cur[1] = Math.max(cur[1], r[1]);
    else cur = [...r];
    if (cur[1] - cur[0] > best[1] - best[0]) best = [...cur];
  }
  [u.memberStart, u.memberEnd] = best;
}

export { holdsMembers };
