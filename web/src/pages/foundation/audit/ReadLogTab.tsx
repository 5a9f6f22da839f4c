// The read-access log (province administrators): who read which member's record, when, and how.
import { useState } from 'react';
import { DatePicker, InputNumber, Space } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import type { Dayjs } from 'dayjs';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../../api';
import { ErrorResult } from '../../../components/ErrorResult';
import { DATE_FORMAT, fmtCount, fmtDateTime, toIso } from '../../../format';
import type { Page } from '../../../types';

interface MemberRead {
  id: number;
  at: string;
  userId: number;
  userName: string | null;
  username: string | null;
  memberId: number;
  memberName: string | null;
  route: string;
  purpose: string;
}

const PAGE_SIZE = 50;

export function ReadLogTab() {
  const { t, i18n } = useTranslation();
  const [memberId, setMemberId] = useState<number | null>(null);
  const [userId, setUserId] = useState<number | null>(null);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const from = toIso(range?.[0]) ?? undefined;
  const to = toIso(range?.[1]) ?? undefined;

  const list = useQuery({
    queryKey: ['audit-reads', memberId, userId, from, to, page],
    queryFn: () =>
      api.get<Page<MemberRead>>('/api/audit/reads', {
        memberId: memberId ?? undefined,
        userId: userId ?? undefined,
        from,
        to,
        page,
        pageSize: PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  });

  if (list.isError && !list.data) return <ErrorResult error={list.error} onRetry={() => void list.refetch()} />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <InputNumber
          min={1}
          style={{ width: 180 }}
          placeholder={t('readlog.memberId')}
          aria-label={t('readlog.memberId')}
          value={memberId}
          onChange={(v) => {
            setMemberId(v);
            setPage(1);
          }}
        />
        <InputNumber
          min={1}
          style={{ width: 180 }}
          placeholder={t('readlog.userId')}
          aria-label={t('readlog.userId')}
          value={userId}
          onChange={(v) => {
            setUserId(v);
            setPage(1);
          }}
        />
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          aria-label={t('readlog.period')}
          value={range}
          onChange={(v) => {
            setRange(v as [Dayjs | null, Dayjs | null] | null);
            setPage(1);
          }}
        />
      </Space>
      <Table<MemberRead>
        rowKey="id"
        size="middle"
        data-testid="read-log-table"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('readlog.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('readlog.total', { n: fmtCount(total, i18n.language) }),
          onChange: setPage,
        }}
        columns={[
          { key: 'at', title: t('readlog.at'), width: 160, render: (_, r) => fmtDateTime(r.at) },
          { key: 'reader', title: t('readlog.reader'), render: (_, r) => `${r.userName ?? '—'} (${r.username ?? `#${r.userId}`})` },
          {
            key: 'member',
            title: t('readlog.member'),
            render: (_, r) => <Link to={`/members/${r.memberId}`}>{r.memberName ?? `#${r.memberId}`}</Link>,
          },
          {
            key: 'purpose',
            title: t('readlog.purpose'),
            render: (_, r) => t(`readlog.purposes.${r.purpose}`, { defaultValue: r.purpose }),
          },
        ]}
      />
    </Space>
  );
}
