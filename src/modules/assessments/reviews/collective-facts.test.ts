// The facts of collectives on the real database: the bulk proposals of a subtree read the same subordinate-unit
// discipline and leadership discipline as the one-subject evaluation, so both propose the same levels.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { CYCLE, openCycle, SELF_GOOD, subject, subjectsOf } from './helpers.test-util.js';

let t: TestApp;
let admin: Session, office: Session;
let cycleId: number;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  office = await t.login('office');
  // Huyện ủy A's subtree: Đảng ủy xã A1 (4) over cells 5 and 6, and the grassroots cell Trường A (9).
  cycleId = (await openCycle(t, admin, { ...CYCLE, rootUnitId: 2, subjectKinds: ['party_cell', 'grassroots_org'] })).id;
  for (const s of await subjectsOf(t, admin, cycleId)) {
    ids[`${s.kind}${s.unitId}`] = s.id;
    const r = await t.call(admin, 'POST', `/api/assessment-subjects/${s.id}/self-assessment`, { ...SELF_GOOD, version: s.version });
    if (r.statusCode !== 200) throw new Error(`self ${s.id}: ${r.body}`);
  }
});
afterAll(() => t.close());

const evaluation = async (key: string) =>
  (await subject(t, admin, ids[key]!)).evaluation as { proposed: string; facts: Record<string, unknown> };
const oneByOne = async () => {
  const out: Record<string, number> = { excellent: 0, good: 0, completed: 0, not_completed: 0 };
  for (const key of Object.keys(ids)) out[(await evaluation(key)).proposed]! += 1;
  return out;
};
const bulk = async () => (await t.call(admin, 'GET', `/api/assessment-cycles/${cycleId}/proposals?unitId=2`)).json();

describe('facts of collectives, one by one and in bulk', () => {
  it('agree before any discipline: every collective good', async () => {
    expect(Object.keys(ids).sort()).toEqual(['grassroots_org4', 'grassroots_org9', 'party_cell5', 'party_cell6']);
    expect((await evaluation('grassroots_org4')).facts).toMatchObject({
      subordinateUnits: 2,
      subordinateUnitsDisciplined: 0,
      leadershipDisciplined: false,
    });
    expect(await bulk()).toMatchObject({
      evaluated: 4,
      missingFacts: 0,
      proposed: { excellent: 0, good: 4, completed: 0, not_completed: 0 },
    });
  });

  it("agree when a subordinate unit (1 of 2, over 20%) and a cell's secretary are disciplined", async () => {
    const warning = await t.call(office, 'POST', '/api/unit-discipline', {
      unitId: 6,
      form: 'warning',
      decidedOn: '2026-05-04',
      decisionNo: '21-QĐ/ĐU',
      authority: 'Ban Thường vụ Đảng ủy xã A1',
    });
    expect(warning.statusCode).toBe(201);
    // Member 1 holds the secretary seat of cell 5 since 2025-06-01.
    await t.db
      .insertInto('discipline_record')
      .values({
        member_id: 1,
        unit_id: 5,
        form: 'reprimand',
        decided_on: '2026-03-10',
        decision_no: '12-QĐ/ĐU',
        authority: 'Đảng ủy xã A1',
      })
      .execute();

    const org4 = await evaluation('grassroots_org4');
    expect(org4.facts).toMatchObject({ subordinateUnits: 2, subordinateUnitsDisciplined: 1 });
    expect(org4.proposed).toBe('not_completed');
    expect((await evaluation('party_cell5')).facts).toMatchObject({ leadershipDisciplined: true });
    const one = await oneByOne();
    expect(one).toEqual({ excellent: 0, good: 1, completed: 0, not_completed: 3 });
    expect((await bulk()).proposed).toEqual(one);
  });

  it("agree when the organization's discipline was self-detected and remedied: it still counts for the parent", async () => {
    const list = (await t.call(office, 'GET', '/api/unit-discipline?unitId=6')).json().items as { id: number; version: number }[];
    const fixed = await t.call(office, 'PATCH', `/api/unit-discipline/${list[0]!.id}`, {
      version: list[0]!.version,
      selfDetectedRemedied: true,
    });
    expect(fixed.statusCode).toBe(200);
    // The collective rules name no exemption: org 4 still has 1 of 2 units disciplined (over 20%).
    expect((await evaluation('grassroots_org4')).facts).toMatchObject({ subordinateUnitsDisciplined: 1 });
    expect((await evaluation('grassroots_org4')).proposed).toBe('not_completed');
    // cell 6's own warning, self-detected and remedied, caps it at good (no excellent) instead of not_completed
    const one = await oneByOne();
    expect(one).toEqual({ excellent: 0, good: 2, completed: 0, not_completed: 2 });
    expect((await bulk()).proposed).toEqual(one);
  });

  it('a self-detected and remedied discipline of a committee member still counts as leadership disciplined', async () => {
    await t.db.updateTable('discipline_record').set({ self_detected_remedied: true }).where('member_id', '=', 1).execute();
    expect((await evaluation('party_cell5')).facts).toMatchObject({ leadershipDisciplined: true });
    expect((await evaluation('party_cell5')).proposed).toBe('not_completed');
    const one = await oneByOne();
    expect((await bulk()).proposed).toEqual(one);
  });
});
