// The member's handbook (the phone page in one answer) and the messages between a cell's committee and members.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { TODAY } from '../../../../test/fixture.js';

let t: TestApp;
let secretary: Session;
let member: Session;
let secretary8: Session;
let office: Session;

beforeAll(async () => {
  t = await startTestApp();
  [secretary, member, secretary8, office] = await Promise.all([
    t.login('secretary'),
    t.login('member'),
    t.login('secretary8'),
    t.login('office'),
  ]);
});
afterAll(async () => {
  await t?.close();
});

describe('the member’s handbook', () => {
  it('gathers the next meeting with its papers, tasks, fees and messages of the member’s own cell', async () => {
    const meeting = await t.call(secretary, 'POST', '/api/meetings', {
      unitId: 5,
      heldOn: '2026-12-10',
      kind: 'regular',
      topic: 'Sinh hoạt tháng 12',
      agenda: ['Tổng kết năm'],
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    await t.app.inject({
      method: 'POST',
      url: `/api/meetings/${meeting.json().id}/documents?filename=du-thao.pdf`,
      payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
      headers: { cookie: secretary.cookie, 'x-csrf-token': secretary.csrf, 'content-type': 'application/pdf' },
    });
    await t.call(secretary8, 'POST', '/api/meetings', { unitId: 8, heldOn: '2026-12-01', kind: 'regular', topic: 'Họp của chi bộ khác' });
    const posted = await t.call(secretary, 'POST', '/api/units/5/messages', { body: 'Mời các đồng chí dự sinh hoạt ngày 10/12.' });
    expect(posted.statusCode, posted.body).toBe(201);

    const r = await t.call(member, 'GET', '/api/handbook');
    expect(r.statusCode, r.body).toBe(200);
    const h = r.json();
    expect(h.member).toMatchObject({ id: 2 });
    expect(h.nextMeeting).toMatchObject({ heldOn: '2026-12-10', topic: 'Sinh hoạt tháng 12', agenda: ['Tổng kết năm'] });
    expect(h.nextMeeting.papers.map((p: { fileName: string }) => p.fileName)).toEqual(['du-thao.pdf']);
    expect(h.fees.year).toBe(Number(TODAY.slice(0, 4)));
    expect(h.fees.unpaid.length).toBeGreaterThan(0);
    expect(h.messages.map((m: { body: string }) => m.body)).toEqual(['Mời các đồng chí dự sinh hoạt ngày 10/12.']);
    expect(r.body).not.toContain('Họp của chi bộ khác');
  });

  it('rings the bell for papers and messages posted since the handbook was last opened', async () => {
    const before = (await t.call(member, 'GET', '/api/handbook/news')).json();
    expect(before.papers).toBeGreaterThanOrEqual(1);
    expect(before.messages).toBeGreaterThanOrEqual(1);
    expect((await t.call(member, 'POST', '/api/handbook/seen')).statusCode).toBe(200);
    expect((await t.call(member, 'GET', '/api/handbook/news')).json()).toEqual({ papers: 0, messages: 0 });
    expect((await t.call(member, 'GET', '/api/handbook')).json().seenAt).not.toBeNull();
    await t.call(secretary, 'POST', '/api/units/5/messages', { body: 'Nhắc lịch họp.' });
    expect((await t.call(member, 'GET', '/api/handbook/news')).json()).toEqual({ papers: 0, messages: 1 });
    // Without a member, nothing to ring for.
    expect((await t.call(office, 'GET', '/api/handbook/news')).json()).toEqual({ papers: 0, messages: 0 });
    expect((await t.call(office, 'POST', '/api/handbook/seen')).statusCode).toBe(404);
  });

  it('is a member’s own page: an account without a member gets 404', async () => {
    expect((await t.call(office, 'GET', '/api/handbook')).statusCode).toBe(404);
  });

  it('lets a member reply; the committee reads every reply and answers one member, whom alone the answer reaches', async () => {
    const thread = (await t.call(member, 'GET', '/api/handbook')).json().messages.find((m: { body: string }) => m.body.startsWith('Mời'))
      .id as number;
    const reply = await t.call(member, 'POST', `/api/handbook/messages/${thread}/replies`, {
      body: 'Tôi xin vắng vì đi công tác, sẽ báo cáo bằng văn bản.',
    });
    expect(reply.statusCode, reply.body).toBe(201);
    const secretaryReply = await t.call(secretary, 'POST', `/api/handbook/messages/${thread}/replies`, {
      body: 'Bí thư cũng là đảng viên của chi bộ.',
    });
    expect(secretaryReply.statusCode).toBe(201);

    const committee = (await t.call(secretary, 'GET', '/api/units/5/messages')).json();
    expect(committee.total).toBe(2);
    expect(committee.items.find((m: { id: number }) => m.id === thread).replies.map((x: { body: string }) => x.body)).toEqual([
      'Tôi xin vắng vì đi công tác, sẽ báo cáo bằng văn bản.',
      'Bí thư cũng là đảng viên của chi bộ.',
    ]);

    const answer = await t.call(secretary, 'POST', `/api/messages/${thread}/replies`, {
      body: 'Đồng ý, đồng chí gửi báo cáo trước ngày 9/12.',
      toMemberId: 2,
    });
    expect(answer.statusCode, answer.body).toBe(201);
    const mine = (await t.call(member, 'GET', '/api/handbook'))
      .json()
      .messages.find((m: { id: number }) => m.id === thread)
      .replies.map((x: { body: string }) => x.body);
    // The member reads their own reply and the answer to them, not the secretary's own reply as a member.
    expect(mine).toEqual(['Tôi xin vắng vì đi công tác, sẽ báo cáo bằng văn bản.', 'Đồng ý, đồng chí gửi báo cáo trước ngày 9/12.']);
  });

  it('refuses other cells and bad input with a sentence, writing nothing', async () => {
    const thread = (await t.call(member, 'GET', '/api/handbook')).json().messages.find((m: { body: string }) => m.body.startsWith('Mời'))
      .id as number;
    const before = await t.db
      .selectFrom('cell_message')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect((await t.call(secretary8, 'POST', `/api/handbook/messages/${thread}/replies`, { body: 'x' })).statusCode).toBe(404);
    expect((await t.call(secretary8, 'GET', '/api/units/5/messages')).statusCode).toBe(404);
    const notInCell = await t.call(secretary, 'POST', `/api/messages/${thread}/replies`, { body: 'x', toMemberId: 10 });
    expect(notInCell.statusCode).toBe(400);
    expect(notInCell.json().message).toContain('không sinh hoạt ở chi bộ này');
    const empty = await t.call(member, 'POST', `/api/handbook/messages/${thread}/replies`, { body: '' });
    expect(empty.statusCode).toBe(400);
    expect((await t.call(member, 'POST', '/api/units/5/messages', { body: 'Thành viên không gửi cho cả chi bộ' })).statusCode).toBe(404);
    const after = await t.db
      .selectFrom('cell_message')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
