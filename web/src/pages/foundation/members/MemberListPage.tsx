// /members: server-side paged, sorted and filtered list (never fetches everything).
import { Button, Card, Space, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import type { SorterResult } from 'antd/es/table/interface';
import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../../api';
import { useCurrentUser } from '../../../auth/useMe';
import { may } from '../../../auth/permissions';
import { ErrorResult } from '../../../components/ErrorResult';
import { StatusTag } from '../../../components/StatusTag';
import { fmtCount, fmtDate } from '../../../format';
import type { MemberListItem, Page } from '../../../types';
import { MemberFilters } from './MemberFilters';
import { PAGE_SIZE, useListParams, type SortKey } from './useListParams';

export default function MemberListPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [params, update] = useListParams();
  const list = useQuery({
    queryKey: ['members', 'list', params],
    queryFn: () =>
      api.get<Page<MemberListItem>>('/api/members', {
        unitId: params.unitId,
        q: params.q || undefined,
        status: params.status,
        gender: params.gender,
        ageBand: params.ageBand,
        admittedYear: params.admittedYear,
        sort: params.sort,
        page: params.page,
        pageSize: PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  });

  const sortKey = params.sort.replace('-', '') as SortKey;
  const order = (k: SortKey) => (sortKey === k ? (params.sort.startsWith('-') ? 'descend' : 'ascend') : null);

  function onSort(s: SorterResult<MemberListItem> | SorterResult<MemberListItem>[]) {
    const one = Array.isArray(s) ? s[0] : s;
    const key = one?.columnKey as SortKey | undefined;
    if (!key || !one?.order) update({ sort: 'name' });
    else update({ sort: one.order === 'descend' ? `-${key}` : key });
  }

  if (list.isError && !list.data) return <ErrorResult error={list.error} onRetry={() => void list.refetch()} />;

  return (
    <Card>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('members.title')}
          </Typography.Title>
          {list.data && (
            <Typography.Text type="secondary" data-testid="member-total">
              {t('members.total', { n: fmtCount(list.data.total, i18n.language) })}
            </Typography.Text>
          )}
          <span style={{ flex: 1 }} />
          {may(me, 'member.create') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate(`/members/new${params.unitId ? `?unitId=${params.unitId}` : ''}`)}
            >
              {t('members.add')}
            </Button>
          )}
        </div>
        <MemberFilters params={params} update={update} />
        <Table<MemberListItem>
          rowKey="id"
          size="middle"
          data-testid="member-table"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          onChange={(pagination, _, sorter, extra) => {
            if (extra.action === 'sort') onSort(sorter);
            else if (extra.action === 'paginate') update({ page: pagination.current ?? 1 });
          }}
          pagination={{
            current: params.page,
            pageSize: PAGE_SIZE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total, range) => t('members.range', { from: range[0], to: range[1], total: fmtCount(total, i18n.language) }),
          }}
          onRow={(m) => ({ onClick: () => navigate(`/members/${m.id}`), className: 'member-row' })}
          locale={{ emptyText: t('members.empty') }}
          columns={[
            {
              key: 'name',
              title: t('fields.fullName'),
              sorter: true,
              sortOrder: order('name'),
              width: 200,
              render: (_, m) => (
                <Link to={`/members/${m.id}`} onClick={(e) => e.stopPropagation()}>
                  {m.fullName}
                </Link>
              ),
            },
            { key: 'gender', title: t('fields.gender'), width: 80, render: (_, m) => t(`gender.${m.gender}`) },
            {
              key: 'birthDate',
              title: t('fields.birthDate'),
              width: 110,
              sorter: true,
              sortOrder: order('birthDate'),
              render: (_, m) => fmtDate(m.birthDate),
            },
            {
              key: 'admittedOn',
              title: t('fields.admittedOn'),
              width: 120,
              sorter: true,
              sortOrder: order('admittedOn'),
              render: (_, m) => fmtDate(m.admittedOn),
            },
            { key: 'status', title: t('fields.status'), width: 130, render: (_, m) => <StatusTag status={m.status} /> },
            { key: 'unit', title: t('fields.unitId'), sorter: true, sortOrder: order('unit'), render: (_, m) => m.unitName },
            { key: 'citizenId', title: t('fields.citizenId'), width: 130, render: (_, m) => m.citizenId },
          ]}
        />
      </Space>
    </Card>
  );
}
