// /grassroots/households: residential groups and the household register of a commune, with who is in charge.
import { useState } from 'react';
import { Button, Card, Checkbox, Input, Modal, Space, Tag, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import { ScopeBar } from '../../../components/ScopeBar';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Answer } from '../../../api';
import { fmtNumber, todayIso } from '../../../format';
import { useWrite } from '../../../useWrite';
import { ErrorLine, type Paged, errorText } from '../assignments/shared';
import { MemberPicker as MemberSelect } from '../../../components/MemberPicker';
import { AddHousehold, GroupForm } from './HouseholdForms';
import { HouseholdHistory } from './HouseholdHistory';
import type { Group, Home } from './types';

function AssignMember({ home, onClose }: { home: Home | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [memberId, setMemberId] = useState<number | undefined>();
  // The dialog stays mounted between households: the member chosen for one must not carry over to the next.
  const close = () => {
    setMemberId(undefined);
    onClose();
  };
  const assign = useWrite(
    (acknowledgeOutsideArea: boolean) =>
      api.post('/api/household-assignments', {
        householdId: home!.id,
        memberId,
        validFrom: todayIso(),
        ...(acknowledgeOutsideArea ? { acknowledgeOutsideArea } : {}),
      }),
    {
      invalidate: [['grassroots']],
      onSuccess: close,
      // Outside the member's area is a warning: show it and let the user confirm.
      onError: (e) => {
        if (!(e instanceof ApiError && e.code === 'outside_area_unconfirmed')) return false;
        Modal.confirm({
          title: t('grassroots.households.outsideTitle'),
          content: e.message,
          okText: t('grassroots.households.assignAnyway'),
          onOk: () => assign.mutateAsync(true).catch(() => undefined),
        });
        return true;
      },
    },
  );
  const save = () => assign.mutate(false);
  return (
    <Modal
      open={!!home}
      onCancel={close}
      onOk={() => void save()}
      okButtonProps={{ disabled: !memberId }}
      title={t('grassroots.households.assignTitle', { address: home?.address })}
      destroyOnHidden
    >
      <MemberSelect value={memberId} onChange={(v) => setMemberId(v as number | undefined)} />
    </Modal>
  );
}

export default function HouseholdsPage() {
  const { t } = useTranslation();
  const { unitId, setUnitId } = useScopeUnit();
  const [groupId, setGroupId] = useState<number | null>(null);
  const [search, setSearch] = useState('');
  const [unassigned, setUnassigned] = useState(false);
  const [page, setPage] = useState(1);
  const [assigning, setAssigning] = useState<Home | null>(null);
  const [adding, setAdding] = useState<'group' | 'home' | null>(null);
  const [editingGroup, setEditingGroup] = useState<number | null>(null);
  const [history, setHistory] = useState<number | null>(null);
  const groups = useQuery({
    queryKey: ['grassroots', 'groups', unitId],
    queryFn: () => api.get<Answer<'GET /api/residential-groups'>>('/api/residential-groups', { unitId }),
  });
  const homes = useQuery({
    queryKey: ['grassroots', 'households', unitId, groupId, search, unassigned, page],
    queryFn: () =>
      api.get<Answer<'GET /api/households'>>('/api/households', {
        unitId,
        groupId,
        q: search,
        unassigned: unassigned || undefined,
        page,
        pageSize: 20,
      }),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('grassroots.households.title')}</Typography.Title>
      <ScopeBar
        unitId={unitId}
        onChange={(v) => {
          setUnitId(v);
          setGroupId(null);
          setPage(1);
        }}
        flush
      />
      <ErrorLine error={groups.error ?? homes.error} />
      <Card
        title={t('grassroots.households.groups')}
        extra={<Button onClick={() => setAdding('group')}>{t('grassroots.households.addGroup')}</Button>}
      >
        <Table<Group>
          size="small"
          rowKey="id"
          dataSource={groups.data ?? []}
          pagination={{ pageSize: 10 }}
          onRow={(g) => ({
            onClick: () => {
              setGroupId(g.id === groupId ? null : g.id);
              setPage(1);
            },
            style: { cursor: 'pointer', background: g.id === groupId ? '#e6f4ff' : undefined },
          })}
          columns={[
            { title: t('grassroots.common.name'), dataIndex: 'name' },
            { title: t('grassroots.common.kind'), dataIndex: 'kind', render: (k: string) => t(`grassroots.groupKind.${k}`) },
            { title: t('grassroots.households.commune'), dataIndex: 'unitName' },
            {
              title: t('grassroots.households.cell'),
              dataIndex: 'cellName',
              render: (c: string | null) => c ?? <Tag color="orange">{t('grassroots.households.noCell')}</Tag>,
            },
            { title: t('grassroots.coverage.households'), dataIndex: 'households', render: (v: number) => fmtNumber(v) },
            {
              title: '',
              key: 'edit',
              width: 80,
              render: (_: unknown, g) => (
                <Button
                  size="small"
                  type="link"
                  onClick={(e) => {
                    e.stopPropagation();
                    setEditingGroup(g.id);
                  }}
                >
                  {t('grassroots.common.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Card
        title={t('grassroots.households.list')}
        extra={
          <Button type="primary" onClick={() => setAdding('home')}>
            {t('grassroots.households.addHousehold')}
          </Button>
        }
      >
        <Space style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder={t('grassroots.households.search')}
            onSearch={(v) => {
              setSearch(v);
              setPage(1);
            }}
          />
          <Checkbox
            checked={unassigned}
            onChange={(e) => {
              setUnassigned(e.target.checked);
              setPage(1);
            }}
          >
            {t('grassroots.households.unassignedOnly')}
          </Checkbox>
        </Space>
        <Table<Home>
          size="small"
          rowKey="id"
          loading={homes.isLoading}
          dataSource={homes.data?.items ?? []}
          pagination={{ current: page, pageSize: 20, total: homes.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { title: t('grassroots.households.head'), dataIndex: 'headName' },
            { title: t('grassroots.households.address'), dataIndex: 'address' },
            { title: t('grassroots.households.people'), dataIndex: 'people' },
            { title: t('grassroots.households.group'), dataIndex: 'groupName' },
            {
              title: t('grassroots.households.inCharge'),
              key: 'c',
              render: (_: unknown, h) =>
                h.inCharge ? (
                  <span>
                    {h.inCharge.memberName} {h.inCharge.outsideArea && <Tag color="gold">{t('grassroots.households.outside')}</Tag>}
                  </span>
                ) : (
                  <Button size="small" onClick={() => setAssigning(h)}>
                    {t('grassroots.households.assign')}
                  </Button>
                ),
            },
            {
              title: '',
              key: 'history',
              width: 90,
              render: (_: unknown, h) => (
                <Button size="small" type="link" onClick={() => setHistory(h.id)}>
                  {t('grassroots.households.history')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <AssignMember home={assigning} onClose={() => setAssigning(null)} />
      <GroupForm open={adding === 'group'} group={null} unitId={unitId ?? null} onClose={() => setAdding(null)} />
      <GroupForm
        open={editingGroup !== null}
        group={groups.data?.find((g) => g.id === editingGroup) ?? null}
        unitId={unitId ?? null}
        onClose={() => setEditingGroup(null)}
      />
      <HouseholdHistory id={history} onClose={() => setHistory(null)} />
      <AddHousehold open={adding === 'home'} groups={groups.data ?? []} groupId={groupId} onClose={() => setAdding(null)} />
    </Space>
  );
}
