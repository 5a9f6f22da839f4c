// Which part each member and child unit goes to (default: the first). Rows can be reassigned in bulk.
import { useState } from 'react';
import { Alert, Form, Select, Space, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../../components/ResponsiveTable';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MemberListItem, UnitNode } from '../../../../types';
import { fmtDate } from '../../../../format';

interface Props {
  members: UseQueryResult<MemberListItem[]>;
  childUnits: UseQueryResult<UnitNode[]>;
  memberParts: Record<number, number>;
  setMemberParts: (f: (p: Record<number, number>) => Record<number, number>) => void;
  childParts: Record<number, number>;
  setChildParts: (f: (p: Record<number, number>) => Record<number, number>) => void;
}

export function SplitAssignments(p: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const parts = (Form.useWatch('parts', form) as { code?: string; name?: string }[] | undefined) ?? [];
  const [selected, setSelected] = useState<number[]>([]);
  const options = parts.map((x, i) => ({ value: i, label: `${i + 1}. ${x?.name?.trim() || t('restructure.partN', { n: i + 1 })}` }));
  const partOf = (map: Record<number, number>, id: number) => (map[id] !== undefined && map[id]! < parts.length ? map[id]! : 0);

  if (p.members.isError || p.childUnits.isError) return <Alert type="error" showIcon title={t('common.loadFailed')} />;

  const hasMembers = (p.members.data?.length ?? 0) > 0 || p.members.isPending;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {hasMembers && (
        <>
          <Space wrap>
            <Typography.Text strong>{t('restructure.assignMembers', { n: p.members.data?.length ?? 0 })}</Typography.Text>
            <Select
              size="small"
              style={{ width: 260 }}
              placeholder={t('restructure.assignSelected')}
              options={options}
              value={null}
              disabled={selected.length === 0}
              onChange={(v: number) => {
                p.setMemberParts((m) => ({ ...m, ...Object.fromEntries(selected.map((id) => [id, v])) }));
                setSelected([]);
              }}
            />
          </Space>
          <Table<MemberListItem>
            size="small"
            rowKey="id"
            loading={p.members.isPending}
            dataSource={p.members.data ?? []}
            pagination={{ pageSize: 10, size: 'small', showSizeChanger: false }}
            scroll={{ y: 260 }}
            rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(Number)) }}
            columns={[
              { key: 'name', title: t('fields.fullName'), render: (_, m) => m.fullName },
              { key: 'birth', title: t('fields.birthDate'), width: 110, render: (_, m) => fmtDate(m.birthDate) },
              {
                key: 'part',
                title: t('restructure.goesTo'),
                width: 260,
                render: (_, m) => (
                  <Select
                    size="small"
                    style={{ width: '100%' }}
                    options={options}
                    value={partOf(p.memberParts, m.id)}
                    aria-label={`${t('restructure.goesTo')}: ${m.fullName}`}
                    onChange={(v: number) => p.setMemberParts((x) => ({ ...x, [m.id]: v }))}
                  />
                ),
              },
            ]}
          />
        </>
      )}
      {(p.childUnits.data?.length ?? 0) > 0 && (
        <>
          <Typography.Text strong>{t('restructure.assignChildren', { n: p.childUnits.data!.length })}</Typography.Text>
          <Table<UnitNode>
            size="small"
            rowKey="id"
            dataSource={p.childUnits.data}
            pagination={false}
            columns={[
              { key: 'name', title: t('units.name'), render: (_, c) => c.name },
              {
                key: 'part',
                title: t('restructure.goesTo'),
                width: 260,
                render: (_, c) => (
                  <Select
                    size="small"
                    style={{ width: '100%' }}
                    options={options}
                    value={partOf(p.childParts, c.id)}
                    onChange={(v: number) => p.setChildParts((x) => ({ ...x, [c.id]: v }))}
                  />
                ),
              },
            ]}
          />
        </>
      )}
    </Space>
  );
}
