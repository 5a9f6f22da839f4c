// Reconcile an external list against the registry: upload, read the results by kind, and accept or
// reject each difference field by field (accepted values go into the member record).
import { useState } from 'react';
import { Button, Card, Space, Tabs, Tag, Typography, Upload, message } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { InboxOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useWrite } from '../../../useWrite';
import { useTranslation } from 'react-i18next';
import { api, uploadFile, type Answer } from '../../../api';
import { fmtDate } from '../../../format';
import { ScopeBar } from '../../../components/ScopeBar';
import { useScopeUnit } from '../../../auth/useScopeUnit';

const KINDS = ['different', 'matched', 'only_in_list', 'only_in_registry', 'registry_duplicate'] as const;
type Result = Answer<'GET /api/reconciliations/:reconciliationId'>;
type Item = Result['items'][number];
type Diff = Item['differences'][number];
/** The latest lists reconciled in the unit, offered as buttons above the results. */
const HISTORY_SHOWN = 8;

export default function ReconciliationPage() {
  const { t } = useTranslation();
  const { unitId, setUnitId } = useScopeUnit();
  const [recId, setRecId] = useState<number | null>(null);
  const [kind, setKind] = useState<string>('different');
  const [page, setPage] = useState(1);
  const history = useQuery({
    queryKey: ['reconciliations', unitId],
    queryFn: () => api.get<Answer<'GET /api/reconciliations'>>('/api/reconciliations', { unitId, pageSize: HISTORY_SHOWN }),
    enabled: !!unitId,
  });
  const result = useQuery({
    queryKey: ['reconciliation', recId, kind, page],
    queryFn: () => api.get<Result>(`/api/reconciliations/${recId}`, { kind, page, pageSize: 50 }),
    enabled: !!recId,
  });

  const uploading = useWrite(
    (file: File) => uploadFile<{ id: number }>(`/api/reconciliations?unitId=${unitId}&filename=${encodeURIComponent(file.name)}`, file),
    {
      invalidate: [['reconciliations']],
      onSuccess: (r) => {
        setRecId(r.id);
        setPage(1);
      },
      sentenceOnly: true,
    },
  );
  const deciding = useWrite(
    ({ item, field, choice }: { item: Item; field: string; choice: 'accept' | 'reject' }) =>
      api.post(`/api/reconciliation-items/${item.id}/decisions`, {
        version: item.version,
        memberVersion: item.memberVersion,
        decisions: { [field]: choice },
      }),
    {
      invalidate: [['reconciliation', recId]],
      sentenceOnly: true,
      onSuccess: (_, { choice }) =>
        void message.success(t(choice === 'accept' ? 'imports.reconcile.accepted' : 'imports.reconcile.rejected')),
    },
  );
  const upload = (file: File) => uploading.mutate(file);
  const decide = (item: Item, field: string, choice: 'accept' | 'reject') => deciding.mutate({ item, field, choice });

  const counts = result.data?.counts ?? {};
  return (
    <div>
      <Typography.Title level={3}>{t('imports.reconcile.title')}</Typography.Title>
      <ScopeBar
        unitId={unitId}
        onChange={(id) => {
          setUnitId(id);
          setRecId(null);
        }}
      />
      <Card style={{ marginBottom: 16 }}>
        <Upload.Dragger
          accept=".xlsx,.csv"
          showUploadList={false}
          disabled={!unitId}
          beforeUpload={(f) => {
            void upload(f);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>{t('imports.reconcile.drop')}</p>
          <p className="ant-upload-hint">{t('imports.reconcile.hint')}</p>
        </Upload.Dragger>
        <Space wrap style={{ marginTop: 12 }}>
          {(history.data?.items ?? []).map((h) => (
            <Button
              key={h.id}
              size="small"
              type={h.id === recId ? 'primary' : 'default'}
              onClick={() => {
                setRecId(h.id);
                setPage(1);
              }}
            >
              {h.filename}
            </Button>
          ))}
        </Space>
      </Card>
      {result.data && (
        <Card title={result.data.filename} data-testid="reconciliation-result">
          <Tabs
            activeKey={kind}
            onChange={(k) => {
              setKind(k);
              setPage(1);
            }}
            items={KINDS.map((k) => ({ key: k, label: `${t(`imports.reconcile.kinds.${k}`)} (${counts[k] ?? 0})` }))}
          />
          <Table<Item>
            rowKey="id"
            size="small"
            dataSource={result.data.items}
            pagination={{ current: page, pageSize: 50, total: result.data.total, onChange: setPage }}
            columns={[
              { title: t('imports.reconcile.row'), dataIndex: 'row', width: 70 },
              { title: t('imports.reconcile.listName'), dataIndex: 'listName' },
              {
                title: t('imports.reconcile.member'),
                render: (_, i) =>
                  i.memberName ? (
                    <span>
                      {i.memberName}{' '}
                      <Typography.Text type="secondary">
                        {fmtDate(i.memberBirthDate)} · {i.unitName}
                      </Typography.Text>
                    </span>
                  ) : (
                    '—'
                  ),
              },
              ...(kind === 'registry_duplicate' ? [{ title: t('imports.reconcile.other'), dataIndex: 'otherName' }] : []),
              {
                title: t('imports.reconcile.match'),
                render: (_, i) =>
                  i.method ? (
                    <Tag>
                      {t(`imports.reconcile.methods.${i.method}`)}
                      {i.method === 'fuzzy' ? ` ${i.score}` : ''}
                    </Tag>
                  ) : null,
              },
              ...(kind === 'different'
                ? [
                    {
                      title: t('imports.reconcile.differences'),
                      render: (_: unknown, i: Item) => <Differences item={i} onDecide={decide} />,
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      )}
    </div>
  );
}

function Differences({ item, onDecide }: { item: Item; onDecide: (i: Item, f: string, c: 'accept' | 'reject') => void }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={4}>
      {item.differences.map((d) => (
        <Space key={d.field} wrap data-testid={`diff-${item.id}-${d.field}`}>
          <b>{d.label}:</b>
          <span>{d.registryText || '—'}</span>→<span>{d.listText}</span>
          {d.decision ? (
            <Tag color={d.decision === 'accepted' ? 'green' : 'default'}>{t(`imports.reconcile.decision.${d.decision}`)}</Tag>
          ) : (
            <>
              <Button size="small" type="primary" onClick={() => onDecide(item, d.field, 'accept')}>
                {t('imports.reconcile.accept')}
              </Button>
              <Button size="small" onClick={() => onDecide(item, d.field, 'reject')}>
                {t('imports.reconcile.reject')}
              </Button>
            </>
          )}
        </Space>
      ))}
    </Space>
  );
}
