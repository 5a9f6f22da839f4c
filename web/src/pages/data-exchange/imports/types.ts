import type { Answer } from '../../../api';

export interface ImportError {
  row: number;
  column: string | null;
  header: string | null;
  field: string;
  code: string;
  message: string;
}
export interface ImportJob {
  id: number;
  unitId: number;
  unitName: string;
  filename: string;
  status: 'previewed' | 'committing' | 'committed' | 'failed' | 'undoing' | 'undone' | 'discarded';
  totalRows: number;
  validRows: number;
  errorCount: number;
  progress: number;
  failure: string | null;
  failureMessage: string | null;
  columns: { index: number; letter: string; header: string; field: string | null }[];
  fields: { field: string; label: string; required: boolean; column: number | null }[];
  ignoredColumns: number;
  errors: ImportError[];
  storedErrors: number;
}
export type JobSummary = Answer<'GET /api/imports'>['items'][number];
