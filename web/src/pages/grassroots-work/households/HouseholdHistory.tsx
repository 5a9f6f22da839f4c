// The history of one household, in a drawer of the households page: the members in charge of it over time,
// the visits that concerned it with the problems found and their status, and its path through each campaign.
import { Descriptions, Drawer, Empty, Space, Tag, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type Answer } from '../../../api';
import { fmtDate } from '../../../format';
import { ErrorLine } from '../assignments/shared';

type HouseholdHistoryData = Answer<'GET /api/households/:householdId/history'>;
type Problem = HouseholdHistoryData['visits'][number]['problems'][number];

const PROBLEM_COLORS: Record<string, string> = { open: 'red', in_progress: 'gold', solved: 'green' };

function Problems({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size={2}>
      {problems.map((p) => (
        <div key={p.id}>
          <Tag>{t(`grassroots.category.${p.category}`)}</Tag>
          {p.description} <Tag color={PROBLEM_COLORS[p.status]}>{t(`grassroots.problemStatus.${p.status}`)}</Tag>
          {p.solvedOn && <Typography.Text type="secondary">{fmtDate(p.solvedOn)}</Typography.Text>}
          {p.followUp && (
            <div>
              <Typography.Text type="secondary">
                {t('grassroots.visits.followUp')}: {p.followUp}
              </Typography.Text>
            </div>
          )}
        </div>
      ))}
    </Space>
  );
}

export function HouseholdHistory({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: ['grassroots', 'household-history', id],
    enabled: id !== null,
    queryFn: () => api.get<HouseholdHistoryData>(`/api/households/${id}/history`),
  });
  const h = q.data;
  const status = (s: string | null) => (s ? t(`grassroots.campaignStatus.${s}`) : '—');
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="large"
      title={h ? t('grassroots.households.historyOf', { name: h.household.headName }) : t('grassroots.households.history')}
    >
      <ErrorLine error={q.error} />
      {h && (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="household-history">
          <Descriptions
            size="small"
            column={2}
            items={[
              { key: 'a', label: t('grassroots.households.address'), children: h.household.address },
              { key: 'g', label: t('grassroots.households.group'), children: `${h.household.groupName} — ${h.household.unitName}` },
              { key: 'p', label: t('grassroots.households.people'), children: h.household.people },
              { key: 'f', label: t('grassroots.households.phone'), children: h.household.phone || '—' },
            ]}
          />
          <Typography.Title level={5}>{t('grassroots.households.inChargeOverTime')}</Typography.Title>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={h.assignments}
            data-testid="history-assignments"
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('grassroots.households.nobodyYet')} /> }}
            columns={[
              {
                title: t('grassroots.households.inCharge'),
                dataIndex: 'memberName',
                render: (n: string, a) => (
                  <span>
                    {n} {a.outsideArea && <Tag color="gold">{t('grassroots.households.outside')}</Tag>}
                  </span>
                ),
              },
              { title: t('grassroots.common.from'), dataIndex: 'validFrom', render: fmtDate },
              {
                title: t('grassroots.common.to'),
                dataIndex: 'validTo',
                render: (v: string | null) => (v ? fmtDate(v) : t('grassroots.households.now')),
              },
            ]}
          />
          <Typography.Title level={5}>{t('grassroots.visits.list')}</Typography.Title>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={h.visits}
            data-testid="history-visits"
            columns={[
              { title: t('grassroots.visits.date'), dataIndex: 'visitedOn', render: fmtDate, width: 100 },
              {
                title: t('grassroots.visits.visitor'),
                key: 'who',
                render: (_: unknown, v) => (
                  <span>
                    {v.visitorName}
                    <br />
                    <Typography.Text type="secondary">
                      {t(`grassroots.visitKind.${v.kind}`)} · {v.unitName}
                    </Typography.Text>
                  </span>
                ),
              },
              { title: t('grassroots.visits.summary'), dataIndex: 'summary' },
              { title: t('grassroots.visits.problems'), key: 'p', render: (_: unknown, v) => <Problems problems={v.problems} /> },
            ]}
          />
          <Typography.Title level={5}>{t('grassroots.menu.campaigns')}</Typography.Title>
          {h.campaigns.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          {h.campaigns.map((c) => (
            <div key={c.campaignHouseholdId} data-testid={`history-campaign-${c.campaignId}`}>
              <Space wrap>
                <Link to={`/grassroots/campaigns/${c.campaignId}`}>{c.name}</Link>
                <Tag color={c.status === 'blocked' ? 'red' : 'blue'}>{status(c.status)}</Tag>
                {c.blockedReason && <Typography.Text type="danger">{c.blockedReason}</Typography.Text>}
              </Space>
              <Table
                size="small"
                pagination={false}
                dataSource={c.changes.map((s, i) => ({ ...s, key: i }))}
                columns={[
                  { title: t('grassroots.visits.date'), dataIndex: 'on', render: fmtDate, width: 100 },
                  {
                    title: t('grassroots.households.statusChange'),
                    key: 's',
                    render: (_: unknown, s) => `${status(s.from)} → ${status(s.to)}`,
                  },
                  { title: t('grassroots.households.changedBy'), dataIndex: 'actor', render: (a: string | null) => a ?? '—' },
                  { title: t('grassroots.campaigns.reason'), dataIndex: 'reason' },
                ]}
              />
            </div>
          ))}
        </Space>
      )}
    </Drawer>
  );
}
