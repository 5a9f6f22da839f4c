// One remediation plan: items with their status, progress reports to the executive committee, closing.
import { useState } from 'react';
import { Alert, Button, Drawer, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { messageOf, useWrite } from '../../../useWrite';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { fmtDate } from '../../../format';

export interface PlanItem {
  id: number;
  shortcoming: string;
  action: string;
  owner: string;
  deadline: string;
  status: string;
  version: number;
}
interface PlanDetail {
  id: number;
  name: string;
  cycleTitle: string;
  reason: string;
  status: string;
  version: number;
  items: PlanItem[];
  reports: { id: number; reportedOn: string; note: string; actorName: string | null }[];
  removalReviewYears: number[];
}

export function PlanDrawer({ planId, onClose }: { planId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const q = useQuery({
    queryKey: ['remediation', 'plan', planId],
    queryFn: () => api.get<PlanDetail>(`/api/remediation-plans/${planId}`),
    enabled: planId !== null,
  });
  const run = useWrite((fn: () => Promise<unknown>) => fn(), { invalidate: [['remediation']], errors: 'inline' });
  const p = q.data;
  return (
    <Drawer open={planId !== null} onClose={onClose} size="large" title={p ? `${p.name} · ${p.cycleTitle}` : ''}>
      {run.shown && <Alert type="error" showIcon title={messageOf(run.shown)} style={{ marginBottom: 12 }} />}
      {p && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space>
            <Tag>{t(`remediation.reasons.${p.reason}`)}</Tag>
            <Tag color={p.status === 'open' ? 'orange' : 'green'}>{t(`remediation.statuses.${p.status}`)}</Tag>
          </Space>
          {p.removalReviewYears.length > 0 && (
            <Alert type="error" showIcon title={t('remediation.removalFlag', { years: p.removalReviewYears.join(', ') })} />
          )}
          <List
            header={t('remediation.items')}
            dataSource={p.items}
            renderItem={(i) => (
              <List.Item
                actions={[
                  <Select
                    key="s"
                    size="small"
                    value={i.status}
                    disabled={p.status === 'closed'}
                    style={{ width: 150 }}
                    onChange={(status) =>
                      run.mutate(() => api.post(`/api/remediation-plans/${p.id}/items/${i.id}`, { version: i.version, status }))
                    }
                    options={['open', 'in_progress', 'done'].map((s) => ({ value: s, label: t(`remediation.itemStatuses.${s}`) }))}
                  />,
                ]}
              >
                <List.Item.Meta title={i.shortcoming} description={`${i.action} · ${i.owner} · ${fmtDate(i.deadline)}`} />
              </List.Item>
            )}
          />
          <List
            header={t('remediation.reports')}
            dataSource={p.reports}
            locale={{ emptyText: t('remediation.noReports') }}
            renderItem={(r) => (
              <List.Item>
                <Typography.Text>
                  {fmtDate(r.reportedOn)} · {r.actorName}: {r.note}
                </Typography.Text>
              </List.Item>
            )}
          />
          {p.status === 'open' && (
            <>
              <Input.TextArea
                rows={2}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                placeholder={t('remediation.reportPlaceholder')}
                maxLength={5000}
              />
              <Space>
                <Button
                  disabled={!note.trim()}
                  onClick={() =>
                    run.mutate(async () => {
                      await api.post(`/api/remediation-plans/${p.id}/reports`, { note });
                      setNote('');
                    })
                  }
                >
                  {t('remediation.sendReport')}
                </Button>
                <Button
                  type="primary"
                  onClick={() => run.mutate(() => api.post(`/api/remediation-plans/${p.id}/close`, { version: p.version }))}
                >
                  {t('remediation.close')}
                </Button>
              </Space>
            </>
          )}
        </Space>
      )}
    </Drawer>
  );
}
