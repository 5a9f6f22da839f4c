// Merging whole provinces under a new province committee (issue 15 §1; Nghị quyết 60-NQ/TW of 2025: 63 provinces
// into 34). In a national tree the Central level holds the provinces, so two provinces merge like any two units:
// a new province committee under the Central level takes over both provinces' organizations, with their history.
//
// The fixture is turned into a national tree:
//   100 Trung ương ─┬─ 1 Tỉnh ủy Thử ─── 2 Huyện ủy A ─ … (members 1–9)
//                   └─ 3 Tỉnh ủy Hà ─── 7 Đảng ủy xã B1 ─── 8 Chi bộ xóm 1 (members 10–12)
// The user `central` administers the Central level; `admin` administers only Tỉnh ủy Thử.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { applyAndWait, createPlan, EFFECTIVE, undoAndWait } from './test-helpers.js';
import { pdfText } from '../../data-exchange/reports/pdf-text.js';

let t: TestApp;
let central: Session;

const MERGE = { kind: 'merge', sources: ['T', 'H'], code: 'NB', name: 'Tỉnh ủy Ninh Bình', parent: 'TW' };

async function nationalTree() {
  await t.db.transaction().execute(async (trx) => {
    await sql`INSERT INTO org_unit (id, code, name, kind, parent_id, path, founded_on)
              VALUES (100, 'TW', 'Trung ương', 'central', NULL, '100', '1930-02-03')`.execute(trx);
    await sql`INSERT INTO org_unit_version (unit_id, name, kind, parent_id, path, valid_from)
              VALUES (100, 'Trung ương', 'central', NULL, '100', '1930-02-03')`.execute(trx);
    for (const table of ['org_unit', 'org_unit_version']) {
      const id = table === 'org_unit' ? sql.ref('id') : sql.ref('unit_id');
      await sql`UPDATE ${sql.table(table)} SET path = text2ltree('100.' || path::text) WHERE ${id} <> 100`.execute(trx);
      // District B becomes a second province directly under the Central level.
      await sql`UPDATE ${sql.table(table)} SET path = text2ltree('100.' || subpath(path, 2)::text) WHERE path <@ '100.1.3'`.execute(trx);
      await sql`UPDATE ${sql.table(table)} SET parent_id = 100 WHERE ${id} IN (1, 3)`.execute(trx);
      await sql`UPDATE ${sql.table(table)} SET kind = 'province_committee', name = 'Tỉnh ủy Hà' WHERE ${id} = 3`.execute(trx);
    }
    await sql`UPDATE org_unit SET code = 'H' WHERE id = 3`.execute(trx);
    await sql`INSERT INTO app_user (id, username, password_hash, display_name)
              SELECT 100, 'central', password_hash, 'Ban Tổ chức Trung ương' FROM app_user WHERE username = 'admin'`.execute(trx);
    await sql`INSERT INTO role_grant (id, user_id, role, unit_id, valid_from) VALUES (100, 100, 'province_admin', 100, '2025-01-01')`.execute(
      trx,
    );
  });
}

const unit = (code: string) =>
  t.db
    .selectFrom('org_unit')
    .select(['id', 'name', 'kind', 'parent_id', sql<string>`path::text`.as('path'), 'dissolved_on'])
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
const childNames = async (id: number, asOf?: string) => {
  const res = await t.call(central, 'GET', `/api/units/${id}/children${asOf ? `?asOf=${asOf}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json();
  const rows: { name: string }[] = Array.isArray(body) ? body : body.items;
  return rows.map((c) => c.name).sort();
};

beforeEach(async () => {
  await t?.close();
  t = await startTestApp();
  await nationalTree();
  central = await t.login('central');
});
afterAll(() => t.close());

describe('merging whole provinces', () => {
  it('puts both provinces’ organizations, members and history under the new province committee', async () => {
    const res = await createPlan(t, central, 100, [MERGE], { decisionNo: '05-QĐ/TW' });
    expect(res.statusCode, res.body).toBe(201);
    const preview = (await t.call(central, 'GET', `/api/reorg-plans/${res.json().id}/preview`)).json();
    expect(preview.errors).toEqual([]);
    // Whole organizations move; no member changes cell.
    expect(preview.membersMoved.total).toBe(0);
    expect(preview.after.find((n: { code: string }) => n.code === 'NB')).toMatchObject({ name: 'Tỉnh ủy Ninh Bình' });

    const { plan } = await applyAndWait(t, central, res.json().id);
    expect(plan?.status, JSON.stringify(plan?.failure)).toBe('applied');
    const nb = await unit('NB');
    expect(nb).toMatchObject({ kind: 'province_committee', parent_id: 100, dissolved_on: null });
    expect((await unit('T')).dissolved_on).toBe(EFFECTIVE);
    expect((await unit('H')).dissolved_on).toBe(EFFECTIVE);
    // The district of old Tỉnh ủy Thử and the commune of old Tỉnh ủy Hà now sit under the new province.
    expect(await childNames(100)).toEqual(['Tỉnh ủy Ninh Bình']);
    expect(await childNames(nb.id)).toEqual(['Huyện ủy A', 'Đảng ủy xã B1']);
    const members = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE u.path <@ ${nb.path}::ltree`.execute(t.db);
    expect(members.rows[0]!.n).toBe(12);
    // The tree as it stood the day before still shows the two provinces.
    expect(await childNames(100, '2026-09-30')).toEqual(['Tỉnh ủy Hà', 'Tỉnh ủy Thử']);
    const lineage = (await t.call(central, 'GET', `/api/units/${nb.id}/lineage`)).json();
    expect(lineage.from.map((x: { unitId: number }) => x.unitId).sort()).toEqual([1, 3]);
    expect(lineage.from[0]).toMatchObject({ change: 'merge', effectiveOn: EFFECTIVE, decisionNo: '05-QĐ/TW' });
    // The grants on the merged provinces end, for the Central level to reassign.
    const grants = await t.db.selectFrom('role_grant').select(['unit_id', 'valid_to']).where('unit_id', 'in', [1, 3]).execute();
    expect(grants.length).toBeGreaterThan(0);
    expect(grants.every((g) => g.valid_to !== null)).toBe(true);
  });

  it('issues the decision under the Central level, naming both provinces', async () => {
    const res = await createPlan(t, central, 100, [MERGE], { decisionNo: '05-QĐ/TW' });
    await applyAndWait(t, central, res.json().id);
    const papers = (await t.call(central, 'GET', `/api/reorg-plans/${res.json().id}/papers`)).json();
    expect(papers.map((p: { kind: string }) => p.kind)).toEqual(['merge']);
    const pdf = await t.call(central, 'GET', `/api/reorg-plans/${res.json().id}/papers/1/decision.pdf`);
    expect(pdf.statusCode, pdf.body.slice(0, 300)).toBe(200);
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
    for (const name of ['Tỉnh ủy Thử', 'Tỉnh ủy Hà', 'Tỉnh ủy Ninh Bình', 'Trung ương']) expect(text).toContain(name);
  });

  it('undoes the merge while nothing has changed since', async () => {
    const res = await createPlan(t, central, 100, [MERGE]);
    await applyAndWait(t, central, res.json().id);
    const { plan } = await undoAndWait(t, central, res.json().id);
    expect(plan?.status).toBe('undone');
    expect(await childNames(100)).toEqual(['Tỉnh ủy Hà', 'Tỉnh ủy Thử']);
    expect((await unit('T')).dissolved_on).toBeNull();
    // The province admin's grant, ended by the merge, stands again.
    const grant = await t.db.selectFrom('role_grant').select('valid_to').where('id', '=', 1).executeTakeFirstOrThrow();
    expect(grant.valid_to).toBeNull();
  });

  it('is not the business of a province admin, and a province cannot absorb a unit of another kind', async () => {
    const admin = await t.login('admin');
    // The admin of one province cannot draft a plan at the Central level…
    const above = await createPlan(t, admin, 100, [MERGE]);
    expect(above.statusCode).toBe(404);
    // …nor name the other province from their own.
    const across = await createPlan(t, admin, 1, [MERGE]);
    expect(across.statusCode).toBe(422);
    expect(JSON.stringify(across.json())).not.toContain('Tỉnh ủy Hà');
    // A province merges only with provinces.
    const mixed = await createPlan(t, central, 100, [{ ...MERGE, sources: ['T', 'T.B.1'] }]);
    const body = mixed.statusCode === 201 ? (await t.call(central, 'GET', `/api/reorg-plans/${mixed.json().id}/preview`)).json() : null;
    const errors = body ? body.errors : mixed.json().details;
    expect(errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([[1, 'merge_kinds_differ']]);
  });
});
