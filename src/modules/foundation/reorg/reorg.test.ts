import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { applyAndWait, createPlan, EFFECTIVE, undoAndWait } from './test-helpers.js';

let t: TestApp;
let admin: Session;

// A fresh database per test: plans change the tree, and the tests must not lean on each other.
beforeEach(async () => {
  await t?.close();
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

const count = async (table: 'audit_entry' | 'reorg_plan' | 'org_unit' | 'restructuring') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const unitByCode = (code: string) => t.db.selectFrom('org_unit').selectAll().where('code', '=', code).executeTakeFirst();
/** The whole tree as it stands: code, name, kind, parent code, dissolved, with each active member's cell. */
async function tree() {
  const units = await sql<{ code: string; name: string; kind: string; parent: string | null; path: string; dissolved_on: string | null }>`
    SELECT u.code, u.name, u.kind, p.code AS parent, u.path::text AS path, u.dissolved_on FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id ORDER BY u.code`.execute(
    t.db,
  );
  const members = await sql<{
    id: number;
    code: string;
  }>`SELECT m.id::int AS id, u.code FROM member m JOIN org_unit u ON u.id = m.unit_id ORDER BY m.id`.execute(t.db);
  return { units: units.rows, members: members.rows };
}

const ALL_KINDS = [
  { kind: 'create', code: 'T.A.1.3', name: 'Chi bộ thôn Bắc', parent: 'T.A.1', unitKind: 'cell' },
  { kind: 'rename', unit: 'T.A.2', name: 'Chi bộ Trường Tiểu học A' },
  { kind: 'merge', sources: ['T.A.1.1', 'T.A.1.2'], code: 'T.A.1.4', name: 'Chi bộ thôn Đông Tây', parent: 'T.A.1' },
  {
    kind: 'split',
    unit: 'T.B.1.1',
    parts: [
      { code: 'T.B.1.2', name: 'Chi bộ xóm 1A', memberIds: [10] },
      { code: 'T.B.1.3', name: 'Chi bộ xóm 1B', memberIds: [11] },
    ],
  },
  { kind: 'dissolve', unit: 'T.B.1.9' },
  { kind: 'move', unit: 'T.A.1', parent: 'T' },
  { kind: 'change_kind', unit: 'T.A.2', unitKind: 'grassroots_cell', parent: 'T' },
  { kind: 'change_kind', unit: 'T.A.1.3', unitKind: 'partial_committee' },
];
/** An empty cell made earlier by an ordinary restructuring, for the plan to dissolve. */
const emptyCell = async () => {
  const res = await t.call(admin, 'POST', '/api/units', {
    parentId: 7,
    code: 'T.B.1.9',
    name: 'Chi bộ xóm 9',
    kind: 'cell',
    effectiveOn: '2026-09-01',
  });
  expect(res.statusCode, res.body).toBe(200);
};

describe('reorganization plan', () => {
  it('applies every kind of operation as one, and the preview showed exactly the result', async () => {
    await emptyCell();
    const res = await createPlan(t, admin, 1, ALL_KINDS);
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    expect(res.json().operations).toHaveLength(8);
    const preview = (await t.call(admin, 'GET', `/api/reorg-plans/${id}/preview`)).json();
    expect(preview.errors).toEqual([]);
    expect(preview.method).toBe('dry_run_rolled_back');
    // Members 1–7 (cells 5 and 6) and 10–12 (cell 8) change cell.
    expect(preview.membersMoved.total).toBe(10);
    expect(await unitByCode('T.A.1.4')).toBeUndefined(); // the dry run wrote nothing

    const before = await count('audit_entry');
    const { res: applied, plan } = await applyAndWait(t, admin, id);
    expect(applied.statusCode, applied.body).toBe(202);
    expect(plan.status).toBe('applied');
    expect(plan.progress).toBe(8);
    // One audit entry per operation, and one for the plan.
    expect(await count('audit_entry')).toBe(before + 9);

    const now = await tree();
    const byCode = new Map(now.units.map((u) => [u.code, u]));
    expect(byCode.get('T.B.1.9')!.dissolved_on).toBe(EFFECTIVE);
    expect(byCode.get('T.A.1.1')!.dissolved_on).toBe(EFFECTIVE);
    expect(byCode.get('T.B.1.1')!.dissolved_on).toBe(EFFECTIVE);
    expect(byCode.get('T.A.1')!.parent).toBe('T');
    expect(byCode.get('T.A.1.4')!.path.startsWith(`${byCode.get('T.A.1')!.path}.`)).toBe(true);
    expect(byCode.get('T.A.2')).toMatchObject({ name: 'Chi bộ Trường Tiểu học A', kind: 'grassroots_cell', parent: 'T' });
    expect(byCode.get('T.A.1.3')).toMatchObject({ kind: 'partial_committee', parent: 'T.A.1' });
    const cellOf = new Map(now.members.map((m) => [m.id, m.code]));
    expect([1, 2, 3, 5, 7].map((m) => cellOf.get(m))).toEqual(Array(5).fill('T.A.1.4'));
    // Member 12, in no part's list, goes to the first part.
    expect([10, 11, 12].map((m) => cellOf.get(m))).toEqual(['T.B.1.2', 'T.B.1.3', 'T.B.1.2']);

    // The preview's tree after is the tree the apply left.
    const after = new Map(preview.after.map((n: { code: string; members: number; cells: number; name: string }) => [n.code, n]));
    for (const code of ['T', 'T.A.1', 'T.A.1.3', 'T.A.1.4', 'T.A.2', 'T.B.1', 'T.B.1.2', 'T.B.1.3']) {
      const u = (await t.call(admin, 'GET', `/api/units/${(await unitByCode(code))!.id}`)).json();
      expect(after.get(code), code).toMatchObject({ name: u.name, kind: u.kind, members: u.memberCount });
    }
    expect(after.get('T.A.1')).toMatchObject({ members: 7, cells: 1 });
    expect(after.has('T.A.1.1')).toBe(false);
    expect(preview.before.map((n: { code: string }) => n.code)).toContain('T.A.1.1');
    // Committee seats held today on each unit's own committee (the fixture gives cell T.A.1.1 its secretary).
    expect(preview.before.find((n: { code: string }) => n.code === 'T.A.1.1')).toMatchObject({ seats: 1 });
    expect(preview.before.find((n: { code: string }) => n.code === 'T.A.1')).toMatchObject({ seats: 0 });
    // History: the cells as they stood the day before.
    const past = (await t.call(admin, 'GET', '/api/units/4/children?asOf=2026-09-30')).json();
    expect(past.map((c: { name: string }) => c.name)).toEqual(['Chi bộ thôn Đông', 'Chi bộ thôn Tây']);
  });

  it('refuses a plan with bad rows, each refusal tied to its row, and writes nothing', async () => {
    const plans = await count('reorg_plan');
    const audit = await count('audit_entry');
    const res = await createPlan(t, admin, 1, [
      { row: 2, kind: 'rename', unit: 'KHONG-CO', name: 'X' },
      { row: 3, kind: 'move', unit: 'T.A', parent: 'T.A.1' },
      { row: 4, kind: 'create', code: 'N1', name: 'Chi bộ lạ', parent: 'T', unitKind: 'cell' },
      { row: 5, kind: 'rename', unit: 'T.A.1.2', name: 'Chi bộ thôn Đông' },
      { row: 6, kind: 'move', unit: 'T.A.1.1', parent: 'T.A.1' },
      { row: 7, kind: 'rename', unit: 'T.A.1.1', name: 'Chi bộ thôn Đông 2' },
    ]);
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe('reorg_plan_refused');
    expect(body.details.map((d: { row: number; code: string }) => [d.row, d.code])).toEqual([
      [2, 'reorg_unit_unknown'],
      [3, 'move_into_descendant'],
      [4, 'kind_not_allowed_under'],
      [5, 'duplicate_unit_name'],
      [6, 'move_same_parent'],
    ]);
    expect(body.details[0].message).toContain('KHONG-CO');
    expect(await count('reorg_plan')).toBe(plans);
    expect(await count('audit_entry')).toBe(audit);
    // A unit founded after the effective date does not exist yet on that date.
    await t.db.updateTable('org_unit').set({ founded_on: '2026-10-15' }).where('code', '=', 'T.A.1.2').execute();
    const later = await createPlan(t, admin, 1, [{ kind: 'dissolve', unit: 'T.A.1.2' }]);
    expect(later.json().details.map((d: { code: string }) => d.code)).toEqual(['reorg_unit_unknown']);
  });

  it('applies all or nothing: a row refused at apply time leaves every unit as it was', async () => {
    const id = (
      await createPlan(t, admin, 1, [
        { kind: 'rename', unit: 'T.A.1.1', name: 'Chi bộ thôn Đông Mới' },
        { kind: 'create', code: 'T.A.1.7', name: 'Chi bộ thôn Nam', parent: 'T.A.1', unitKind: 'cell' },
      ])
    ).json().id;
    // Since the draft was saved, someone took the new name.
    await t.db.updateTable('org_unit').set({ name: 'Chi bộ thôn Nam' }).where('code', '=', 'T.A.1.2').execute();
    const before = await tree();
    const units = await count('restructuring');
    const { res } = await applyAndWait(t, admin, id);
    expect(res.statusCode).toBe(422);
    expect(res.json().details).toEqual([expect.objectContaining({ row: 2, code: 'duplicate_unit_name' })]);
    expect(await tree()).toEqual(before);
    expect(await count('restructuring')).toBe(units);
    expect((await t.call(admin, 'GET', `/api/reorg-plans/${id}`)).json().status).toBe('draft');
  });

  it('undoes an applied plan while nothing has changed since, and not after a change', async () => {
    await emptyCell();
    const before = await tree();
    const id = (await createPlan(t, admin, 1, ALL_KINDS)).json().id;
    expect((await applyAndWait(t, admin, id)).plan.status).toBe('applied');
    expect(await tree()).not.toEqual(before);
    const { res, plan } = await undoAndWait(t, admin, id);
    expect(res.statusCode, res.body).toBe(202);
    expect(plan.status).toBe('undone');
    expect(await tree()).toEqual(before);
    const periods = await sql<{ n: number }>`SELECT count(*)::int AS n FROM member_cell_period WHERE valid_to IS NULL`.execute(t.db);
    expect(periods.rows[0]!.n).toBe(12);
    expect((await t.call(admin, 'GET', '/api/units/4/children')).json().map((c: { name: string }) => c.name)).toEqual([
      'Chi bộ thôn Đông',
      'Chi bộ thôn Tây',
    ]);

    const second = (
      await createPlan(t, admin, 1, [{ kind: 'merge', sources: ['T.A.1.1', 'T.A.1.2'], into: 'T.A.1.1' }], { title: 'Lần hai' })
    ).json().id;
    expect((await applyAndWait(t, admin, second)).plan.status).toBe('applied');
    await t.call(admin, 'PATCH', '/api/members/5', {
      version: (await t.call(admin, 'GET', '/api/members/5')).json().version,
      phone: '0911111111',
    });
    const refused = await t.call(admin, 'POST', `/api/reorg-plans/${second}/undo`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('reorg_undo_changed');
  });

  it('refuses two open plans that share a unit or a day in one scope, with a sentence', async () => {
    expect((await createPlan(t, admin, 1, [{ kind: 'rename', unit: 'T.A.1.1', name: 'A' }], { title: 'Kế hoạch 1' })).statusCode).toBe(201);
    const units = await createPlan(t, admin, 2, [{ kind: 'rename', unit: 'T.A.1.1', name: 'B' }], { effectiveOn: '2026-10-02' });
    expect(units.statusCode).toBe(409);
    expect(units.json().message).toContain('Kế hoạch 1');
    expect(units.json().message).toContain('T.A.1.1');
    const day = await createPlan(t, admin, 3, [{ kind: 'rename', unit: 'T.B.1.1', name: 'C' }]);
    expect(day.statusCode).toBe(409);
    expect(day.json().code).toBe('reorg_plan_overlap_date');
    expect(
      (await createPlan(t, admin, 3, [{ kind: 'rename', unit: 'T.B.1.1', name: 'C' }], { effectiveOn: '2026-10-02' })).statusCode,
    ).toBe(201);
  });

  it("hides plans outside the caller's scope as missing, and refuses out-of-scope units like unknown ones", async () => {
    const id = (
      await createPlan(t, admin, 3, [{ kind: 'rename', unit: 'T.B.1.1', name: 'Chi bộ xóm Một' }], { title: 'Huyện B riêng' })
    ).json().id;
    for (const who of ['secretary', 'office']) {
      const s = await t.login(who);
      for (const url of [`/api/reorg-plans/${id}`, `/api/reorg-plans/${id}/preview`]) {
        const res = await t.call(s, 'GET', url);
        expect(res.statusCode, `${who} ${url}`).toBe(404);
        expect(res.body).not.toContain('Huyện');
        expect(res.body).not.toContain('xóm');
      }
      expect((await t.call(s, 'POST', `/api/reorg-plans/${id}/apply`)).statusCode).toBe(404);
    }
    const office = await t.login('office');
    const foreign = await createPlan(t, office, 4, [{ kind: 'rename', unit: 'T.B.1.1', name: 'X' }], { effectiveOn: '2026-10-03' });
    const missing = await createPlan(t, office, 4, [{ kind: 'rename', unit: 'T.Z.9', name: 'X' }], { effectiveOn: '2026-10-03' });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().details[0].code).toBe(missing.json().details[0].code);
    expect(foreign.body).not.toContain('Chi bộ xóm 1');
    // The office restructures inside its commune.
    const own = await createPlan(t, office, 4, [{ kind: 'rename', unit: 'T.A.1.1', name: 'Chi bộ thôn Đông Một' }], {
      effectiveOn: '2026-10-03',
    });
    expect(own.statusCode, own.body).toBe(201);
    const secretary = await t.login('secretary');
    expect((await createPlan(t, secretary, 5, [{ kind: 'rename', unit: 'T.A.1.1', name: 'Y' }])).statusCode).toBe(403);
  });
});
