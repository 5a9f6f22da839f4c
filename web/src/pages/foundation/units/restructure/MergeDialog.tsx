// Merge this unit with others of the same kind: into a new unit (code, name, parent) or into one of them.
import { useState } from 'react';
import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { UnitPicker, type UnitOption } from '../../../../components/UnitPicker';
import type { UnitPageData } from '../../../../types';
import { unitQuery, useChildren } from '../queries';
import { RestructureModal } from './RestructureModal';

interface Values {
  otherIds: number[];
  target: 'new' | 'existing';
  newCode?: string;
  newName?: string;
  newParentId?: number;
  intoId?: number;
}

const FIELD_MAP: Record<string, string> = { 'into.code': 'newCode', 'into.name': 'newName', 'into.parentId': 'newParentId' };
const CODE_RULE = { pattern: /^[A-Za-z0-9._-]+$/ };

export function MergeDialog({ unit, onClose }: { unit: UnitPageData; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const siblings = useChildren(unit.parentId);
  const [picked, setPicked] = useState<UnitOption[]>([]);
  const parent = unit.breadcrumb[unit.breadcrumb.length - 2];
  const siblingOptions: UnitOption[] = (siblings.data ?? []).filter((s) => s.kind === unit.kind && s.id !== unit.id);

  async function toRequest(v: Values) {
    // Each source goes with the version the server has now (optimistic concurrency).
    const others = await Promise.all(v.otherIds.map((id) => qc.fetchQuery({ ...unitQuery(id), staleTime: 0 })));
    const sources = [{ id: unit.id, version: unit.version }, ...others.map((o) => ({ id: o.id, version: o.version }))];
    const into = v.target === 'new' ? { parentId: v.newParentId, code: v.newCode?.trim(), name: v.newName?.trim() } : { unitId: v.intoId };
    return { url: '/api/units/merge', body: { sources, into } };
  }

  return (
    <RestructureModal<Values>
      open
      width={720}
      title={t('restructure.mergeTitle', { name: unit.name })}
      testId="merge-dialog"
      unitId={unit.id}
      onClose={onClose}
      initialValues={{ otherIds: [], target: 'new', newParentId: unit.parentId ?? undefined, intoId: unit.id }}
      toRequest={toRequest}
      mapField={(f) => (FIELD_MAP[f] ? [FIELD_MAP[f]] : null)}
      onDone={(o) => {
        const target = o.units.find((u) => u.change === 'created' || u.change === 'absorbed');
        if (target) navigate(`/units/${target.id}`);
      }}
    >
      <Form.Item
        name="otherIds"
        label={t('restructure.mergeWith')}
        rules={[{ required: true, type: 'array', min: 1, message: t('restructure.mergeWithRequired') }]}
        extra={t('restructure.mergeWithHint', { kind: t(`unitKinds.${unit.kind}`) })}
      >
        <UnitPicker
          multiple
          aria-label={t('restructure.mergeWith')}
          initialOptions={siblingOptions}
          filter={(h) => h.kind === unit.kind && h.id !== unit.id}
          onChange={(_, units) => setPicked(units)}
        />
      </Form.Item>
      <Form.Item name="target" label={t('restructure.mergeInto')}>
        <Radio.Group
          options={[
            { value: 'new', label: t('restructure.mergeIntoNew') },
            { value: 'existing', label: t('restructure.mergeIntoExisting') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['target', 'otherIds']}>
        {({ getFieldValue }) =>
          getFieldValue('target') === 'new' ? (
            <>
              <div style={{ display: 'flex', gap: 12 }}>
                <Form.Item
                  name="newCode"
                  label={t('units.code')}
                  style={{ width: 200 }}
                  rules={[
                    { required: true, message: t('validation.required') },
                    { ...CODE_RULE, message: t('validation.code') },
                  ]}
                >
                  <Input maxLength={50} />
                </Form.Item>
                <Form.Item
                  name="newName"
                  label={t('restructure.newUnitName')}
                  style={{ flex: 1 }}
                  rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
                >
                  <Input maxLength={200} />
                </Form.Item>
              </div>
              <Form.Item
                name="newParentId"
                label={t('restructure.newUnitParent')}
                rules={[{ required: true, message: t('validation.required') }]}
              >
                <UnitPicker
                  aria-label={t('restructure.newUnitParent')}
                  initialOptions={parent ? [{ id: parent.id, name: parent.name, code: parent.code }] : []}
                  filter={(h) => !['cell', 'grassroots_cell'].includes(h.kind)}
                />
              </Form.Item>
            </>
          ) : (
            <Form.Item name="intoId" label={t('restructure.mergeIntoUnit')} rules={[{ required: true, message: t('validation.required') }]}>
              <Select
                options={[unit.id, ...((getFieldValue('otherIds') as number[] | undefined) ?? [])].map((id) => ({
                  value: id,
                  label: id === unit.id ? unit.name : (picked.find((s) => s.id === id)?.name ?? `#${id}`),
                }))}
              />
            </Form.Item>
          )
        }
      </Form.Item>
    </RestructureModal>
  );
}
