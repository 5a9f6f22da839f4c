// Split this unit into ≥ 2 new units (code + name each); every member and child unit goes to one part.
import { useState } from 'react';
import { Button, Form, Input, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../../api';
import type { MemberListItem, Page, UnitPageData } from '../../../../types';
import { useChildren } from '../queries';
import { RestructureModal } from './RestructureModal';
import { SplitAssignments } from './SplitAssignments';

interface Values {
  parts: { code: string; name: string }[];
}

const ACTIVE = ['probationary', 'official', 'exempted', 'temporarily_exempted', 'suspended'];

/** The unit's own active members (only cells hold members), every page of them. */
async function activeMembers(unitId: number): Promise<MemberListItem[]> {
  const all: MemberListItem[] = [];
  for (let page = 1; page <= 50; page++) {
    const r = await api.get<Page<MemberListItem>>('/api/members', { unitId, status: ACTIVE, pageSize: 200, page });
    all.push(...r.items);
    if (page * 200 >= r.total || r.items.length === 0) break;
  }
  return all.filter((m) => m.unitId === unitId);
}

const holdsMembers = (kind: string) => kind === 'cell' || kind === 'grassroots_cell';

export function SplitDialog({ unit, onClose }: { unit: UnitPageData; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const members = useQuery({
    queryKey: ['members', 'split', unit.id],
    queryFn: () => (holdsMembers(unit.kind) ? activeMembers(unit.id) : Promise.resolve([])),
  });
  const children = useChildren(unit.id);
  const [memberParts, setMemberParts] = useState<Record<number, number>>({});
  const [childParts, setChildParts] = useState<Record<number, number>>({});

  function toRequest(v: Values) {
    const clamp = (i: number | undefined) => (i !== undefined && i < v.parts.length ? i : 0);
    return {
      url: `/api/units/${unit.id}/split`,
      body: {
        version: unit.version,
        parts: v.parts.map((p) => ({ code: p.code.trim(), name: p.name.trim() })),
        memberParts: Object.fromEntries((members.data ?? []).map((m) => [m.id, clamp(memberParts[m.id])])),
        childParts: Object.fromEntries((children.data ?? []).map((c) => [c.id, clamp(childParts[c.id])])),
      },
    };
  }

  return (
    <RestructureModal<Values>
      open
      width={860}
      title={t('restructure.splitTitle', { name: unit.name })}
      testId="split-dialog"
      unitId={unit.id}
      onClose={onClose}
      initialValues={{
        parts: [
          { code: '', name: '' },
          { code: '', name: '' },
        ],
      }}
      toRequest={toRequest}
      mapField={(f) => (f.startsWith('parts.') ? f.split('.').map((x) => (/^\d+$/.test(x) ? Number(x) : x)) : null)}
      onDone={() => navigate(unit.parentId ? `/units/${unit.parentId}` : '/units')}
    >
      <Typography.Text strong>{t('restructure.newUnits')}</Typography.Text>
      <Form.List name="parts">
        {(fields, { add, remove }) => (
          <div style={{ marginTop: 8 }}>
            {fields.map((f, i) => (
              <Space key={f.key} align="start" style={{ display: 'flex' }}>
                <Typography.Text style={{ lineHeight: '32px', width: 20 }}>{i + 1}.</Typography.Text>
                <Form.Item
                  name={[f.name, 'code']}
                  rules={[
                    { required: true, message: t('validation.required') },
                    { pattern: /^[A-Za-z0-9._-]+$/, message: t('validation.code') },
                  ]}
                >
                  <Input placeholder={t('units.code')} aria-label={`${t('units.code')} ${i + 1}`} style={{ width: 180 }} maxLength={50} />
                </Form.Item>
                <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
                  <Input placeholder={t('units.name')} aria-label={`${t('units.name')} ${i + 1}`} style={{ width: 360 }} maxLength={200} />
                </Form.Item>
                {fields.length > 2 && (
                  <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('common.remove')} onClick={() => remove(f.name)} />
                )}
              </Space>
            ))}
            {fields.length < 10 && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ code: '', name: '' })} style={{ marginBottom: 16 }}>
                {t('restructure.addPart')}
              </Button>
            )}
          </div>
        )}
      </Form.List>
      <SplitAssignments
        members={members}
        childUnits={children}
        memberParts={memberParts}
        setMemberParts={setMemberParts}
        childParts={childParts}
        setChildParts={setChildParts}
      />
    </RestructureModal>
  );
}
