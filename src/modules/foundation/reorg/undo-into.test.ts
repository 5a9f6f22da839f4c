// Undo of a plan that merges a cell into an existing one (which keeps its code), lifts a commune committee
// to the province and dissolves the emptied district: the tree and every member's cell come back.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { applyAndWait, createPlan, undoAndWait } from './test-helpers.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

const state = async () => ({
  units: (await sql`SELECT id, code, name, kind, parent_id, path::text AS path, dissolved_on FROM org_unit ORDER BY id`.execute(t.db)).rows,
  members: (await sql<{ id: number; unit_id: number }>`SELECT id::int AS id, unit_id::int AS unit_id FROM member ORDER BY id`.execute(t.db))
    .rows,
});

it('undoes a merge into an existing cell without deleting that cell', async () => {
  const before = await state();
  const res = await createPlan(
    t,
    admin,
    1,
    [
      { kind: 'merge', sources: ['T.A.1.1', 'T.A.1.2'], into: 'T.A.1.1' },
      { kind: 'move', unit: 'T.B.1', parent: 'T' },
      { kind: 'dissolve', unit: 'T.B' },
    ],
    { effectiveOn: '2025-07-01' },
  );
  expect(res.statusCode, res.body).toBe(201);
  const { plan } = await applyAndWait(t, admin, res.json().id);
  expect(plan.status).toBe('applied');
  expect((await state()).members.filter((m) => m.unit_id === 5)).toHaveLength(7);
  const { res: undoRes, plan: undone } = await undoAndWait(t, admin, res.json().id);
  expect(undoRes.statusCode, undoRes.body).toBe(202);
  expect(undone).toMatchObject({ status: 'undone', failure: null });
  expect(await state()).toEqual(before);
});
