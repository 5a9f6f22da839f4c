// The 2025 reorganization as the reorganization module keeps an applied plan (migration 0018): the plan row,
// its operations in file order, and the restructurings it wrote. Undo is refused for it, as for any plan whose
// units changed since (its applied state names the province at a version it never had).
import type pg from 'pg';
import { copyRows } from '../db/copy.js';
import { touchedCodes } from '../domain/orgs/reorg.js';
import type { Plan } from './plan.js';
import type { Reform } from './reform.js';
import { REFORM_TITLE } from './reform-data.js';

export async function recordReformPlan(client: pg.PoolClient, plan: Plan, reform: Reform): Promise<number> {
  const root = plan.units[0]!;
  const admin = await client.query<{ id: string }>(`SELECT id FROM app_user WHERE username = 'admin'`);
  const touched = [...new Set(reform.ops.flatMap(touchedCodes))].sort();
  const appliedState = { created: reform.created.map((u) => u.id), units: { [String(root.id)]: 0 }, members: {} };
  const snapshot = { units: [], versions: [], members: [], periods: [] };
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO reorg_plan (unit_id, title, effective_on, decision_no, status, touched, progress, snapshot, restructuring_ids,
       applied_state, created_by, created_at, applied_at)
     VALUES ($1, $2, $3, $4, 'applied', $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id`,
    [
      root.id,
      REFORM_TITLE,
      reform.effectiveOn,
      reform.decisionNo,
      touched,
      reform.ops.length,
      JSON.stringify(snapshot),
      reform.restructurings.map((r) => r.id),
      JSON.stringify(appliedState),
      admin.rows[0]?.id ?? null,
      `${reform.effectiveOn}T08:00:00+07:00`,
    ],
  );
  const id = Number(rows[0]!.id);
  await copyRows(
    client,
    'reorg_operation',
    ['plan_id', 'row_no', 'kind', 'spec'],
    reform.ops.map((o) => [id, o.row, o.kind, JSON.stringify(o)]),
  );
  await client.query(`SELECT setval(pg_get_serial_sequence('reorg_plan', 'id'), $1)`, [id]);
  return id;
}
