// A unit's page links the units it was formed from and went into, through merges; a linked unit the caller may
// not read is named only as outside their scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';

let t: TestApp;
let admin: Session;
let office: Session;
let newId: number;

beforeAll(async () => {
  t = await startTestApp();
  [admin, office] = await Promise.all([t.login('admin'), t.login('office')]);
  const r = await t.call(admin, 'POST', '/api/units/merge', {
    sources: [
      { id: 5, version: 1 },
      { id: 6, version: 1 },
    ],
    into: { parentId: 4, code: 'T.A.1.9', name: 'Chi bộ thôn Đông Tây' },
    effectiveOn: '2026-10-01',
    decisionNo: '12-QĐ/ĐU',
  });
  expect(r.statusCode, r.body).toBe(200);
  newId = r.json().units.find((u: { change: string }) => u.change === 'created').id;
});
afterAll(async () => {
  await t?.close();
});

describe('lineage of a unit', () => {
  it('links the merged cells and the cell they formed, with the date and the decision', async () => {
    const formed = (await t.call(office, 'GET', `/api/units/${newId}/lineage`)).json();
    expect(formed.into).toEqual([]);
    expect(formed.from.map((x: { unitId: number }) => x.unitId).sort()).toEqual([5, 6]);
    expect(formed.from[0]).toMatchObject({ change: 'merge', effectiveOn: '2026-10-01', decisionNo: '12-QĐ/ĐU' });
    const old = (await t.call(office, 'GET', '/api/units/5/lineage')).json();
    expect(old).toEqual({
      from: [],
      into: [{ unitId: newId, name: 'Chi bộ thôn Đông Tây', change: 'merge', effectiveOn: '2026-10-01', decisionNo: '12-QĐ/ĐU' }],
    });
  });

  it('follows a merge into an existing unit', async () => {
    const target = (await t.call(admin, 'GET', `/api/units/${newId}`)).json();
    const r = await t.call(admin, 'POST', '/api/units/merge', {
      sources: [
        { id: 8, version: 1 },
        { id: newId, version: target.version },
      ],
      into: { unitId: newId },
      effectiveOn: '2026-11-01',
    });
    expect(r.statusCode, r.body).toBe(200);
    const l = (await t.call(admin, 'GET', `/api/units/${newId}/lineage`)).json();
    expect(l.from.map((x: { unitId: number }) => x.unitId).sort()).toEqual([5, 6, 8]);
    const old = (await t.call(admin, 'GET', '/api/units/8/lineage')).json();
    expect(old.into).toEqual([expect.objectContaining({ unitId: newId, change: 'merge', effectiveOn: '2026-11-01' })]);
  });

  it('hides units outside the caller’s scope', async () => {
    expect((await t.call(office, 'GET', '/api/units/8/lineage')).statusCode).toBe(404);
  });
});
