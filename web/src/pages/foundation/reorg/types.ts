export interface RowMessage {
  row: number;
  code: string;
  message: string;
}
export interface Plan {
  id: number;
  unitId: number;
  unitName: string;
  title: string;
  effectiveOn: string;
  status: string;
  progress: number;
  version: number;
  operations?: ({ row: number } & import('./OperationEditor').Op)[];
  decisionNo?: string | null;
  failure: { code: string; message: string; rows: RowMessage[] } | null;
}
export interface PlanSummary {
  id: number;
  title: string;
  effective_on: string;
  status: string;
  unit_name: string;
}
export interface TreeNode {
  id: number;
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
  members: number;
  cells: number;
  seats: number;
}
export interface Paged<T> {
  total: number;
  items: T[];
}
export interface PreviewRunning {
  running: true;
  done: number;
  total: number;
}
export interface Preview {
  running?: false;
  errors: RowMessage[];
  before: TreeNode[];
  after: TreeNode[];
  applicableFrom: string | null;
  elapsedMs: number;
  membersMoved: Paged<{ memberId: number; fullName: string; fromUnit: string | null; toUnit: string }>;
  inFlight: Record<string, Paged<{ id: number; label: string; unit: string }>>;
}
export interface PaperRef {
  seq: number;
  kind: string;
  decisionNo: string;
  minutesNo: string;
  effectiveOn: string;
  from: { code: string; name: string }[];
  to: { code: string; name: string }[];
  files: { decision: string; minutes: string };
}
