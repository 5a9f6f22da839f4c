// Kysely table types of this module's migrations (0005_data_exchange.sql). Keep in step with the SQL.
import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string | undefined, string>;

export type ImportJobStatus = 'previewed' | 'committing' | 'committed' | 'failed' | 'undoing' | 'undone' | 'discarded';

export interface ImportMappingTable {
  id: Generated<number>;
  unit_id: number;
  name: string;
  columns: Json;
  created_by: number | null;
  updated_at: Generated<Date>;
}

export interface ImportJobTable {
  id: Generated<number>;
  unit_id: number;
  kind: Generated<'members'>;
  filename: string;
  file: Buffer | null;
  status: ImportJobStatus;
  mapping: Json;
  headers: Json;
  total_rows: Generated<number>;
  error_count: Generated<number>;
  errors: Json;
  progress: Generated<number>;
  failure: string | null;
  created_by: number | null;
  created_at: Generated<Date>;
  committed_at: Date | null;
  undone_at: Date | null;
  version: Generated<number>;
}

export interface ImportJobMemberTable {
  job_id: number;
  member_id: number;
  row_no: number;
}

export type ReconciliationKind = 'matched' | 'different' | 'only_in_list' | 'only_in_registry' | 'registry_duplicate';

export interface ReconciliationTable {
  id: Generated<number>;
  unit_id: number;
  filename: string;
  counts: Json;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface ReconciliationItemTable {
  id: Generated<number>;
  reconciliation_id: number;
  kind: ReconciliationKind;
  row_no: number | null;
  member_id: number | null;
  other_member_id: number | null;
  method: 'citizen_id' | 'party_card' | 'fuzzy' | null;
  score: number | null;
  list_name: string | null;
  differences: Json;
  open_count: Generated<number>;
  version: Generated<number>;
}

export interface DataExchangeTables {
  import_mapping: ImportMappingTable;
  import_job: ImportJobTable;
  import_job_member: ImportJobMemberTable;
  reconciliation: ReconciliationTable;
  reconciliation_item: ReconciliationItemTable;
}
