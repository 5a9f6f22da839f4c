// Results on the real database: distribution by kind and level, the previous cycle, Resolution 21, the .xlsx.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { CYCLE, openCycle, subjectsOf } from './helpers.test-util.js';

let t: TestApp;
let admin: Session, secretary: Session, secretary8: Session;
let now: number;

async function setLevels(cycleId: number, levels: Record<number, string>) {
  for (const s of await subjectsOf(t, admin, cycleId)) {
    const level = s.memberId !== null && s.kind === 'member' ? levels[s.memberId] : undefined;
    if (level)
      await t.db
        .updateTable('assessment_subject')
        .set({ level: level as 'good', step: 'published' })
        .where('id', '=', s.id)
        .execute();
  }
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  secretary = await t.login('secretary');
  secretary8 = await t.login('secretary8');
  const last = await openCycle(t, admin, {
    ...CYCLE,
    periodFrom: '2025-01-01',
    periodTo: '2025-12-31',
    subjectKinds: ['member', 'grassroots_org'],
  });
  now = (await openCycle(t, admin, { ...CYCLE, subjectKinds: ['member', 'grassroots_org'] })).id;
  await setLevels(last.id, {
    1: 'good',
    2: 'good',
    3: 'completed',
    5: 'good',
    6: 'good',
    7: 'good',
    8: 'good',
    9: 'good',
    10: 'good',
    11: 'not_completed',
    12: 'good',
  });
  await setLevels(now, {
    1: 'excellent',
    2: 'good',
    3: 'good',
    5: 'good',
    6: 'good',
    7: 'good',
    8: 'good',
    9: 'good',
    10: 'good',
    11: 'good',
    12: 'good',
  });
});
afterAll(() => t.close());

describe('results', () => {
  it('gives the province the distribution by kind and level, beside the previous cycle', async () => {
    const r = (await t.call(admin, 'GET', `/api/assessment-cycles/${now}/results`)).json();
    expect(r.byKind.member).toEqual({ excellent: 1, good: 10, completed: 0, not_completed: 0, pending: 0, not_rated: 1 });
    expect(r.byKind.grassroots_org.pending).toBe(3);
    expect(r.previous.byKind.member).toMatchObject({ good: 9, completed: 1, not_completed: 1 });
    expect(r.resolution21.members).toMatchObject({ decided: 11, share: 1, met: true });
    expect(r.resolution21.previousMembers).toMatchObject({ decided: 11, met: false });
    expect(r.resolution21.grassrootsOrgs).toBeNull();
    expect(r.children.map((c: { name: string }) => c.name)).toEqual(['Huyện ủy A', 'Huyện ủy B']);
  });

  it('limits a cell secretary to the cell, and refuses another cell', async () => {
    const r = (await t.call(secretary, 'GET', `/api/assessment-cycles/${now}/results`)).json();
    expect(r.scopePath).toBe('1.2.4.5');
    expect(r.byKind.member).toMatchObject({ excellent: 1, good: 2, not_rated: 1 });
    expect((await t.call(secretary8, 'GET', `/api/assessment-cycles/${now}/results?unitId=5`)).statusCode).toBe(404);
  });

  it('exports the same figures as .xlsx', async () => {
    const res = await t.call(admin, 'GET', `/api/assessment-cycles/${now}/results.xlsx?unitId=2`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const sheet = wb.worksheets[0]!;
    const member = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === 'Đảng viên')!;
    expect(member.getCell(2).value).toBe(1); // excellent
    expect(member.getCell(3).value).toBe(7); // good in Huyện ủy A: members 2, 3, 5, 6, 7, 8, 9
  });
});
