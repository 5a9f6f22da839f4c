// An applicant's citizen ID must not tell a cell secretary whether someone elsewhere in the province has applied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';

let t: TestApp;
let admin: Session;
let secretary: Session;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  secretary = await t.login('secretary');
});
afterAll(() => t.close());

const applicant = (unitId: number, citizenId: string) => ({
  unitId,
  fullName: 'Lê Thị Thu',
  gender: 'female',
  birthDate: '2001-03-03',
  citizenId,
  education: 'upper_secondary',
  source: 'youth_union',
  hometown: 'xã A1',
  residence: 'thôn Tây',
});

describe('applicant citizen IDs', () => {
  it('names the duplicate to whoever may read the other file', async () => {
    expect((await t.call(secretary, 'POST', '/api/candidates', applicant(5, '036301000011'))).statusCode).toBe(201);
    const again = await t.call(secretary, 'POST', '/api/candidates', applicant(5, '036301000011'));
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('candidate_duplicate');
    expect(again.json().message).toContain('036301000011');
  });

  it('neither confirms nor names a number held by a file outside the caller’s scope, and audits the try', async () => {
    expect((await t.call(admin, 'POST', '/api/candidates', applicant(8, '036301000022'))).statusCode).toBe(201);
    const probe = await t.call(secretary, 'POST', '/api/candidates', applicant(5, '036301000022'));
    expect(probe.statusCode).toBe(409);
    expect(probe.json().code).toBe('citizen_id_unavailable');
    expect(probe.body).not.toContain('036301000022');
    const audit = (await t.call(admin, 'GET', '/api/audit?unitId=1')).body;
    expect(audit).toContain('member.key_refused');
  });
});
