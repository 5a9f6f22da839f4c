// Kysely table types of the reorganization plans (0018_reorg_plan.sql). Keep in step with the SQL.
import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string | undefined, string>;
type JsonOrNull = ColumnType<unknown, string | null | undefined, string | null>;

export type ReorgPlanStatus = 'draft' | 'applying' | 'applied' | 'undoing' | 'undone' | 'discarded';

export interface ReorgPlanTable {
  id: Generated<number>;
  unit_id: number;
  title: string;
  effective_on: string;
  decision_no: string | null;
  status: Generated<ReorgPlanStatus>;
  touched: Generated<string[]>;
  progress: Generated<number>;
  failure: JsonOrNull;
  snapshot: JsonOrNull;
  restructuring_ids: Generated<number[]>;
  applied_state: JsonOrNull;
  created_by: number | null;
  created_at: Generated<Date>;
  applied_at: Date | null;
  undone_at: Date | null;
  version: Generated<number>;
}

export interface ReorgOperationTable {
  plan_id: number;
  row_no: number;
  kind: string;
  spec: Json;
}

export interface ReorgTables {
  reorg_plan: ReorgPlanTable;
  reorg_operation: ReorgOperationTable;
}
