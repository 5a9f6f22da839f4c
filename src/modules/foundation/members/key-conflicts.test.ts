// A citizen ID or card number held outside the caller's scope is neither confirmed nor attributed; the
// refusals are audited and limited, so the province's registry cannot be probed number by number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { KEY_REFUSAL_LIMIT } from './key-conflicts.js';
import { memberRow, TEMPLATE_HEADERS, upload, xlsxOf } from '../../data-exchange/imports/test-files.js';

let t: TestApp;
let admin: Session;
let secretary8: Session;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  secretary8 = await t.login('secretary8');
});
afterAll(async () => {
  await t.close();
});

const member = (citizenId: string, partyCardNo: string | null = null) => ({
  fullName: 'Trần Văn Thử',
  gender: 'male',
  birthDate: '1985-06-07',
  ethnicity: 'Kinh',
  hometown: 'Nam Định',
  residence: 'xóm 1',
  citizenId,
  partyCardNo,
  admittedOn: '2012-03-04',
  officialOn: '2013-03-04',
  education: '12/12',
  theoryLevel: 'Sơ cấp',
  status: 'official',
  unitId: 8,
});

describe('citizen ID and card number held by another member', () => {
  it("inside the caller's scope: names the duplicate", async () => {
    // Member 11 is in cell 8, which secretary8 reads.
    const res = await t.call(secretary8, 'POST', '/api/members', member('036100000011'));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'duplicate_citizen_id' });
    expect(res.json().message).toContain('036100000011');
  });

  it("outside the caller's scope: a generic refusal that neither confirms the number nor says whose, and is audited", async () => {
    // Member 1 is in cell 5 (district A); secretary8 sits in cell 8 (district B).
    const res = await t.call(secretary8, 'POST', '/api/members', member('036100000001'));
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('citizen_id_unavailable');
    expect(res.json().message).not.toContain('036100000001');
    expect(res.json().message).toMatch(/cấp ủy cấp trên/);
    const card = await t.call(secretary8, 'POST', '/api/members', member('036185999999', '93000001'));
    expect(card.json().code).toBe('party_card_unavailable');
    const audit = (await t.call(admin, 'GET', '/api/audit?entityType=member_key_refusal')).json();
    expect(audit.items.filter((e: { action: string }) => e.action === 'member.key_refused').length).toBeGreaterThanOrEqual(2);
    // The province admin reads everyone: told plainly.
    const plain = await t.call(admin, 'POST', '/api/members', member('036100000001'));
    expect(plain.json().code).toBe('duplicate_citizen_id');
  });

  it('after a few refusals in an hour, any write carrying a key is refused (429) whether the key is free or not', async () => {
    // Distinct numbers count (retrying one number counts once): members 2–6, all outside cell 8.
    for (let i = 0; i < KEY_REFUSAL_LIMIT; i++) await t.call(secretary8, 'POST', '/api/members', member(`03610000000${i + 2}`));
    const free = await t.call(secretary8, 'POST', '/api/members', member('036185000123'));
    expect(free.statusCode).toBe(429);
    expect(free.json().code).toBe('duplicate_key_rate_limited');
    const taken = await t.call(secretary8, 'POST', '/api/members', member('036100000003'));
    expect(taken.statusCode).toBe(429);
    // Others are not affected.
    expect((await t.call(admin, 'POST', '/api/members', member('036185000123'))).statusCode).toBe(201);
  });

  it("an import preview names keys held inside the importer's scope, not those outside, and counts the latter", async () => {
    // office works in Đảng ủy xã A1 (1.2.4): member 1 is inside, member 10 (cell 8, district B) outside.
    const office = await t.login('office');
    const file = await xlsxOf([TEMPLATE_HEADERS, memberRow(1, { citizenId: '036100000001' }), memberRow(2, { citizenId: '036100000010' })]);
    const job = await upload(t, office, { file, filename: 'keys.xlsx', query: 'unitId=4' });
    expect(job.statusCode, job.body).toBe(201);
    const errors = job.json().errors as { row: number; code: string; message: string }[];
    expect(errors.find((e) => e.code === 'exists_in_registry')?.message).toContain('036100000001');
    const hidden = errors.find((e) => e.code === 'key_unavailable')!;
    expect(hidden.message).not.toContain('036100000010');
    // Checking the same file again does not count its numbers twice.
    expect((await upload(t, office, { file, filename: 'keys-again.xlsx', query: 'unitId=4' })).statusCode).toBe(201);
    // A file listing more numbers from outside than the limit is refused whole, naming no row.
    const outside = [8, 9, 10, 11, 12].flatMap((id) => [
      { citizenId: `0361${String(id).padStart(8, '0')}` },
      { partyCardNo: `9300${String(id).padStart(4, '0')}` },
    ]);
    const probe = await xlsxOf([TEMPLATE_HEADERS, ...outside.map((o, i) => memberRow(50 + i, o))]);
    const refused = await upload(t, office, { file: probe, filename: 'probe.xlsx', query: 'unitId=4' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe('duplicate_key_rate_limited');
  });
});
