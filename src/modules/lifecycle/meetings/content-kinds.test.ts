// Content kinds by kind of cell (Hướng dẫn 42-HD/BTCTW, read as settings [U]): a cell's kind is recorded by those who
// restructure it, each meeting records the content it covered, and the quarter's roll-up names what a cell left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';

let t: TestApp;
let admin: Session;
let secretary: Session;

beforeAll(async () => {
  t = await startTestApp();
  [admin, secretary] = await Promise.all([t.login('admin'), t.login('secretary')]);
});
afterAll(async () => {
  await t?.close();
});

describe('content kinds of a cell’s meetings', () => {
  it('records the kind of a cell, refusing a stale version, a unit that is not a cell, and a secretary', async () => {
    const before = (await t.call(admin, 'GET', '/api/units/5/cell-type')).json();
    expect(before).toMatchObject({ unitId: 5, isCell: true, cellType: null });
    const set = await t.call(admin, 'PUT', '/api/units/5/cell-type', { cellType: 'residential', version: before.version });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ cellType: 'residential', version: before.version + 1 });
    expect((await t.call(admin, 'PUT', '/api/units/5/cell-type', { cellType: 'school', version: before.version })).statusCode).toBe(409);
    const notCell = await t.call(admin, 'PUT', '/api/units/4/cell-type', { cellType: 'school', version: 1 });
    expect(notCell.statusCode).toBe(400);
    expect(notCell.json().message).toContain('Chỉ chi bộ');
    expect((await t.call(admin, 'PUT', '/api/units/5/cell-type', { cellType: 'spaceport', version: 2 })).statusCode).toBe(400);
    expect((await t.call(secretary, 'PUT', '/api/units/5/cell-type', { cellType: 'agency', version: 2 })).statusCode).toBe(403);
  });

  it('keeps the content kinds of a meeting and names, after the quarter, the kinds the cell left out', async () => {
    const r = await t.call(secretary, 'POST', '/api/meetings', {
      unitId: 5,
      heldOn: '2026-08-05',
      kind: 'regular',
      topic: 'Tháng 8',
      contentKinds: ['resolutions', 'socio_economic', 'party_building'],
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().contentKinds).toEqual(['resolutions', 'socio_economic', 'party_building']);
    const bad = await t.call(secretary, 'POST', '/api/meetings', {
      unitId: 5,
      heldOn: '2026-08-06',
      kind: 'regular',
      contentKinds: ['gossip'],
    });
    expect(bad.statusCode).toBe(400);
    const q3 = (await t.call(secretary, 'GET', '/api/meetings/rollup?unitId=5&period=2026-Q3')).json();
    const row = (q3.rows ?? q3.items).find((x: { unitId: number }) => x.unitId === 5);
    expect(row.contentMissing).toEqual(['mass_mobilization', 'thematic']);
    // A quarter not yet over is not judged.
    const q4 = (await t.call(secretary, 'GET', '/api/meetings/rollup?unitId=5&period=2026-Q4')).json();
    expect((q4.rows ?? q4.items).find((x: { unitId: number }) => x.unitId === 5).contentMissing).toEqual([]);
  });
});
