// /grassroots/campaigns/:campaignId: the kanban board (one column per status), the chart over time, the reports.
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Descriptions, Dropdown, Flex, Input, Modal, Space, Tag, Typography, message } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useWrite } from '../../../useWrite';
import { api, ApiError, type Answer } from '../../../api';
import { ErrorResult } from '../../../components/ErrorResult';
import { fmtDate, fmtNumber } from '../../../format';
import { EChart } from '../../../components/EChart';
import { ErrorLine } from '../assignments/shared';
import type { Campaign } from './types';
import { AddHouseholds, InChargeModal } from './CampaignForms';
import { CampaignForm } from './CampaignForm';

const STATUSES = ['not_contacted', 'visited', 'persuading', 'agreed', 'compensation_received', 'site_handed_over', 'blocked'];
const COLORS = ['#bfbfbf', '#69b1ff', '#ffc53d', '#95de64', '#5cdbd3', '#237804', '#ff4d4f'];
type Board = Answer<'GET /api/campaigns/:campaignId/board'>;
type CardT = Board['columns'][number]['cards'][number];
type Chart = Answer<'GET /api/campaigns/:campaignId/chart'>;

export default function CampaignBoardPage() {
  const { t } = useTranslation();
  const { campaignId } = useParams();
  const qc = useQueryClient();
  const [pending, setPending] = useState<{ card: CardT; to: string; error?: string } | null>(null);
  const [reason, setReason] = useState('');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const [inCharge, setInCharge] = useState<CardT | null>(null);
  const board = useQuery({
    queryKey: ['grassroots', 'board', campaignId],
    queryFn: () => api.get<Board>(`/api/campaigns/${campaignId}/board`),
  });
  const chart = useQuery({
    queryKey: ['grassroots', 'chart', campaignId],
    queryFn: () => api.get<Chart>(`/api/campaigns/${campaignId}/chart`),
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['grassroots'] });

  const moveCard = useWrite(
    ({ card, to, why }: { card: CardT; to: string; why: string }) =>
      api.post(`/api/campaign-households/${card.id}/move`, { version: card.version, status: to, ...(why ? { reason: why } : {}) }),
    {
      invalidate: [['grassroots']],
      onSuccess: () => {
        setPending(null);
        setReason('');
      },
      onError: (e, { card, to }) => {
        if (e instanceof ApiError && e.code.startsWith('reason_required')) setPending({ card, to, error: e.message });
        else if (e instanceof ApiError && e.code === 'stale_version') {
          void message.warning(e.message);
          refresh();
        } else return false;
        return true;
      },
    },
  );
  function move(card: CardT, to: string, why = '') {
    // "Blocked" always needs its reason: ask for it before sending anything.
    if (to === 'blocked' && !why.trim()) {
      setReason('');
      setPending({ card, to });
      return;
    }
    moveCard.mutate({ card, to, why });
  }

  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' as const },
      legend: { data: STATUSES.map((s) => t(`grassroots.campaignStatus.${s}`)) },
      xAxis: { type: 'category' as const, data: (chart.data?.series ?? []).map((d) => fmtDate(d.day)) },
      yAxis: { type: 'value' as const, minInterval: 1 },
      series: STATUSES.map((s, i) => ({
        name: t(`grassroots.campaignStatus.${s}`),
        type: 'line' as const,
        stack: 'all',
        areaStyle: {},
        color: COLORS[i],
        data: (chart.data?.series ?? []).map((d) => d.counts[s] ?? 0),
      })),
    }),
    [chart.data, t],
  );

  // A campaign outside the user's scope (or gone) is the not-found page, like any other record.
  if (board.error instanceof ApiError && board.error.status === 404) return <ErrorResult error={board.error} />;
  const c = board.data?.campaign;
  const last = chart.data?.series.at(-1);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ErrorLine error={board.error} />
      {c && (
        <>
          <Typography.Title level={3}>{c.name}</Typography.Title>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'g', label: t('grassroots.campaigns.goal'), children: c.goal },
              { key: 'p', label: t('grassroots.campaigns.place'), children: c.place },
              {
                key: 'd',
                label: t('grassroots.campaigns.deadline'),
                children: <span style={{ whiteSpace: 'nowrap' }}>{fmtDate(c.deadline)}</span>,
              },
            ]}
            data-testid="campaign-facts"
          />
          <Space wrap>
            <Button href={`/api/campaigns/${c.id}/report.xlsx`}>{t('grassroots.campaigns.excel')}</Button>
            <Button href={`/api/campaigns/${c.id}/report.pdf`}>{t('grassroots.campaigns.pdf')}</Button>
            <Button type="primary" onClick={() => setAdding(true)}>
              {t('grassroots.campaigns.addHouseholds')}
            </Button>
            <Button onClick={() => setEditing(true)}>{t('grassroots.campaigns.edit')}</Button>
          </Space>
          <CampaignForm open={editing} campaign={c} onClose={() => setEditing(false)} />
          <AddHouseholds campaign={c} open={adding} onClose={() => setAdding(false)} />
          <InChargeModal card={inCharge} unitId={c.unitId} onClose={() => setInCharge(null)} />
        </>
      )}
      {/* All seven columns share the width of a 1366 px screen; a column's name wraps rather than being cut. */}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(136px, 1fr))', gap: 8, overflowX: 'auto' }}>
        {(board.data?.columns ?? []).map((col) => (
          <div key={col.status} style={{ minWidth: 0 }} data-testid={`column-${col.status}`}>
            <Card
              size="small"
              styles={{ title: { whiteSpace: 'normal' }, body: { padding: 6 } }}
              title={
                <span>
                  {t(`grassroots.campaignStatus.${col.status}`)} <Tag>{fmtNumber(col.cards.length)}</Tag>
                </span>
              }
            >
              <Space orientation="vertical" style={{ width: '100%' }}>
                {col.cards.map((card) => {
                  const next = STATUSES[STATUSES.indexOf(card.status) + 1];
                  return (
                    <Card
                      key={card.id}
                      size="small"
                      data-testid={`card-${card.id}`}
                      styles={{ body: { padding: 8, overflowWrap: 'anywhere' } }}
                    >
                      <div>
                        <b>{card.headName}</b>
                      </div>
                      <div style={{ fontSize: 12 }}>{card.address}</div>
                      <div style={{ fontSize: 12 }}>
                        {card.members.map((m) => m.name).join(', ')}
                        {card.workingGroupName ? ` · ${card.workingGroupName}` : ''}
                      </div>
                      {card.blockedReason && <Tag color="red">{card.blockedReason}</Tag>}
                      <Flex vertical gap={4} align="start" style={{ marginTop: 4 }}>
                        {next && next !== 'blocked' && card.status !== 'blocked' && (
                          <Button size="small" onClick={() => void move(card, next)}>
                            {t('grassroots.campaigns.next')}
                          </Button>
                        )}
                        <Dropdown
                          menu={{
                            items: STATUSES.filter((s) => s !== card.status).map((s) => ({
                              key: s,
                              label: t(`grassroots.campaignStatus.${s}`),
                            })),
                            onClick: ({ key }) => void move(card, key),
                          }}
                        >
                          <Button size="small">{t('grassroots.campaigns.moveTo')}</Button>
                        </Dropdown>
                        <Button size="small" type="link" style={{ paddingInline: 0 }} onClick={() => setInCharge(card)}>
                          {t('grassroots.campaigns.inCharge')}
                        </Button>
                      </Flex>
                    </Card>
                  );
                })}
              </Space>
            </Card>
          </div>
        ))}
      </div>
      <Card title={t('grassroots.campaigns.chart')}>
        {last && (
          <div data-testid="chart-today">
            {STATUSES.map((s) => `${t(`grassroots.campaignStatus.${s}`)}: ${last.counts[s] ?? 0}`).join(' · ')}
          </div>
        )}
        <EChart option={option} testId="campaign-chart" />
      </Card>
      <Modal
        open={!!pending}
        title={t('grassroots.campaigns.reasonTitle')}
        okText={t('grassroots.common.save')}
        onCancel={() => setPending(null)}
        okButtonProps={{ disabled: !reason.trim() }}
        onOk={() => pending && void move(pending.card, pending.to, reason)}
      >
        {pending?.error && <Alert type="warning" showIcon title={pending.error} style={{ marginBottom: 8 }} />}
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} aria-label={t('grassroots.campaigns.reason')} />
      </Modal>
    </Space>
  );
}
