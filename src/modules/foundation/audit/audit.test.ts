import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { verifyAudit } from './service.js';
import { settleCommitWork } from '../../../shared/tx.js';

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

  it('links entries written at the same time into one unbroken chain, after their commits', async () => {
    const members = await Promise.all([7, 8, 9, 10].map(async (id) => (await t.call(admin, 'GET', `/api/members/${id}`)).json()));
    const writes = members.flatMap((m, i) => [0, 1, 2].map((k) => ({ id: m.id, version: m.version, phone: `09100000${i}${k}` })));
    // Three writes per member at once: one of each three wins its version, the others get 409 and write nothing.
    const codes = await Promise.all(
      writes.map((w) => t.call(admin, 'PATCH', `/api/members/${w.id}`, { version: w.version, phone: w.phone }).then((r) => r.statusCode)),
    );
    expect(
      codes.filter((c) => c === 200),
      JSON.stringify(codes),
    ).toHaveLength(4);
    await settleCommitWork(t.db);
    const rows = await t.db.selectFrom('audit_entry').select(['id', 'hash']).orderBy('seq').execute();
    expect(rows).toHaveLength(7);
    expect(rows.every((r) => r.id !== null && r.hash !== null)).toBe(true);
    expect(rows.map((r) => r.id).sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await verifyAudit(t.db)).toMatchObject({ count: 7, problems: [] });
  });

  it('links an entry left unlinked (a process stopped before its linker ran) when verifying', async () => {
    await sql`INSERT INTO audit_entry (at, actor_name, action, entity_type, entity_id) VALUES (now(), 'x', 'test.left', 'member', '1')`.execute(
      t.db,
    );
    expect(await verifyAudit(t.db)).toMatchObject({ count: 8, problems: [] });
    const left = await t.db.selectFrom('audit_entry').select('id').where('action', '=', 'test.left').executeTakeFirstOrThrow();
    expect(left.id).toBe(8);
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
