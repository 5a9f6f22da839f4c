// The pure generators of the demo seed (no database): shape, determinism, member data quality.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyLine, copyValue } from '../db/copy.js';
import { memberEvents } from './members.js';
import { planProvince, type Plan } from './plan.js';
import { addYears, createRng, dayOf } from './rng.js';
import { provinceShape } from './shape.js';
import { demoUsers } from './users.js';

const digest = (p: Plan) =>
  createHash('sha256')
    .update(JSON.stringify([p.units, p.members, p.terms, p.seats]))
    .digest('hex');
/** The unit versions in force on a day: the tree as of that day. */
const asOf = (p: Plan, day: string) =>
  p.versions.filter((v) => v.validFrom <= day && (v.validTo === null || v.validTo > day)).sort((a, b) => a.unitId - b.unitId);
const kindsAsOf = (p: Plan, day: string) =>
  asOf(p, day).reduce<Record<string, number>>((acc, v) => ({ ...acc, [v.kind]: (acc[v.kind] ?? 0) + 1 }), {});
const countKinds = (p: Plan) => p.units.reduce<Record<string, number>>((acc, u) => ({ ...acc, [u.kind]: (acc[u.kind] ?? 0) + 1 }), {});

describe('province profile', () => {
  let plan: Plan;
  beforeAll(() => {
    plan = planProvince({ profile: 'province' });
  });

  it('has Nam Định’s shape before 1 July 2025: 15 subordinate committees, 921 grassroots organizations, 4,293 cells', () => {
    const kinds = kindsAsOf(plan, '2025-06-30');
    expect(kinds.province_committee).toBe(1);
    expect(kinds.subordinate_committee).toBe(15);
    expect((kinds.grassroots_committee ?? 0) + (kinds.grassroots_cell ?? 0)).toBe(921);
    expect(kinds.grassroots_committee).toBeGreaterThan(550);
    expect(kinds.grassroots_committee).toBeLessThan(650);
    expect(kinds.cell).toBe(4293);
    expect(kinds.partial_committee).toBeGreaterThan(0);
    expect(plan.members).toHaveLength(110_300);
    expect(plan.units[0]).toMatchObject({ id: 1, code: 'NDI', name: 'Tỉnh ủy Nam Định', path: '1', parentId: null });
    expect(
      asOf(plan, '2025-06-30')
        .filter((v) => v.kind === 'subordinate_committee')
        .map((v) => v.name),
    ).toEqual([
      'Thành ủy Nam Định',
      'Huyện ủy Mỹ Lộc',
      'Huyện ủy Vụ Bản',
      'Huyện ủy Ý Yên',
      'Huyện ủy Nghĩa Hưng',
      'Huyện ủy Nam Trực',
      'Huyện ủy Trực Ninh',
      'Huyện ủy Xuân Trường',
      'Huyện ủy Giao Thủy',
      'Huyện ủy Hải Hậu',
      'Đảng ủy Khối các cơ quan tỉnh',
      'Đảng ủy Khối Doanh nghiệp tỉnh',
      'Đảng ủy Quân sự tỉnh',
      'Đảng ủy Công an tỉnh',
      'Đảng ủy Bộ đội Biên phòng tỉnh',
    ]);
    expect(asOf(plan, '2025-06-30').some((v) => v.name === 'Đảng ủy xã Yên Khánh')).toBe(true);
  });

  it('is two-tier from 1 July 2025: no district, new communes and the two province bodies under the province', () => {
    const today = asOf(plan, plan.today);
    const kinds = kindsAsOf(plan, plan.today);
    expect(kinds.subordinate_committee).toBe(5);
    const top = today.filter((v) => v.parentId === 1);
    expect(top.filter((v) => v.kind === 'subordinate_committee').map((v) => v.name)).toEqual([
      'Đảng ủy Quân sự tỉnh',
      'Đảng ủy Công an tỉnh',
      'Đảng ủy Bộ đội Biên phòng tỉnh',
      'Đảng bộ các cơ quan Đảng tỉnh',
      'Đảng bộ Ủy ban nhân dân tỉnh',
    ]);
    const communes = top.filter((v) => v.kind === 'grassroots_committee');
    expect(communes.length).toBe(57);
    expect(communes.map((v) => v.name)).toEqual(
      expect.arrayContaining(['Đảng ủy phường Nam Định', 'Đảng ủy phường Thành Nam', 'Đảng ủy xã Hải Hậu']),
    );
    expect(today.some((v) => /^(Huyện ủy|Thành ủy|Đảng ủy Khối)/.test(v.name))).toBe(false);
    // Every cell of an old commune now sits in a new commune directly under the province.
    const byId = new Map(today.map((v) => [v.unitId, v]));
    const cells = today.filter((v) => v.kind === 'cell');
    expect(cells.every((c) => byId.has(c.parentId!))).toBe(true);
    expect(cells.length).toBeGreaterThan(4293);
  });

  it('records the reorganization as the restructuring engine would: one restructuring per operation, versions split on the day', () => {
    const r = plan.reform!;
    expect(r.effectiveOn).toBe('2025-07-01');
    expect(r.ops.length).toBe(r.restructurings.length);
    expect(r.ops.map((o) => o.row)).toEqual(r.ops.map((_, i) => i + 2));
    expect(new Set(r.ops.map((o) => o.kind))).toEqual(new Set(['create', 'merge', 'move', 'rename', 'change_kind', 'dissolve']));
    // Versions of a unit never overlap, follow each other without gaps, and only a dissolved unit has none open.
    const byUnit = new Map<number, typeof plan.versions>();
    for (const v of plan.versions) (byUnit.get(v.unitId) ?? byUnit.set(v.unitId, []).get(v.unitId)!).push(v);
    for (const u of plan.units) {
      const list = byUnit.get(u.id)!.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      for (let i = 1; i < list.length; i++) expect(list[i]!.validFrom).toBe(list[i - 1]!.validTo);
      expect(list.at(-1)!.validTo).toBe(u.dissolvedOn);
      expect(list.at(-1)!.id).toBe(u.versionId);
    }
    expect(new Set(plan.versions.map((v) => v.id)).size).toBe(plan.versions.length);
    const rIds = new Set(r.restructurings.map((x) => x.id));
    expect(plan.versions.every((v) => v.restructuringId === null || rIds.has(v.restructuringId))).toBe(true);
    // Members handed over were in their old cell the day before and active then.
    expect(r.moves.length).toBeGreaterThan(100);
    for (const mv of r.moves) {
      const m = plan.members[mv.memberId - 1]!;
      expect(m.unitId).toBe(mv.toUnitId);
      expect(m.admittedOn < r.effectiveOn).toBe(true);
      expect(plan.units[mv.fromUnitId - 1]!.dissolvedOn).toBe(r.effectiveOn);
    }
  });

  it('keeps the tree consistent: ids, paths, unique codes, unique names per parent, dates', () => {
    const byId = new Map(plan.units.map((u) => [u.id, u]));
    const first = new Map(plan.versions.filter((v) => v.id === v.unitId).map((v) => [v.unitId, v]));
    plan.units.forEach((u, i) => {
      expect(u.id).toBe(i + 1);
      const parent = u.parentId === null ? undefined : byId.get(u.parentId);
      if (parent) {
        expect(u.path).toBe(`${parent.path}.${u.id}`);
        if (u.dissolvedOn === null) expect(parent.dissolvedOn).toBeNull();
        const was = byId.get(first.get(u.id)!.parentId!)!;
        expect(u.code.startsWith(`${was.code}.`)).toBe(true);
        expect(u.foundedOn >= was.foundedOn).toBe(true);
      }
    });
    expect(new Set(plan.units.map((u) => u.code)).size).toBe(plan.units.length);
    // Before the reorganization names are unique under each parent; a merge brings cells of the same name
    // (two villages' 'Chi bộ thôn Đông') under one new commune, as the engine's merge does.
    const before = asOf(plan, '2025-06-30');
    expect(new Set(before.map((v) => `${v.parentId}|${v.name}`)).size).toBe(before.length);
    const top = asOf(plan, plan.today).filter((v) => v.parentId === 1);
    expect(new Set(top.map((v) => v.name)).size).toBe(top.length);
    const cells = plan.units.filter((u) => first.get(u.id)!.kind === 'cell');
    expect(cells.every((c) => c.foundedOn >= '1975-01-01' && c.foundedOn <= '2024-12-31')).toBe(true);
  });

  it('puts 3 or more members in every cell and grassroots cell, and none elsewhere', () => {
    const byId = new Map(plan.units.map((u) => [u.id, u]));
    const sizes = new Map<number, number>();
    for (const m of plan.members) sizes.set(m.unitId, (sizes.get(m.unitId) ?? 0) + 1);
    for (const [unitId] of sizes) expect(['cell', 'grassroots_cell']).toContain(byId.get(unitId)!.kind);
    const holders = plan.units.filter((u) => (u.kind === 'cell' || u.kind === 'grassroots_cell') && u.dissolvedOn === null);
    expect(holders.every((u) => (sizes.get(u.id) ?? 0) >= 3)).toBe(true);
    expect(plan.members.every((m, i) => m.id === i + 1)).toBe(true);
    // Nobody still on the rolls sits in a unit that no longer exists.
    const gone = new Set(['transferred_out', 'removed', 'expelled', 'deceased']);
    expect(plan.members.filter((m) => !gone.has(m.status) && byId.get(m.unitId)!.dissolvedOn !== null)).toEqual([]);
  });

  it('gives unique 12-digit citizen IDs and unique party card numbers', () => {
    const ids = plan.members.map((m) => m.citizenId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^036[0-3]\d{8}$/.test(id))).toBe(true);
    const cards = plan.members.map((m) => m.partyCardNo).filter((c): c is string => c !== null);
    expect(new Set(cards).size).toBe(cards.length);
    expect(cards.every((c) => /^\d{8}$/.test(c))).toBe(true);
    const missing = 1 - cards.length / plan.members.length;
    expect(missing).toBeGreaterThan(0.015);
    expect(missing).toBeLessThan(0.045);
  });

  it('has a realistic status mix and consistent dates', () => {
    const share = (s: string) => plan.members.filter((m) => m.status === s).length / plan.members.length;
    expect(share('probationary')).toBeGreaterThan(0.04);
    expect(share('probationary')).toBeLessThan(0.06);
    expect(share('official')).toBeGreaterThan(0.85);
    expect(share('exempted')).toBeGreaterThan(0.03);
    const today = dayOf(plan.today);
    const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    const bad = plan.members.filter((m) => {
      const admitted = dayOf(m.admittedOn);
      const birth = dayOf(m.birthDate);
      const datesOk =
        m.birthDate >= '1940-01-01' &&
        m.birthDate <= '2006-12-31' &&
        admitted >= addYears(birth, 18) &&
        admitted <= addYears(birth, 60) &&
        admitted <= today;
      const officialOk =
        m.status === 'probationary'
          ? m.officialOn === null && today - admitted < 366
          : m.officialOn === iso(addYears(admitted, 1)) && m.officialOn <= plan.today;
      return !datesOk || !officialOk;
    });
    expect(bad).toEqual([]);
    const males = plan.members.filter((m) => m.gender === 'male').length / plan.members.length;
    expect(males).toBeGreaterThan(0.52);
    expect(males).toBeLessThan(0.58);
  });

  it('writes Vietnamese names with diacritics, in NFC, with their search and sort forms', () => {
    const nguyen = plan.members.filter((m) => m.fullName.startsWith('Nguyễn ')).length / plan.members.length;
    expect(nguyen).toBeGreaterThan(0.33);
    expect(nguyen).toBeLessThan(0.43);
    expect(plan.members.every((m) => m.fullName === m.fullName.normalize('NFC'))).toBe(true);
    expect(plan.members.filter((m) => /[^\x00-\x7f]/.test(m.fullName)).length / plan.members.length).toBeGreaterThan(0.9);
    expect(plan.members.every((m) => /^[a-z ]+$/.test(m.searchName))).toBe(true);
    expect(plan.members.find((m) => m.fullName.startsWith('Đặng '))?.searchName.startsWith('dang ')).toBe(true);
    expect(new Set(plan.members.map((m) => m.fullName)).size).toBeGreaterThan(5000);
  });

  it('fills committees from the unit’s own subtree, with a secretary everywhere', () => {
    const byId = new Map(plan.units.map((u) => [u.id, u]));
    expect(plan.terms).toHaveLength(plan.units.length);
    const secretaries = new Map<number, number>();
    // A unit the reorganization ended is checked in the tree of the day before, with its members' cells then.
    const old = new Map(plan.versions.filter((v) => v.id === v.unitId).map((v) => [v.unitId, v.path]));
    const cellBefore = new Map(plan.reform!.moves.map((m) => [m.memberId, m.fromUnitId]));
    for (const s of plan.seats) {
      const unit = byId.get(s.termId)!;
      const member = plan.members[s.memberId - 1]!;
      expect(member.status).toBe('official');
      const [unitPath, memberPath] =
        unit.dissolvedOn === null
          ? [unit.path, byId.get(member.unitId)!.path]
          : [old.get(unit.id)!, old.get(cellBefore.get(member.id) ?? member.unitId)!];
      expect(`${memberPath}.`.startsWith(`${unitPath}.`)).toBe(true);
      if (s.position === 'secretary') secretaries.set(unit.id, (secretaries.get(unit.id) ?? 0) + 1);
    }
    expect(plan.units.every((u) => secretaries.get(u.id) === 1)).toBe(true);
    const gc = plan.units.find((u) => u.kind === 'grassroots_committee')!;
    const ended = plan.terms.filter((t) => byId.get(t.unitId)!.dissolvedOn !== null);
    expect(ended.length).toBeGreaterThan(200);
    expect(ended.every((t) => t.endsOn === '2025-07-01' && t.startsOn < '2025-07-01')).toBe(true);
    const fresh = plan.terms.find((t) => t.unitId === plan.picks.office.id)!;
    expect(fresh).toMatchObject({ startsOn: '2025-07-01', label: 'Nhiệm kỳ 2025–2030', endsOn: null });
    expect(plan.seats.filter((s) => s.termId === gc.id)).toHaveLength(11);
    expect(plan.terms[0]!.label).toBe('Nhiệm kỳ 2025–2030');
  });

  it('picks the demo users as specified', () => {
    const users = demoUsers(plan.picks);
    expect(users.map((u) => [u.username, u.role])).toEqual([
      ['admin', 'province_admin'],
      ['vanphong', 'committee_office'],
      ['bithu', 'cell_secretary'],
      ['dangvien', 'member'],
      ['giamsat', 'observer'],
    ]);
    const { office, cell, secretary, member, observed } = plan.picks;
    expect(office.parentId).toBe(1);
    expect(office.name).toBe('Đảng ủy phường Nam Định');
    expect(office.kind).toBe('grassroots_committee');
    expect(cell.parentId).toBe(office.id);
    expect(secretary.unitId).toBe(cell.id);
    expect(plan.seats.some((s) => s.termId === cell.id && s.memberId === secretary.id && s.position === 'secretary')).toBe(true);
    expect(member.unitId).toBe(cell.id);
    expect(member.status).toBe('official');
    expect(member.id).not.toBe(secretary.id);
    expect(observed.name).toBe('Đảng ủy phường Mỹ Lộc');
    expect(users.every((u) => plan.units[u.unitId - 1]!.dissolvedOn === null)).toBe(true);
    expect(users[1]!.since).toBe('2025-07-01');
    expect(users[2]!.displayName).toBe(secretary.fullName);
  });
});

describe('small profile', () => {
  it('has 2 subordinate committees, 3 grassroots committees, 1 grassroots cell, 8 cells, 1 partial committee', () => {
    const plan = planProvince({ profile: 'small' });
    expect(countKinds(plan)).toEqual({
      province_committee: 1,
      subordinate_committee: 2,
      grassroots_committee: 3,
      grassroots_cell: 1,
      cell: 8,
      partial_committee: 1,
    });
    expect(plan.members).toHaveLength(240);
    expect(digest(planProvince({ profile: 'small' }))).toBe(digest(plan));
    expect(plan.picks.office.name).toBe('Đảng ủy phường Trần Hưng Đạo');
    expect(plan.picks.observed.name).toBe('Huyện ủy Ý Yên');
  });

  it('honours a custom member count and date', () => {
    const plan = planProvince({ profile: 'small', members: 60, today: '2030-06-30' });
    expect(plan.members).toHaveLength(60);
    // Cells held their 2030 congresses in spring; the province's comes in October, so it is still 2025's.
    const cell = plan.units.find((u) => u.kind === 'cell')!;
    expect(plan.terms.find((t) => t.unitId === cell.id)!.label).toBe('Nhiệm kỳ 2030–2035');
    expect(plan.terms[0]!.label).toBe('Nhiệm kỳ 2025–2030');
    expect(() => planProvince({ profile: 'small', members: 20 })).toThrow(
      expect.objectContaining({ code: 'seed_too_few_members', params: { given: 20, min: 27 } }),
    );
  });
});

describe('scaling and helpers', () => {
  it('scales the unit shape with the member count above Nam Định’s size', () => {
    const subs = provinceShape(220_600, createRng(1));
    const grassroots = subs.flatMap((s) => s.grassroots);
    expect(subs).toHaveLength(30);
    expect(grassroots).toHaveLength(1842);
    expect(grassroots.reduce((n, g) => n + g.cells.length + g.partials.reduce((k, p) => k + p.cells.length, 0), 0)).toBe(8586);
  });

  it('escapes COPY text values', () => {
    expect(copyValue(null)).toBe('\\N');
    expect(copyValue('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    expect(copyLine([1, 'Nguyễn Văn An', null])).toBe('1\tNguyễn Văn An\t\\N\n');
  });

  it('records admission, becoming official and status changes as events', () => {
    const plan = planProvince({ profile: 'small' });
    const exempted = plan.members.find((m) => m.status === 'exempted')!;
    expect(memberEvents(exempted).map((e) => e.kind)).toEqual(['admitted', 'official', 'status_changed']);
    expect(JSON.parse(memberEvents(exempted)[2]!.details)).toMatchObject({ status: 'exempted' });
    const probationary = plan.members.find((m) => m.status === 'probationary')!;
    expect(memberEvents(probationary).map((e) => e.kind)).toEqual(['admitted']);
  });
});
