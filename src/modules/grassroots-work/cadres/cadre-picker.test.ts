// The cadre picker of the rotation dialog (web: CadreSelect) asks GET /api/cadres?q= with what the user typed,
// without a unit: the server folds the accents and keeps to the caller's subtree.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { expectOk } from '../assignments/test-data.js';

let t: TestApp;
let admin: Session;
let office: Session;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  office = await t.login('office');
  // Two cadres whose names fold to the same letters: member 1 in cell 5 (inside the office's commune, unit 4)
  // and member 12 in cell 8 (district B, outside it); and member 5, also inside.
  await expectOk(t, admin, 'POST', '/api/cadres', {
    memberId: 1,
    position: { post: 'Phó Bí thư Đảng ủy', unitId: 4, fromDate: '2023-01-01' },
  });
  await expectOk(t, admin, 'POST', '/api/cadres', {
    memberId: 12,
    position: { post: 'Phó Bí thư Đảng ủy', unitId: 7, fromDate: '2023-01-01' },
  });
  await expectOk(t, admin, 'POST', '/api/cadres', {
    memberId: 5,
    position: { post: 'Phó Trưởng Ban Tổ chức', unitId: 2, fromDate: '2024-01-01' },
  });
});
afterAll(() => t.close());

const picked = async (s: Session, typed: string) => {
  const res = await t.call(s, 'GET', `/api/cadres?q=${encodeURIComponent(typed)}`);
  expect(res.statusCode).toBe(200);
  return (res.json() as { items: { fullName: string; cellName: string }[] }).items.map((c) => `${c.fullName} · ${c.cellName}`);
};

it('the rotation picker finds an accented name typed without accents, and only inside the caller’s subtree', async () => {
  // Typed plain, found accented.
  expect(await picked(office, 'hoang van cuong')).toEqual(['Hoàng Văn Cường · Chi bộ thôn Tây']);
  // "ngoan" folds both Ngoan (cell 5) and Ngoạn (cell 8): the province sees both, the commune office only its own.
  expect(await picked(admin, 'nguyen van ngoan')).toEqual(['Nguyễn Văn Ngoan · Chi bộ thôn Đông', 'Nguyễn Văn Ngoạn · Chi bộ xóm 1']);
  expect(await picked(office, 'nguyen van ngoan')).toEqual(['Nguyễn Văn Ngoan · Chi bộ thôn Đông']);
  expect(await picked(office, 'NGOẠN')).toEqual(['Nguyễn Văn Ngoan · Chi bộ thôn Đông']);
});
