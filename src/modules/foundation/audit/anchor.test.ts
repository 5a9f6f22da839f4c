// The anchored head against a real database: an attacker with database access who edits an entry and
// recomputes every later hash, deletes the newest entries, or empties the trail, passes the plain chain
// check but not the check against an anchor taken before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../../../../test/http.js';
import { entryHash, GENESIS_HASH } from '../../../domain/audit/chain.js';
import { settleCommitWork } from '../../../shared/tx.js';
import { storedContent } from './linker.js';
import { takeAnchor, verifyWithAnchors } from './anchor.js';
import { verifyAudit } from './service.js';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
  const admin = await t.login('admin');
  for (const [id, phone] of [
    [1, '0911000001'],
    [2, '0911000002'],
    [5, '0911000005'],
    [7, '0911000007'],
    [8, '0911000008'],
  ] as const) {
    const res = await t.call(admin, 'PATCH', `/api/members/${id}`, { version: 1, phone });
    expect(res.statusCode, res.body).toBe(200);
  }
  await settleCommitWork(t.db);
});
afterEach(() => t.close());

/** The attack: change one entry, then recompute its hash and every later one with the chain's own function. */
async function editAndRecompute(db: TestApp['db'], id: number) {
  await sql`UPDATE audit_entry SET after = '{"phone":"0999999999"}' WHERE id = ${id}`.execute(db);
  const rows = await db.selectFrom('audit_entry').selectAll().where('id', 'is not', null).orderBy('id').execute();
  let prevHash = GENESIS_HASH;
  for (const r of rows) {
    const hash = entryHash(prevHash, storedContent(r, r.id!));
    await sql`UPDATE audit_entry SET prev_hash = ${prevHash}, hash = ${hash} WHERE id = ${r.id}`.execute(db);
    prevHash = hash;
  }
}

const kinds = (r: Awaited<ReturnType<typeof verifyWithAnchors>>) => [
  ...r.problems.map((p) => p.kind),
  ...r.anchorProblems.map((p) => p.kind),
];

describe('anchored audit head', () => {
  it('passes when nothing was touched since the anchor, and after more writes', async () => {
    const { anchor } = await takeAnchor(t.db);
    expect(anchor).toMatchObject({ id: 5, count: 5 });
    expect(anchor!.hash).toMatch(/^[0-9a-f]{64}$/);
    const admin = await t.login('admin');
    await t.call(admin, 'PATCH', '/api/members/9', { version: 1, phone: '0911000009' });
    await settleCommitWork(t.db);
    const r = await verifyWithAnchors(t.db, [anchor!]);
    expect(kinds(r)).toEqual([]);
    expect(r.headId).toBe(6);
  });

  it('catches an entry edited and every later hash recomputed, which the plain chain check misses', async () => {
    const { anchor } = await takeAnchor(t.db);
    await editAndRecompute(t.db, 2);
    expect((await verifyAudit(t.db)).problems).toEqual([]); // the attack works against the chain alone
    const r = await verifyWithAnchors(t.db, [anchor!]);
    expect(kinds(r)).toEqual(['rewritten']);
  });

  it('catches the newest entries deleted', async () => {
    const { anchor } = await takeAnchor(t.db);
    await sql`DELETE FROM audit_entry WHERE id >= 4`.execute(t.db);
    expect((await verifyAudit(t.db)).problems).toEqual([]);
    const r = await verifyWithAnchors(t.db, [anchor!]);
    expect(r.anchorProblems).toMatchObject([{ kind: 'cut', anchor: { id: 5 } }]);
    expect(r.headId).toBe(3);
  });

  it('catches the whole trail deleted', async () => {
    const { anchor } = await takeAnchor(t.db);
    await sql`DELETE FROM audit_entry`.execute(t.db);
    const r = await verifyWithAnchors(t.db, [anchor!]);
    expect(kinds(r)).toEqual(['cut']);
    expect(r.headId).toBe(0);
  });

  it('checks every anchor of the file: an older anchor still catches a rewrite before it', async () => {
    const older = (await takeAnchor(t.db)).anchor!;
    await editAndRecompute(t.db, 1);
    const newer = (await takeAnchor(t.db)).anchor!; // taken after the attack: it vouches for the forged chain
    const r = await verifyWithAnchors(t.db, [older, newer]);
    expect(r.anchorProblems.map((p) => `${p.kind}:${p.anchor.at}`)).toEqual([`rewritten:${older.at}`]);
  });

  it('refuses to anchor a broken chain', async () => {
    await sql`UPDATE audit_entry SET actor_name = 'x' WHERE id = 3`.execute(t.db);
    const r = await takeAnchor(t.db);
    expect(r.anchor).toBeNull();
    expect(r.problems).toEqual([{ id: 3, kind: 'changed' }]);
  });
});
