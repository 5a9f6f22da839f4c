// "Add a subordinate unit": a new unit under this one (POST /api/units), previewed then confirmed like every
// restructuring. Only the kinds the tree allows under this unit are offered; the server checks them again.
import { useState } from 'react';
import { Button, Form, Input, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { UnitKind, UnitPageData } from '../../../../types';
import { RestructureModal } from './RestructureModal';
import { childKinds } from '../../../../../../src/domain/orgs/tree';

interface Values {
  code: string;
  name: string;
  kind: UnitKind;
}

/** The button and its dialog; nothing when the unit cannot hold units or the user may not create under it. */
export function CreateChildAction({ unit }: { unit: UnitPageData }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const kinds = childKinds(unit.kind);
  if (kinds.length === 0 || !unit.abilities?.createChild) return null;
  return (
    <>
      <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="create-child">
        {t('steps.createChild.action')}
      </Button>
      {open && (
        <RestructureModal<Values>
          open
          title={t('steps.createChild.title', { name: unit.name })}
          testId="create-child-dialog"
          unitId={unit.id}
          onClose={() => setOpen(false)}
          initialValues={{ kind: kinds.length === 1 ? kinds[0] : undefined }}
          toRequest={(v) => ({ url: '/api/units', body: { parentId: unit.id, code: v.code.trim(), name: v.name.trim(), kind: v.kind } })}
          mapField={(f) => (['code', 'name', 'kind', 'effectiveOn', 'decisionNo', 'note'].includes(f) ? [f] : null)}
        >
          <Form.Item name="kind" label={t('units.kind')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select
              aria-label={t('units.kind')}
              options={kinds.map((k) => ({ value: k, label: t(`unitKinds.${k}`) }))}
              style={{ width: 260 }}
            />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('units.name')}
            rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 200 }]}
          >
            <Input autoFocus maxLength={200} />
          </Form.Item>
          <Form.Item
            name="code"
            label={t('units.code')}
            extra={t('steps.createChild.codeHint')}
            rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 50 }]}
          >
            <Input maxLength={50} style={{ width: 260 }} />
          </Form.Item>
        </RestructureModal>
      )}
    </>
  );
}
