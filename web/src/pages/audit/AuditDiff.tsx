// Before/after of one audit entry, field by field; changed values are marked.
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { fmtDate } from '../../format';

type Obj = Record<string, unknown> | null;
interface Row { field: string; before: unknown; after: unknown; changed: boolean }

export function AuditDiff({ before, after }: { before: Obj; after: Obj }) {
  const { t } = useTranslation();
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const rows: Row[] = keys.map((k) => ({
    field: k, before: before?.[k], after: after?.[k],
    changed: JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null),
  }));

  const show = (v: unknown, field: string) => {
    if (v === undefined || v === null || v === '') return '—';
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return fmtDate(v);
    if (field === 'status' && typeof v === 'string') return t(`status.${v}`, { defaultValue: v });
    if (field === 'gender' && typeof v === 'string') return t(`gender.${v}`, { defaultValue: v });
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
  };

  return (
    <Table<Row>
      size="small" rowKey="field" pagination={false} dataSource={rows} data-testid="audit-diff" bordered
      columns={[
        { key: 'field', title: t('audit.field'), width: 200, render: (_, r) => t(`fields.${r.field}`, { defaultValue: r.field }) },
        ...(before ? [{
          key: 'before', title: t('audit.before'),
          render: (_: unknown, r: Row) => <span className={r.changed ? 'diff-old' : undefined}>{show(r.before, r.field)}</span>,
        }] : []),
        {
          key: 'after', title: t('audit.after'),
          render: (_, r) => <span className={r.changed && before ? 'diff-new' : undefined}>{show(r.after, r.field)}</span>,
        },
      ]}
    />
  );
}
