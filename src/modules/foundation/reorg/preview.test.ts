import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { checkShape, plansOverlap, rowsToOps } from '../../../domain/orgs/reorg.js';
import { applyAndWait, createPlan } from './test-helpers.js';
import { previewSettings } from './preview.js';

let t: TestApp;
let admin: Session;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

describe('plan preview', () => {
  it('applies a large plan without a second dry run first: a row refused since is said on the plan, nothing written', async () => {
    const inline = previewSettings.inlineMax;
    previewSettings.inlineMax = 1;
    try {
      const res = await createPlan(t, admin, 1, [
        { kind: 'rename', unit: 'T.A.1.1', name: 'Chi bộ thôn Đông Mới' },
        { kind: 'create', code: 'T.A.1.7', name: 'Chi bộ thôn Nam', parent: 'T.A.1', unitKind: 'cell' },
      ]);
      expect(res.statusCode, res.body).toBe(201);
      await t.db.updateTable('org_unit').set({ name: 'Chi bộ thôn Nam' }).where('code', '=', 'T.A.1.2').execute();
      const { res: started, plan } = await applyAndWait(t, admin, res.json().id);
      expect(started.statusCode).toBe(202);
      expect(plan.status).toBe('draft');
      expect(plan.failure.rows).toEqual([expect.objectContaining({ row: 2, code: 'duplicate_unit_name' })]);
      expect((await t.db.selectFrom('org_unit').select('name').where('code', '=', 'T.A.1.1').executeTakeFirstOrThrow()).name).toBe(
        'Chi bộ thôn Đông',
      );
      await t.db.updateTable('org_unit').set({ name: 'Chi bộ thôn Tây' }).where('code', '=', 'T.A.1.2').execute();
      await t.call(admin, 'POST', `/api/reorg-plans/${res.json().id}/discard`);
    } finally {
      previewSettings.inlineMax = inline;
    }
  });

  it('previews a large plan in the background: 202 with the operations done, then the result', async () => {
    const inline = previewSettings.inlineMax;
    previewSettings.inlineMax = 1; // a "large" plan is one of two operations here
    try {
      const res = await createPlan(t, admin, 1, [
        { kind: 'merge', sources: ['T.A.1.1', 'T.A.1.2'], code: 'T.A.1.8', name: 'Chi bộ thôn Đông Tây', parent: 'T.A.1' },
        { kind: 'rename', unit: 'T.B.1.1', name: 'Chi bộ xóm Một' },
      ]);
      expect(res.statusCode, res.body).toBe(201);
      const id = res.json().id;
      const first = await t.call(admin, 'GET', `/api/reorg-plans/${id}/preview`);
      expect(first.statusCode).toBe(202);
      expect(first.json()).toMatchObject({ running: true, total: 2 });
      let answer = first;
      for (let i = 0; i < 400 && answer.statusCode === 202; i += 1) {
        expect(answer.json().done).toBeLessThanOrEqual(2);
        await new Promise((r) => setTimeout(r, 25));
        answer = await t.call(admin, 'GET', `/api/reorg-plans/${id}/preview`);
      }
      expect(answer.statusCode, answer.body).toBe(200);
      expect(answer.json()).toMatchObject({ running: false, errors: [], method: 'dry_run_rolled_back' });
      expect(answer.json().membersMoved.total).toBe(7);
      // The dry run wrote nothing, and the result is kept for the next look.
      expect(await t.db.selectFrom('org_unit').select('id').where('code', '=', 'T.A.1.8').executeTakeFirst()).toBeUndefined();
      expect((await t.call(admin, 'GET', `/api/reorg-plans/${id}/preview`)).statusCode).toBe(200);
      await t.call(admin, 'POST', `/api/reorg-plans/${id}/discard`);
    } finally {
      previewSettings.inlineMax = inline;
    }
  });

  it('lists what is under way on the units that disappear: transfers, assignments, grants, campaigns', async () => {
    await sql`INSERT INTO party_transfer (member_id, kind, from_unit_id, to_unit_id, state) VALUES (1, 'official', 5, 8, 'recorded')`.execute(
      t.db,
    );
    await sql`INSERT INTO unit_assignment (unit_id, member_id, valid_from) VALUES (6, 3, '2026-01-01')`.execute(t.db);
    await sql`INSERT INTO campaign (unit_id, name, goal, place, starts_on, deadline) VALUES (5, 'Vận động hộ', 'x', 'y', '2026-09-01', '2026-12-31')`.execute(
      t.db,
    );
    const grants = await sql<{ n: number }>`SELECT count(*)::int AS n FROM role_grant WHERE unit_id IN (5, 6) AND valid_to IS NULL`.execute(
      t.db,
    );
    const res = await createPlan(t, admin, 1, [
      { kind: 'merge', sources: ['T.A.1.1', 'T.A.1.2'], code: 'T.A.1.8', name: 'Chi bộ thôn Đông Tây', parent: 'T.A.1' },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const p = (await t.call(admin, 'GET', `/api/reorg-plans/${res.json().id}/preview`)).json();
    expect(p.inFlight.transfers.total).toBe(1);
    expect(p.inFlight.transfers.items[0].unit).toBe('Chi bộ thôn Đông');
    expect(p.inFlight.unitAssignments.total).toBe(1);
    expect(p.inFlight.campaigns.items.map((c: { label: string }) => c.label)).toEqual(['Vận động hộ']);
    expect(p.inFlight.roleGrants.total).toBe(grants.rows[0]!.n);
    expect(p.inFlight.roleGrants.total).toBeGreaterThan(0);
    expect(p.membersMoved.total).toBe(7);
    expect(p.membersMoved.items[0]).toHaveProperty('toUnit', 'Chi bộ thôn Đông Tây');
    // A page past the end is empty, with the same totals.
    const far = (await t.call(admin, 'GET', `/api/reorg-plans/${res.json().id}/preview?page=2`)).json();
    expect(far.membersMoved).toEqual({ total: 7, items: [] });
    expect(typeof p.elapsedMs).toBe('number');
    await t.call(admin, 'POST', `/api/reorg-plans/${res.json().id}/discard`);
  });

  it('previews a plan dated ahead as of its day, and applies it only from that day', async () => {
    const res = await createPlan(t, admin, 1, [{ kind: 'rename', unit: 'T.B.1', name: 'Đảng ủy xã B Một' }], { effectiveOn: '2027-01-01' });
    expect(res.statusCode, res.body).toBe(201);
    const p = (await t.call(admin, 'GET', `/api/reorg-plans/${res.json().id}/preview`)).json();
    expect(p.applicableFrom).toBe('2027-01-01');
    expect(p.after.find((n: { code: string }) => n.code === 'T.B.1').name).toBe('Đảng ủy xã B Một');
    const { res: apply } = await applyAndWait(t, admin, res.json().id);
    expect(apply.statusCode).toBe(409);
    expect(apply.json().code).toBe('reorg_plan_not_yet');
    await t.call(admin, 'POST', `/api/reorg-plans/${res.json().id}/discard`);
  });

  it('refuses kind changes the tree cannot hold, row by row', async () => {
    const res = await createPlan(
      t,
      admin,
      1,
      [
        { row: 1, kind: 'change_kind', unit: 'T.A.1.1', unitKind: 'partial_committee' }, // still has members
        { row: 2, kind: 'change_kind', unit: 'T.A.1', unitKind: 'grassroots_cell' }, // its cells cannot sit under a cell
        { row: 3, kind: 'change_kind', unit: 'T.A.2', unitKind: 'cell', parent: 'T' }, // a cell under the province
        { row: 4, kind: 'change_kind', unit: 'T.A.2', unitKind: 'grassroots_cell' }, // nothing changes
      ],
      { effectiveOn: '2026-10-05' },
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().details.map((d: { row: number; code: string }) => [d.row, d.code])).toEqual([
      [1, 'kind_cannot_hold_members'],
      [2, 'kind_not_allowed_under'],
      [3, 'kind_not_allowed_under'],
      [4, 'kind_unchanged'],
    ]);
  });

  it('edits a draft with its version, and refuses a stale one', async () => {
    const res = await createPlan(t, admin, 1, [{ kind: 'rename', unit: 'T.A.1.2', name: 'Chi bộ thôn Tây A' }], {
      effectiveOn: '2026-10-06',
    });
    const plan = res.json();
    const edit = {
      version: plan.version,
      title: 'Đã sửa',
      effectiveOn: '2026-10-06',
      operations: [{ kind: 'rename', unit: 'T.A.1.2', name: 'Chi bộ thôn Tây B' }],
    };
    const ok = await t.call(admin, 'PUT', `/api/reorg-plans/${plan.id}`, edit);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ title: 'Đã sửa', operations: [expect.objectContaining({ name: 'Chi bộ thôn Tây B' })] });
    expect((await t.call(admin, 'PUT', `/api/reorg-plans/${plan.id}`, edit)).statusCode).toBe(409);
    const list = (await t.call(admin, 'GET', '/api/reorg-plans?unitId=1')).json();
    expect(list.some((p: { id: number }) => p.id === plan.id)).toBe(true);
  });
});

describe('plan rules (pure)', () => {
  it('reads each kind of row, and says what a row lacks', () => {
    const headers = ['Thao tác', 'Mã đơn vị', 'Mã mới', 'Tên mới', 'Mã đơn vị cấp trên', 'Loại tổ chức', 'Hợp nhất vào'];
    const r = rowsToOps(headers, [
      { row: 2, cells: ['Chia tách', 'A', 'B1;B2', 'Bắc 1; Bắc 2', null, null, null] },
      { row: 3, cells: ['giải thể', 'C', null, null, null, null, null] },
      { row: 4, cells: ['Hợp nhất', 'A', null, null, null, null, 'A'] },
      { row: 5, cells: ['Chia tách', 'A', 'B1;B2', 'Bắc 1', null, null, null] },
    ]);
    expect(r.ops).toEqual([
      {
        row: 2,
        kind: 'split',
        unit: 'A',
        parts: [
          { code: 'B1', name: 'Bắc 1' },
          { code: 'B2', name: 'Bắc 2' },
        ],
      },
      { row: 3, kind: 'dissolve', unit: 'C' },
    ]);
    expect(r.errors.map((e) => [e.row, e.code])).toEqual([
      [4, 'merge_needs_two'],
      [5, 'reorg_split_parts'],
    ]);
    expect(checkShape({ row: 1, kind: 'create', code: 'X', name: 'Y', parent: 'P' })).toMatchObject({
      code: 'reorg_field_missing',
      params: { field: 'unitKind' },
    });
  });

  it('sees two plans overlap by a shared unit, or by one day in nested scopes', () => {
    const a = { effectiveOn: '2026-10-01', rootPath: '1.2', touched: ['X'] };
    expect(plansOverlap(a, { effectiveOn: '2026-11-01', rootPath: '1.3', touched: ['X'] })).toEqual({ shared: ['X'] });
    expect(plansOverlap(a, { effectiveOn: '2026-10-01', rootPath: '1', touched: ['Y'] })).toEqual({ shared: [] });
    expect(plansOverlap(a, { effectiveOn: '2026-10-01', rootPath: '1.3', touched: ['Y'] })).toBeNull();
    expect(plansOverlap(a, { effectiveOn: '2026-10-02', rootPath: '1.2', touched: ['Y'] })).toBeNull();
  });
});

describe('interrupted runs', () => {
  it('puts a plan a stopped process left applying back to draft, to be applied again', async () => {
    const { resetInterruptedPlans } = await import('./service.js');
    const id = (
      await createPlan(t, admin, 1, [{ kind: 'rename', unit: 'T.A.2', name: 'Chi bộ Trường C' }], { effectiveOn: '2026-10-07' })
    ).json().id;
    await t.db.updateTable('reorg_plan').set({ status: 'applying' }).where('id', '=', id).execute();
    expect(await resetInterruptedPlans(t.db)).toBe(1);
    const plan = (await t.call(admin, 'GET', `/api/reorg-plans/${id}`)).json();
    expect(plan.status).toBe('draft');
    expect(plan.failure.code).toBe('reorg_interrupted');
    expect((await t.call(admin, 'GET', `/api/reorg-plans/${id}/preview`)).statusCode).toBe(200);
    const { plan: applied } = await applyAndWait(t, admin, id);
    expect(applied.status).toBe('applied');
    expect((await t.call(admin, 'GET', `/api/reorg-plans/${id}/preview`)).statusCode).toBe(409);
  });
});
