// Before/after of one audit entry as a small "field | before | after" table, in words; changed values are marked.
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useTranslation } from 'react-i18next';
import { diffRows, fieldLabel, formatValue, type DiffRow, type Translate } from './format';

type Obj = Record<string, unknown> | null;

export function AuditDiff({ before, after }: { before: Obj; after: Obj }) {
  const { t: rawT } = useTranslation();
  const t: Translate = (key, options) => rawT(key, options);
  const rows = diffRows(before, after);

  return (
    <Table<DiffRow>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      data-testid="audit-diff"
      bordered
      columns={[
        { key: 'field', title: rawT('audit.field'), width: 200, render: (_, r) => fieldLabel(t, r.field) },
        ...(before
          ? [
              {
                key: 'before',
                title: rawT('audit.before'),
                render: (_: unknown, r: DiffRow) => (
                  <span className={r.changed ? 'diff-old' : undefined}>{formatValue(t, r.before, r.field)}</span>
                ),
              },
            ]
          : []),
        {
          key: 'after',
          title: rawT('audit.after'),
          render: (_, r) => <span className={r.changed && before ? 'diff-new' : undefined}>{formatValue(t, r.after, r.field)}</span>,
        },
      ]}
    />
  );
}
