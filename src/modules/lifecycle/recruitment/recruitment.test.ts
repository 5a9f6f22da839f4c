import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';

let t: TestApp;
let admin: Session;
let secretary: Session;
let office: Session;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  secretary = await t.login('secretary');
  office = await t.login('office');
});
afterAll(() => t.close());

const applicant = {
  unitId: 5,
  fullName: 'Đinh Thị Ngọc',
  gender: 'female',
  birthDate: '2000-05-05',
  citizenId: '036300000001',
  education: 'upper_secondary',
  source: 'youth_union',
  hometown: 'xã A1',
  residence: 'thôn Đông',
};
const ALL_FORMS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => `${n}-KNĐ`);

async function throughVerification(body: typeof applicant, introducers: { memberId: number; workedSince: string }[]) {
  const c = (await t.call(secretary, 'POST', '/api/candidates', body)).json();
  let v = c.version;
  const step = async (method: string, url: string, payload: Record<string, unknown>) => {
    const res = await t.call(secretary, method, url, { version: v, ...payload });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.body}`);
    v = res.json().version;
    return res.json();
  };
  await step('POST', `/api/candidates/${c.id}/advance`, { to: 'course' });
  await step('PATCH', `/api/candidates/${c.id}`, { courseCertificateOn: '2026-03-10' });
  await step('POST', `/api/candidates/${c.id}/advance`, { to: 'candidate' });
  await step('PATCH', `/api/candidates/${c.id}`, { helperMemberId: 3, introducers });
  await step('POST', `/api/candidates/${c.id}/advance`, { to: 'application' });
  await step('PATCH', `/api/candidates/${c.id}`, { forms: ALL_FORMS, attachments: 'Sơ yếu lý lịch; nhận xét của đoàn thể' });
  await step('POST', `/api/candidates/${c.id}/advance`, { to: 'verification' });
  return step('PATCH', `/api/candidates/${c.id}`, { verifiedOn: '2026-10-20', verificationNote: 'Lý lịch rõ ràng' });
}

const decision = { consideredOn: '2026-11-20', decisionNo: '55-QĐ/ĐU', decisionOn: '2026-11-24', authority: 'Đảng ủy xã A1' };

describe('recruitment pipeline', () => {
  it('moves a candidate stage by stage to admission; the ceremony creates the probationary member', async () => {
    const c = await throughVerification(applicant, [{ memberId: 1, workedSince: '2020-01-01' }]);
    expect(c).toMatchObject({
      stage: 'verification',
      helperName: 'Lê Văn An',
      introducers: [{ memberId: 1, fullName: 'Nguyễn Văn Ngoan' }],
    });
    expect((await t.call(secretary, 'POST', `/api/candidates/${c.id}/admit`, { version: c.version, ...decision })).statusCode).toBe(403);
    const admitted = await t.call(office, 'POST', `/api/candidates/${c.id}/admit`, { version: c.version, ...decision });
    expect(admitted.statusCode).toBe(200);
    expect(admitted.json().stage).toBe('decision');
    const done = await t.call(secretary, 'POST', `/api/candidates/${c.id}/ceremony`, {
      version: admitted.json().version,
      ceremonyOn: '2026-11-25',
    });
    expect(done.json()).toMatchObject({ stage: 'ceremony', ceremonyOn: '2026-11-25' });
    const m = (await t.call(admin, 'GET', `/api/members/${done.json().memberId}`)).json();
    expect(m).toMatchObject({ fullName: 'Đinh Thị Ngọc', status: 'probationary', admittedOn: '2026-11-25', unitId: 5, education: '12/12' });
    const probation = (await t.call(secretary, 'GET', '/api/probation?unitId=5')).json().items;
    expect(probation.map((p: { fullName: string; dueOn: string }) => [p.fullName, p.dueOn])).toEqual([['Đinh Thị Ngọc', '2027-11-25']]);
    const funnel = (await t.call(secretary, 'GET', '/api/recruitment/funnel?unitId=5&year=2026')).json();
    expect(funnel.stages.find((s: { stage: string }) => s.stage === 'ceremony').count).toBe(1);
  });

  it('pages the open files on the server, newest first, with the total and the stage filter', async () => {
    for (const [i, name] of ['Hà Văn Một', 'Hà Văn Hai'].entries())
      expect(
        (await t.call(secretary, 'POST', '/api/candidates', { ...applicant, fullName: name, citizenId: `03630100990${i}` })).statusCode,
      ).toBe(201);
    const first = (await t.call(secretary, 'GET', '/api/candidates?unitId=5&pageSize=1')).json();
    expect(first).toMatchObject({ page: 1, pageSize: 1, items: [{ fullName: 'Hà Văn Hai', stage: 'outstanding', unitId: 5 }] });
    const all = (await t.call(secretary, 'GET', '/api/candidates?unitId=5&pageSize=200')).json();
    expect(all.total).toBe(first.total);
    expect(all.items).toHaveLength(all.total);
    const second = (await t.call(secretary, 'GET', '/api/candidates?unitId=5&pageSize=1&page=2')).json();
    expect(second.items[0].fullName).toBe('Hà Văn Một');
    const outstanding = (await t.call(secretary, 'GET', '/api/candidates?unitId=5&stage=outstanding')).json();
    expect(outstanding.items.every((c: { stage: string }) => c.stage === 'outstanding')).toBe(true);
    expect((await t.call(secretary, 'GET', '/api/candidates?unitId=5&pageSize=201')).statusCode).toBe(400);
    for (const c of all.items.filter((x: { fullName: string }) => x.fullName.startsWith('Hà Văn')))
      await t.call(secretary, 'POST', `/api/candidates/${c.id}/withdraw`, { version: c.version, reason: 'Thử phân trang' });
  });

  it('refuses skipping a stage or a stage whose part of the file is missing', async () => {
    const c = (await t.call(secretary, 'POST', '/api/candidates', { ...applicant, citizenId: '036300000002' })).json();
    const skip = await t.call(secretary, 'POST', `/api/candidates/${c.id}/advance`, { version: 1, to: 'candidate' });
    expect(skip.json()).toMatchObject({ code: 'candidate_stage_missing' });
    await t.call(secretary, 'POST', `/api/candidates/${c.id}/advance`, { version: 1, to: 'course' });
    const noCert = await t.call(secretary, 'POST', `/api/candidates/${c.id}/advance`, { version: 2, to: 'candidate' });
    expect(noCert.json().message).toBe(
      'Chưa chuyển được sang bước tiếp theo: còn thiếu giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng.',
    );
    expect(noCert.json().message).not.toContain('course_certificate');
    const english = await t.call(
      secretary,
      'POST',
      `/api/candidates/${c.id}/advance`,
      { version: 2, to: 'candidate' },
      { 'accept-language': 'en' },
    );
    expect(english.json().message).toBe('Cannot move to the next stage yet: missing the certificate of the Party awareness course.');
  });

  it('refuses admitting a candidate who is 17 years and 11 months old on the date the cell considers', async () => {
    const c = await throughVerification({ ...applicant, fullName: 'Trẻ Văn Tuổi', citizenId: '036308000003', birthDate: '2008-12-20' }, [
      { memberId: 1, workedSince: '2020-01-01' },
    ]);
    const res = await t.call(office, 'POST', `/api/candidates/${c.id}/admit`, { version: c.version, ...decision });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'not_eligible',
      details: [{ field: 'birthDate', message: 'Chưa đủ 18 tuổi vào ngày chi bộ xét (mới 17 tuổi 11 tháng).' }],
    });
    expect((await t.call(secretary, 'GET', `/api/candidates/${c.id}`)).json().stage).toBe('verification');
  });

  it('refuses an introducer who is a probationary member', async () => {
    const probationer = await t.call(admin, 'POST', '/api/members', {
      fullName: 'Tạ Văn Mới',
      gender: 'male',
      birthDate: '1990-01-01',
      ethnicity: 'Kinh',
      hometown: 'x',
      residence: 'y',
      citizenId: '036190000555',
      admittedOn: '2026-03-01',
      education: '12/12',
      theoryLevel: '',
      status: 'probationary',
      unitId: 5,
    });
    const c = await throughVerification({ ...applicant, fullName: 'Hồ Văn Khánh', citizenId: '036300000004' }, [
      { memberId: probationer.json().id, workedSince: '2019-01-01' },
    ]);
    const view = (await t.call(secretary, 'GET', `/api/candidates/${c.id}`)).json();
    expect(view.eligibility).toMatchObject({ eligible: false, reasons: [{ code: 'introducer_not_official' }] });
    const res = await t.call(
      office,
      'POST',
      `/api/candidates/${c.id}/admit`,
      { version: c.version, ...decision },
      { 'accept-language': 'en' },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([{ field: 'introducers', message: 'Introducer Tạ Văn Mới is not an official member.' }]);
  });

  it('refuses a helper or introducer outside the cell the secretary sees, and bad input field by field', async () => {
    const c = (await t.call(secretary, 'POST', '/api/candidates', { ...applicant, citizenId: '036300000005' })).json();
    expect((await t.call(secretary, 'PATCH', `/api/candidates/${c.id}`, { version: 1, helperMemberId: 10 })).statusCode).toBe(404);
    expect((await t.call(secretary, 'PATCH', `/api/candidates/${c.id}`, { version: 1, helperMemberId: 4 })).json().code).toBe(
      'helper_not_official',
    );
    const bad = await t.call(secretary, 'POST', '/api/candidates', { ...applicant, citizenId: '12', source: 'church', birthDate: 'x' });
    expect(
      bad
        .json()
        .details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['birthDate', 'citizenId', 'source']);
    expect((await t.call(secretary, 'POST', '/api/candidates', { ...applicant, unitId: 8, citizenId: '036300000006' })).statusCode).toBe(
      404,
    );
  });

  it('compares yearly targets (3% of membership by default) with admissions', async () => {
    const before = (await t.call(office, 'GET', '/api/recruitment/targets?unitId=4&year=2026')).json();
    expect(before.items[0]).toMatchObject({ unitId: 4, isDefault: true, target: 1 });
    expect(before.total).toBe(before.items.length);
    expect(before.total).toBeGreaterThan(1);
    const second = (await t.call(office, 'GET', '/api/recruitment/targets?unitId=4&year=2026&pageSize=1&page=2')).json();
    expect(second).toMatchObject({ total: before.total, page: 2, pageSize: 1, items: [{ unitId: before.items[1].unitId }] });
    const past = (await t.call(office, 'GET', `/api/recruitment/targets?unitId=4&year=2026&page=${before.total + 1}&pageSize=1`)).json();
    expect(past).toMatchObject({ total: before.total, items: [] });
    expect((await t.call(secretary, 'PUT', '/api/recruitment/targets/5/2026', { target: 2 })).statusCode).toBe(403);
    const set = await t.call(office, 'PUT', '/api/recruitment/targets/5/2026', { target: 2 });
    expect(set.json()).toMatchObject({ unitId: 5, target: 2, isDefault: false, admitted: 2 });
  });
  // Runs after the targets check: it admits one more applicant in cell 5.
  it('corrects the introducers after the candidate stage until admission, version-checked and audited', async () => {
    const c = await throughVerification({ ...applicant, fullName: 'Vũ Thị Sửa', citizenId: '036300000007' }, [
      { memberId: 4, workedSince: '2020-01-01' },
    ]);
    const secretary8 = await t.login('secretary8');
    const url = `/api/candidates/${c.id}/introducers`;
    const fixed = [{ memberId: 1, workedSince: '2019-06-01' }];
    expect((await t.call(secretary8, 'PUT', url, { version: c.version, introducers: fixed })).statusCode).toBe(404);
    expect((await t.call(secretary, 'PUT', url, { version: c.version - 1, introducers: fixed })).json().code).toBe('stale_version');
    const future = await t.call(secretary, 'PUT', url, { version: c.version, introducers: [{ memberId: 1, workedSince: '2026-12-01' }] });
    expect(future.json().details).toEqual([
      { field: 'workedSince', message: 'Ngày bắt đầu công tác cùng người giới thiệu không được ở tương lai.' },
    ]);
    expect((await t.call(secretary, 'PUT', url, { version: c.version, introducers: [fixed[0], fixed[0]] })).json().code).toBe(
      'introducer_twice',
    );
    expect(
      (await t.call(secretary, 'PATCH', `/api/candidates/${c.id}`, { version: c.version, introducers: [fixed[0], fixed[0]] })).json().code,
    ).toBe('introducer_twice');
    const res = await t.call(secretary, 'PUT', url, { version: c.version, introducers: fixed });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      stage: 'verification',
      version: c.version + 1,
      introducers: [{ memberId: 1, fullName: 'Nguyễn Văn Ngoan', workedSince: '2019-06-01' }],
    });
    const audit = await t.db
      .selectFrom('audit_entry')
      .select(['before', 'after', 'actor_name'])
      .where('action', '=', 'candidate.introducers')
      .where('entity_id', '=', String(c.id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.before)).toContain('"memberId":4');
    expect(JSON.stringify(audit[0]!.after)).toContain('"memberId":1');
    const admitted = (await t.call(office, 'POST', `/api/candidates/${c.id}/admit`, { version: res.json().version, ...decision })).json();
    expect(admitted.stage).toBe('decision');
    const late = await t.call(secretary, 'PUT', url, {
      version: admitted.version,
      introducers: [{ memberId: 4, workedSince: '2020-01-01' }],
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('candidate_admitted');
    const patched = await t.call(secretary, 'PATCH', `/api/candidates/${c.id}`, { version: admitted.version, introducers: [] });
    expect(patched.json().code).toBe('candidate_admitted');
  });

  it("withdraws a file for good, with its reason, only within the caller's cells", async () => {
    const c = (
      await t.call(secretary, 'POST', '/api/candidates', { ...applicant, fullName: 'Lý Văn Dừng', citizenId: '036300000008' })
    ).json();
    await t.call(secretary, 'POST', `/api/candidates/${c.id}/advance`, { version: 1, to: 'course' });
    const url = `/api/candidates/${c.id}/withdraw`;
    const secretary8 = await t.login('secretary8');
    expect((await t.call(secretary8, 'POST', url, { version: 2, reason: 'Chuyển đi nơi khác' })).statusCode).toBe(404);
    const blank = await t.call(secretary, 'POST', url, { version: 2, reason: '   ' });
    // Blank after trimming is missing (the text hygiene trims every body string before validation).
    expect(blank.json()).toMatchObject({ code: 'validation', details: [{ field: 'reason', message: 'Lý do: bắt buộc nhập.' }] });
    expect((await t.call(secretary, 'POST', url, { version: 2 })).json().details.map((d: { field: string }) => d.field)).toEqual([
      'reason',
    ]);
    const res = await t.call(secretary, 'POST', url, { version: 2, reason: 'Chuyển công tác vào Nam' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      withdrawn: true,
      stage: 'course',
      withdrawal: { reason: 'Chuyển công tác vào Nam', on: '2026-11-26' },
    });
    const again = await t.call(secretary, 'POST', url, { version: 3, reason: 'lần hai' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('candidate_withdrawn');
    const advance = await t.call(secretary, 'POST', `/api/candidates/${c.id}/advance`, { version: 3, to: 'candidate' });
    expect(advance.json().message).toContain('hồ sơ đã dừng');
    const intro = await t.call(secretary, 'PUT', `/api/candidates/${c.id}/introducers`, { version: 3, introducers: [] });
    expect(intro.json().code).toBe('candidate_withdrawn');
    const audit = await t.db
      .selectFrom('audit_entry')
      .select(['after'])
      .where('action', '=', 'candidate.withdraw')
      .where('entity_id', '=', String(c.id))
      .execute();
    expect(JSON.stringify(audit.map((a) => a.after))).toContain('Chuyển công tác vào Nam');
  });
});
