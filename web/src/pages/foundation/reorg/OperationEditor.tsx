// The plan editor: one operation at a time, by hand, with the fields its kind needs (the same operations a plan
// file holds; a split with its parts goes through the file). Adding or removing an operation saves the draft,
// which is checked again and previewed as a whole.
import { useState } from 'react';
import { Button, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { REORG_OP_KINDS } from '../../../../../src/domain/orgs/reorg';
import { UNIT_KINDS } from '../../../../../src/domain/orgs/tree';

export interface Op {
  kind: string;
  unit?: string;
  sources?: string[];
  into?: string;
  parent?: string;
  code?: string;
  name?: string;
  unitKind?: string;
}

/** The fields each kind of operation takes (the plan file's columns). */
const FIELDS: Record<string, (keyof Op)[]> = {
  create: ['parent', 'code', 'name', 'unitKind'],
  rename: ['unit', 'name'],
  move: ['unit', 'parent'],
  merge: ['sources', 'into', 'parent', 'code', 'name'],
  dissolve: ['unit'],
  change_kind: ['unit', 'unitKind', 'parent'],
};
const EDITABLE = REORG_OP_KINDS.filter((k) => k in FIELDS);

function clean(op: Op): Op {
  const out: Op = { kind: op.kind };
  for (const f of FIELDS[op.kind] ?? []) {
    const v = op[f];
    if (f === 'sources') {
      const list = (v as string[] | undefined)?.filter(Boolean) ?? [];
      if (list.length) out.sources = list;
    } else if (typeof v === 'string' && v.trim()) (out as unknown as Record<string, string>)[f] = v.trim();
  }
  return out;
}

export function OperationEditor({ onAdd, busy, submitLabel }: { onAdd: (op: Op) => void; busy: boolean; submitLabel: string }) {
  const { t } = useTranslation();
  const [op, setOp] = useState<Op>({ kind: 'create' });
  const fields = FIELDS[op.kind] ?? [];
  const set = (f: keyof Op, v: string) => setOp((o) => ({ ...o, [f]: f === 'sources' ? v.split(/[,;\s]+/) : v }));
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="reorg-editor">
      <Space wrap>
        <Select
          value={op.kind}
          style={{ width: 200 }}
          aria-label={t('reorg.editor.kind')}
          onChange={(kind) => setOp({ kind })}
          options={EDITABLE.map((k) => ({ value: k, label: t(`reorg.editor.kinds.${k}`) }))}
        />
        {fields.map((f) =>
          f === 'unitKind' ? (
            <Select
              key={f}
              value={op.unitKind}
              style={{ width: 220 }}
              placeholder={t('reorg.editor.fields.unitKind')}
              aria-label={t('reorg.editor.fields.unitKind')}
              onChange={(v: string) => set('unitKind', v)}
              options={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKinds.${k}`) }))}
            />
          ) : (
            <Input
              key={f}
              style={{ width: f === 'name' ? 280 : 180 }}
              placeholder={t(`reorg.editor.fields.${f}`)}
              aria-label={t(`reorg.editor.fields.${f}`)}
              value={f === 'sources' ? (op.sources ?? []).join(', ') : ((op[f] as string | undefined) ?? '')}
              onChange={(e) => set(f, e.target.value)}
            />
          ),
        )}
        <Button type="primary" loading={busy} onClick={() => onAdd(clean(op))} data-testid="reorg-add-op">
          {submitLabel}
        </Button>
      </Space>
      <Typography.Text type="secondary">{t(`reorg.editor.hints.${op.kind}`)}</Typography.Text>
    </Space>
  );
}

/** One line describing an operation of the plan. */
export function describe(op: Op, t: (k: string, p?: Record<string, unknown>) => string): string {
  const parts = [t(`reorg.editor.kinds.${op.kind}`)];
  if (op.sources?.length) parts.push(op.sources.join(' + '));
  if (op.unit) parts.push(op.unit);
  if (op.into) parts.push(`→ ${op.into}`);
  if (op.code || op.name) parts.push(`→ ${[op.code, op.name].filter(Boolean).join(' ')}`);
  if (op.parent) parts.push(t('reorg.editor.under', { parent: op.parent }));
  if (op.unitKind) parts.push(`(${t(`unitKinds.${op.unitKind}`)})`);
  return parts.join(' ');
}
