// The demo province: loaded once into an empty database, its logins printed at every start.
import { sql } from 'kysely';
import type { Db } from '../db/connection.js';
import type { OpenDatabase } from '../db/open.js';
import { seedDemo, DEMO_PASSWORD } from './index.js';
import { translate } from '../shared/i18n.js';
import { appendAudit } from '../modules/foundation/audit/service.js';
import { inTransaction } from '../shared/tx.js';
import { seedNational } from './national.js';

/** The national shape: the Central level above this many provinces, each with `members` members. */
export interface NationalSeed {
  provinces: number;
}

export async function ensureDemoData(database: OpenDatabase, members?: number, national?: NationalSeed) {
  const has = await database.db.selectFrom('org_unit').select('id').limit(1).executeTakeFirst();
  if (has) return;
  const count = members ?? (national ? Math.round(5_600_000 / 34) : 110_300);
  console.log(translate('vi', 'cli.seeding', { members: national ? count * national.provinces : count }));
  const t0 = Date.now();
  const onProgress = (m: string) => console.log(`  ${m}`);
  const result = national
    ? await seedNational(database.pool, { provinces: national.provinces, membersPerProvince: count, onProgress })
    : await seedDemo(database.pool, { profile: 'province', members, onProgress });
  await inTransaction(database.db, false, async (trx) => {
    const seed = { userId: null, displayName: 'grassroots seed' };
    await appendAudit(trx, seed, {
      action: 'demo.seed',
      entityType: 'database',
      entityId: 'demo',
      scopePath: result.rootPath,
      after: { units: result.units, members: result.members },
    });
    // The 2025 reorganization the demo records as applied, in the trail as the reorganization module writes it.
    const r = result.reorganization;
    if (r) {
      // One entry per operation, as the restructuring engine writes them, then the plan's own.
      const ops = await trx
        .selectFrom('restructuring')
        .select(['id', 'kind', 'details', 'effective_on', 'decision_no'])
        .orderBy('id')
        .execute();
      for (const o of ops) {
        await appendAudit(trx, seed, {
          action: `unit.${o.kind}`,
          entityType: 'restructuring',
          entityId: o.id,
          scopePath: result.rootPath,
          after: { ...(o.details as Record<string, unknown>), effectiveOn: o.effective_on, decisionNo: o.decision_no },
        });
      }
      await appendAudit(trx, seed, {
        action: 'reorg.apply',
        entityType: 'reorg_plan',
        entityId: r.planId,
        scopePath: result.rootPath,
        after: { title: r.title, effectiveOn: r.effectiveOn, operations: r.operations, membersMoved: r.membersMoved },
      });
    }
  });
  console.log(
    translate('vi', 'cli.seeded', { units: result.units, members: result.members, seconds: Math.round((Date.now() - t0) / 100) / 10 }),
  );
}

export async function printDemoLogins(db: Db) {
  const rows = await db
    .selectFrom('app_user as u')
    .innerJoin('role_grant as g', 'g.user_id', 'u.id')
    .innerJoin('org_unit as o', 'o.id', 'g.unit_id')
    .select(['u.username', 'g.role', 'o.name as unit'])
    .where('u.username', 'in', ['trunguong', 'admin', 'tinh02', 'vanphong', 'bithu', 'dangvien', 'giamsat'])
    .orderBy(sql`array_position(array['trunguong','admin','tinh02','vanphong','bithu','dangvien','giamsat'], u.username)`)
    .execute();
  if (rows.length === 0) return;
  console.log(translate('vi', 'cli.logins', { password: DEMO_PASSWORD }));
  for (const r of rows) console.log(`  ${r.username.padEnd(10)} ${translate('vi', `roles.${r.role}`).padEnd(24)} ${r.unit}`);
}
