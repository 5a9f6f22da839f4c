import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type Session, type TestApp } from '../../../test/http.js';
import { verifyAudit } from './service.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  for (const phone of ['0900000001', '0900000002', '0900000003']) {
    const m = (await t.call(admin, 'GET', '/api/members/5')).json();
    await t.call(admin, 'PATCH', '/api/members/5', { version: m.version, phone });
  }
});
afterAll(() => t.close());

describe('audit chain', () => {
  it('records actor, action, entity, before and after for every write', async () => {
    const res = await t.call(admin, 'GET', '/api/audit?entityType=member&entityId=5');
    expect(res.json().items.map((i: { after: { phone: string } }) => i.after.phone)).toEqual(['0900000003', '0900000002', '0900000001']);
    expect(res.json().items[2]).toMatchObject({ actorName: 'Người dùng admin', action: 'member.update', before: { phone: '0912345678' } });
  });

  it('verifies an intact chain', async () => {
    const r = await verifyAudit(t.db);
    expect(r).toMatchObject({ count: 3, problems: [] });
    expect((await t.call(admin, 'GET', '/api/audit/verify')).json()).toMatchObject({ ok: true, count: 3 });
  });

  it('detects a changed entry', async () => {
    await sql`UPDATE audit_entry SET after = '{"phone":"0999999999"}' WHERE id = 2`.execute(t.db);
    expect((await verifyAudit(t.db)).problems).toEqual([{ id: 2, kind: 'changed' }]);
  });

  it('detects a deleted entry', async () => {
    await sql`DELETE FROM audit_entry WHERE id = 2`.execute(t.db);
    const kinds = (await verifyAudit(t.db)).problems.map((p) => `${p.id}:${p.kind}`);
    expect(kinds).toEqual(expect.arrayContaining(['3:missing_before', '3:broken_link']));
  });

  it('is refused to a committee office (province-level check)', async () => {
    const office = await t.login('office');
    expect((await t.call(office, 'GET', '/api/audit/verify')).statusCode).toBe(403);
  });
});
