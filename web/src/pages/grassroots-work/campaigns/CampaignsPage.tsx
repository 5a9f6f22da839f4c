// /grassroots/campaigns: mass-mobilization campaigns in scope, their progress, and the form to open or edit one.
import { useState } from 'react';
import { Button, Progress, Space, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import { ScopeBar } from '../../../components/ScopeBar';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../../api';
import { useAbility } from '../../../auth/permissions';
import { fmtDate, fmtNumber } from '../../../format';
import { ErrorLine } from '../assignments/shared';
import { CampaignForm } from './CampaignForm';
import type { Campaign } from './types';

export default function CampaignsPage() {
  const { t } = useTranslation();
  const { unitId, setUnitId } = useScopeUnit();
  const [creating, setCreating] = useState(false);
  const mayCreate = useAbility('campaign.create');
  const [editing, setEditing] = useState<number | null>(null);
  const q = useQuery({ queryKey: ['grassroots', 'campaigns', unitId], queryFn: () => api.get<Campaign[]>('/api/campaigns', { unitId }) });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('grassroots.campaigns.title')}</Typography.Title>
      <Space wrap>
        <ScopeBar unitId={unitId} onChange={setUnitId} flush />
        {mayCreate && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('grassroots.campaigns.create')}
          </Button>
        )}
      </Space>
      <ErrorLine error={q.error} />
      <Table<Campaign>
        rowKey="id"
        loading={q.isLoading}
        dataSource={q.data ?? []}
        size="small"
        columns={[
          {
            title: t('grassroots.common.name'),
            dataIndex: 'name',
            render: (n: string, c) => <Link to={`/grassroots/campaigns/${c.id}`}>{n}</Link>,
          },
          { title: t('grassroots.campaigns.unit'), dataIndex: 'unitName' },
          { title: t('grassroots.campaigns.place'), dataIndex: 'place' },
          { title: t('grassroots.campaigns.deadline'), dataIndex: 'deadline', render: fmtDate },
          { title: t('grassroots.campaigns.households'), dataIndex: 'total', render: (v: number) => fmtNumber(v) },
          {
            title: t('grassroots.campaigns.done'),
            key: 'p',
            render: (_: unknown, c) => (
              <Progress percent={c.total ? Math.round((100 * (c.counts.site_handed_over ?? 0)) / c.total) : 0} size="small" />
            ),
          },
          {
            title: '',
            key: 'edit',
            width: 80,
            render: (_: unknown, c) =>
              mayCreate && (
                <Button size="small" type="link" onClick={() => setEditing(c.id)}>
                  {t('grassroots.common.edit')}
                </Button>
              ),
          },
        ]}
      />
      <CampaignForm open={creating} campaign={null} onClose={() => setCreating(false)} />
      <CampaignForm open={editing !== null} campaign={q.data?.find((c) => c.id === editing) ?? null} onClose={() => setEditing(null)} />
    </Space>
  );
}
