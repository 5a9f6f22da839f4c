// /grassroots/working-groups: working groups with their composition, units and activities; record an activity,
// form a group or edit one.
import { useState } from 'react';
import { Button, DatePicker, Drawer, Form, Input, List, Space, Tag, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import { ScopeBar } from '../../../components/ScopeBar';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { useWrite } from '../../../useWrite';
import { api, type Answer } from '../../../api';
import { useAbility } from '../../../auth/permissions';
import { fmtDate, fmtNumber, toIso } from '../../../format';
import { ErrorLine } from '../assignments/shared';
import { WorkingGroupForm } from './WorkingGroupForm';

type Row = Answer<'GET /api/working-groups'>['items'][number];
type Detail = Answer<'GET /api/working-groups/:workingGroupId'>;
const PAGE_SIZE = 50;

function GroupDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ heldOn: Dayjs; summary: string }>();
  const [editing, setEditing] = useState(false);
  const mayEdit = useAbility('workingGroup.create');
  const q = useQuery({
    queryKey: ['grassroots', 'working-group', id],
    enabled: id !== null,
    queryFn: () => api.get<Detail>(`/api/working-groups/${id}`),
  });
  const record = useWrite(
    (v: { heldOn: Dayjs; summary: string }) =>
      api.post(`/api/working-groups/${id}/activities`, { heldOn: toIso(v.heldOn), summary: v.summary }),
    { invalidate: [['grassroots']], onSuccess: () => form.resetFields() },
  );
  const g = q.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="large"
      title={g?.name}
      extra={g && mayEdit && <Button onClick={() => setEditing(true)}>{t('grassroots.workingGroups.edit')}</Button>}
    >
      <WorkingGroupForm open={editing && !!g} group={g ?? null} onClose={() => setEditing(false)} />
      <ErrorLine error={q.error} />
      {g && (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="working-group-detail">
          <Typography.Paragraph>{g.purpose}</Typography.Paragraph>
          <Typography.Text>
            {fmtDate(g.validFrom)} – {g.validTo ? fmtDate(g.validTo) : '…'}
          </Typography.Text>
          <Typography.Title level={5}>{t('grassroots.workingGroups.members')}</Typography.Title>
          <List
            size="small"
            dataSource={g.members}
            renderItem={(m) => (
              <List.Item>
                {m.fullName} <Tag>{t(`grassroots.role.${m.role}`)}</Tag> {m.unitName}
              </List.Item>
            )}
          />
          <Typography.Title level={5}>{t('grassroots.workingGroups.units')}</Typography.Title>
          <Space wrap>
            {g.units.map((u) => (
              <Tag key={u.id}>{u.name}</Tag>
            ))}
          </Space>
          <Typography.Title level={5}>{t('grassroots.workingGroups.activities')}</Typography.Title>
          <Form form={form} layout="inline" onFinish={(v) => record.mutate(v)}>
            <Form.Item name="heldOn" rules={[{ required: true, message: t('grassroots.common.required') }]}>
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
            <Form.Item name="summary" rules={[{ required: true, message: t('grassroots.common.required') }]}>
              <Input placeholder={t('grassroots.visits.summary')} style={{ width: 280 }} />
            </Form.Item>
            <Button htmlType="submit">{t('grassroots.workingGroups.record')}</Button>
          </Form>
          <List
            size="small"
            dataSource={g.activities}
            renderItem={(a) => (
              <List.Item>
                {fmtDate(a.heldOn)} — {a.summary} <Typography.Text type="secondary">{a.recordedBy}</Typography.Text>
              </List.Item>
            )}
          />
        </Space>
      )}
    </Drawer>
  );
}

export default function WorkingGroupsPage() {
  const { t } = useTranslation();
  const { unitId, setUnitId } = useScopeUnit();
  const [open, setOpen] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const mayCreate = useAbility('workingGroup.create');
  // Paged on the server; another unit starts at page 1.
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: ['grassroots', 'working-groups', unitId, page],
    queryFn: () => api.get<Answer<'GET /api/working-groups'>>('/api/working-groups', { unitId, page, pageSize: PAGE_SIZE }),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('grassroots.workingGroups.title')}</Typography.Title>
      <Space wrap>
        <ScopeBar
          unitId={unitId}
          onChange={(v) => {
            setUnitId(v);
            setPage(1);
          }}
          flush
        />
        {mayCreate && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('grassroots.workingGroups.create')}
          </Button>
        )}
      </Space>
      <ErrorLine error={q.error} />
      <Table<Row>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: q.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('grassroots.common.name'), dataIndex: 'name' },
          { title: t('grassroots.common.unit'), dataIndex: 'unitName' },
          { title: t('grassroots.common.from'), dataIndex: 'validFrom', render: fmtDate },
          { title: t('grassroots.common.to'), dataIndex: 'validTo', render: (v: string | null) => (v ? fmtDate(v) : '—') },
          { title: t('grassroots.workingGroups.members'), dataIndex: 'members', render: (v: number) => fmtNumber(v) },
          { title: t('grassroots.workingGroups.units'), dataIndex: 'units' },
          { title: t('grassroots.workingGroups.activities'), dataIndex: 'activities' },
          {
            title: '',
            dataIndex: 'current',
            render: (c: boolean) => (c ? <Tag color="green">{t('grassroots.workingGroups.current')}</Tag> : null),
          },
        ]}
      />
      <GroupDrawer id={open} onClose={() => setOpen(null)} />
      <WorkingGroupForm open={creating} group={null} onClose={() => setCreating(false)} />
    </Space>
  );
}
