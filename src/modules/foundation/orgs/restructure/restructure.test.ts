import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../../test/http.js';

let t: TestApp;
let admin: Session;
let office: Session;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  office = await t.login('office');
});
afterAll(() => t.close());

const auditCount = async () =>
  Number(
    (
      await t.db
        .selectFrom('audit_entry')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const unit = async (id: number) => (await t.call(admin, 'GET', `/api/units/${id}`)).json();

describe('restructuring', () => {
  it('previews a merge without writing, then merges two cells into a new one', async () => {
    const body = {
      sources: [
        { id: 5, version: 1 },
        { id: 6, version: 1 },
      ],
      into: { parentId: 4, code: 'T.A.1.9', name: 'Chi bộ thôn Đông Tây' },
      effectiveOn: '2026-10-01',
    };
    const before = await auditCount();
    const preview = await t.call(admin, 'POST', '/api/units/merge', { ...body, preview: true });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().membersMoved).toBe(7);
    expect(await auditCount()).toBe(before);
    expect((await unit(5)).dissolvedOn).toBeNull();

    const res = await t.call(admin, 'POST', '/api/units/merge', body);
    expect(res.statusCode).toBe(200);
    const newId = res.json().units.find((u: { change: string }) => u.change === 'created').id;
    const list = await t.call(admin, 'GET', `/api/members?unitId=${newId}&pageSize=50`);
    expect(list.json().total).toBe(7);
    expect((await unit(5)).dissolvedOn).toBe('2026-10-01');
    // History: the old cells still show as they stood before the merge.
    const past = await t.call(admin, 'GET', '/api/units/4/children?asOf=2026-09-30');
    expect(past.json().map((c: { name: string; memberCount: number }) => [c.name, c.memberCount])).toEqual([
      ['Chi bộ thôn Đông', 4],
      ['Chi bộ thôn Tây', 3],
    ]);
    const now = await t.call(admin, 'GET', '/api/units/4/children');
    expect(now.json().map((c: { name: string }) => c.name)).toEqual(['Chi bộ thôn Đông Tây']);
    const periods = (await t.call(admin, 'GET', '/api/members/1')).json().periods;
    expect(periods.map((p: { unit_id: number; valid_to: string | null }) => [p.unit_id, p.valid_to])).toEqual([
      [newId, null],
      [5, '2026-10-01'],
    ]);
    expect(await auditCount()).toBe(before + 1);
  });

  it('renames with a new version and keeps the old name in history', async () => {
    const u = await unit(8);
    const res = await t.call(admin, 'POST', '/api/units/8/rename', {
      name: 'Chi bộ xóm Một',
      version: u.version,
      effectiveOn: '2026-06-01',
      decisionNo: '12-QĐ/ĐU',
    });
    expect(res.statusCode).toBe(200);
    const history = (await t.call(admin, 'GET', '/api/units/8/history')).json();
    expect(history.map((v: { name: string; valid_to: string | null }) => [v.name, v.valid_to])).toEqual([
      ['Chi bộ xóm 1', '2026-06-01'],
      ['Chi bộ xóm Một', null],
    ]);
    const stale = await t.call(admin, 'POST', '/api/units/8/rename', { name: 'Khác', version: u.version, effectiveOn: '2026-07-01' });
    expect(stale.statusCode).toBe(409);
  });

  it('moves a subtree and rewrites the paths below it', async () => {
    const u = await unit(7);
    const res = await t.call(admin, 'POST', '/api/units/7/move', { newParentId: 2, version: u.version, effectiveOn: '2026-07-01' });
    expect(res.statusCode).toBe(200);
    expect(res.json().membersMoved).toBe(3);
    expect((await unit(8)).path).toBe('1.2.7.8');
    const asBefore = await t.call(admin, 'GET', '/api/units/3/children?asOf=2026-06-30');
    expect(asBefore.json().map((c: { id: number }) => c.id)).toEqual([7]);
    expect((await t.call(admin, 'GET', '/api/units/3/children')).json()).toEqual([]);
    // The office of unit 4 now cannot see the moved subtree, which is not under unit 4.
    expect((await t.call(office, 'GET', '/api/units/8')).statusCode).toBe(404);
  });

  it('refuses a move under the unit’s own descendant with a clear message', async () => {
    const u = await unit(2);
    const res = await t.call(admin, 'POST', '/api/units/2/move', { newParentId: 7, version: u.version, effectiveOn: '2026-11-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'move_into_descendant',
      message: 'Không thể chuyển Huyện ủy A vào chính đơn vị cấp dưới của nó.',
    });
  });

  it('refuses to dissolve a unit that still has members, then dissolves it once empty', async () => {
    const u = await unit(9);
    const res = await t.call(admin, 'POST', '/api/units/9/dissolve', { version: u.version, effectiveOn: '2026-11-01' });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('Không thể giải thể Chi bộ Trường A: còn 2 đảng viên đang sinh hoạt. Hãy chuyển đảng viên đi trước.');
    expect((await unit(9)).dissolvedOn).toBeNull();
  });

  it('splits a cell, each member going to the part chosen', async () => {
    const u = await unit(9);
    const res = await t.call(admin, 'POST', '/api/units/9/split', {
      version: u.version,
      effectiveOn: '2026-11-02',
      parts: [
        { code: 'T.A.2a', name: 'Chi bộ Trường A1' },
        { code: 'T.A.2b', name: 'Chi bộ Trường A2' },
      ],
      memberParts: { 8: 0, 9: 1 },
    });
    expect(res.statusCode).toBe(200);
    const [a, b] = res
      .json()
      .units.filter((x: { change: string }) => x.change === 'created')
      .map((x: { id: number }) => x.id);
    expect((await t.call(admin, 'GET', '/api/members/8')).json().unitId).toBe(a);
    expect((await t.call(admin, 'GET', '/api/members/9')).json().unitId).toBe(b);
    const missing = await t.call(admin, 'POST', `/api/units/${a}/split`, {
      version: 1,
      effectiveOn: '2026-11-03',
      parts: [
        { code: 'Z1', name: 'Z1' },
        { code: 'Z2', name: 'Z2' },
      ],
      memberParts: {},
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().code).toBe('split_unassigned');
  });

  it('lets an office restructure inside its subtree but not its own unit', async () => {
    const own = await t.call(office, 'POST', '/api/units/4/rename', { name: 'X', version: 1, effectiveOn: '2026-11-01' });
    expect(own.statusCode).toBe(403);
    const created = await t.call(office, 'POST', '/api/units', {
      parentId: 4,
      code: 'T.A.1.7',
      name: 'Chi bộ thôn Bắc',
      kind: 'cell',
      effectiveOn: '2026-11-01',
    });
    expect(created.statusCode).toBe(200);
    const wrongKind = await t.call(office, 'POST', '/api/units', {
      parentId: 4,
      code: 'T.A.1.8',
      name: 'Đảng ủy lạ',
      kind: 'subordinate_committee',
      effectiveOn: '2026-11-01',
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().code).toBe('kind_not_allowed_under');
    const dup = await t.call(office, 'POST', '/api/units', {
      parentId: 4,
      code: 'T.A.1.7',
      name: 'Chi bộ khác',
      kind: 'cell',
      effectiveOn: '2026-11-01',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('duplicate_unit_code');
    // The creation form puts each refusal under its field.
    expect(dup.json().details).toEqual([{ field: 'code', message: 'Mã tổ chức T.A.1.7 đã được dùng.' }]);
    expect(wrongKind.json().details).toEqual([
      { field: 'kind', message: 'Không thể đặt đảng bộ cấp trên cơ sở trực thuộc đảng bộ cơ sở.' },
    ]);
    const sameName = await t.call(
      office,
      'POST',
      '/api/units',
      { parentId: 4, code: 'T.A.1.9', name: ' Chi bộ thôn Bắc ', kind: 'cell', effectiveOn: '2026-11-01' },
      { 'accept-language': 'en' },
    );
    expect(sameName.statusCode).toBe(409);
    expect(sameName.json().details).toMatchObject([{ field: 'name' }]);
    expect(sameName.json().details[0].message).toContain('Chi bộ thôn Bắc');
  });

  it('refuses future dates and dates before the latest change', async () => {
    const u = await unit(8);
    const future = await t.call(admin, 'POST', '/api/units/8/rename', { name: 'Y', version: u.version, effectiveOn: '2027-01-01' });
    expect(future.json().code).toBe('effective_in_future');
    const early = await t.call(admin, 'POST', '/api/units/8/rename', { name: 'Y', version: u.version, effectiveOn: '2026-01-01' });
    expect(early.json().code).toBe('effective_before_history');
  });
});
