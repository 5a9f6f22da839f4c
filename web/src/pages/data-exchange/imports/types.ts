export interface ImportError { row: number; column: string | null; header: string | null; field: string; code: string; message: string }
export interface ImportJob {
  id: number; unitId: number; unitName: string; filename: string; status: 'previewed' | 'committing' | 'committed' | 'failed' | 'undoing' | 'undone' | 'discarded';
  totalRows: number; validRows: number; errorCount: number; progress: number; failure: string | null; failureMessage: string | null;
  columns: { index: number; letter: string; header: string; field: string | null }[];
  fields: { field: string; label: string; required: boolean; column: number | null }[];
  ignoredColumns: number; errors: ImportError[]; storedErrors: number;
}
export interface JobSummary { id: number; filename: string; status: ImportJob['status']; total_rows: number; error_count: number; created_at: string; unit_name: string; created_by_name: string | null }
