// /grassroots/cadres: whom to watch (rotated cadres and their next review), rotations, statistics per year and kind.
import { useEffect, useState } from 'react';
import { Button, DatePicker, Form, Input, Modal, Select, Space, Tabs, Tag, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import { ScopeBar } from '../../../components/ScopeBar';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { useWrite } from '../../../useWrite';
import { api, type Answer } from '../../../api';
import { useAbility } from '../../../auth/permissions';
import { UnitPicker } from '../../../components/UnitPicker';
import { fmtDate, fmtNumber, toIso } from '../../../format';
import { ErrorLine } from '../assignments/shared';
import { AddCadre } from './AddCadre';

const KINDS = ['department_to_commune', 'commune_to_commune', 'commune_to_department', 'department_to_department', 'other'];
const WATCH_COLOR: Record<string, string> = { overdue: 'red', due_soon: 'orange', later: 'default', no_date: 'default' };
type Rotation = Answer<'GET /api/rotations'>['items'][number] & { state?: string };
type Stat = Answer<'GET /api/rotations/stats'>[number];
type CadreOption = Pick<Answer<'GET /api/cadres'>['items'][number], 'id' | 'fullName' | 'currentPosition'>;
const PAGE_SIZE = 50;
const cadreLabel = (c: CadreOption) => `${c.fullName}${c.currentPosition ? ` — ${c.currentPosition}` : ''}`;

/**
 * The cadres in the user's scope, by name and current position. The server searches the name the way the member
 * search does (accents optional: "nguyen hong chi"); the chosen cadre stays named while another search is shown.
 */
function CadreSelect({ value, onChange }: { value?: number; onChange?: (v: number) => void }) {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<CadreOption | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const q = useQuery({
    queryKey: ['grassroots', 'cadres', search],
    queryFn: () => api.get<Answer<'GET /api/cadres'>>('/api/cadres', { q: search || undefined, pageSize: PAGE_SIZE }),
  });
  // The first page of matches: typing narrows the search.
  const found: CadreOption[] = q.data?.items ?? [];
  const shown = chosen && chosen.id === value && !found.some((c) => c.id === value) ? [...found, chosen] : found;
  return (
    <Select
      value={value}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={q.isFetching}
      onChange={(v: number) => {
        setChosen(shown.find((c) => c.id === v) ?? null);
        onChange?.(v);
      }}
      onOpenChange={(open) => {
        if (!open) setTyped('');
      }}
      options={shown.map((c) => ({ value: c.id, label: cadreLabel(c) }))}
    />
  );
}

function AddRotation({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const req = [{ required: true, message: t('grassroots.common.required') }];
  const save = useWrite(
    (v: Record<string, unknown> & { effectiveOn: Dayjs; nextReviewOn?: Dayjs }) =>
      api.post('/api/rotations', { ...v, effectiveOn: toIso(v.effectiveOn), nextReviewOn: v.nextReviewOn ? toIso(v.nextReviewOn) : null }),
    { invalidate: [['grassroots']], onSuccess: onClose, errors: 'inline' },
  );
  return (
    <Modal open={open} onCancel={onClose} onOk={() => form.submit()} title={t('grassroots.cadres.add')} destroyOnHidden>
      <ErrorLine error={save.shown} />
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="cadreId" label={t('grassroots.cadres.cadreId')} rules={req}>
          <CadreSelect />
        </Form.Item>
        <Form.Item name="decidedByUnitId" label={t('grassroots.cadres.decidedBy')} rules={req}>
          <UnitPicker />
        </Form.Item>
        <Form.Item name="kind" label={t('grassroots.common.kind')} rules={req}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`grassroots.rotationKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="toUnitId" label={t('grassroots.cadres.toUnit')} rules={req}>
          <UnitPicker />
        </Form.Item>
        <Form.Item name="toPost" label={t('grassroots.cadres.toPost')} rules={req}>
          <Input />
        </Form.Item>
        <Form.Item name="decisionNo" label={t('grassroots.cadres.decision')} rules={req}>
          <Input />
        </Form.Item>
        <Space>
          <Form.Item name="effectiveOn" label={t('grassroots.cadres.effectiveOn')} rules={req}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="nextReviewOn" label={t('grassroots.cadres.nextReview')}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

export default function CadresPage() {
  const { t } = useTranslation();
  const { unitId, setUnitId } = useScopeUnit();
  const [adding, setAdding] = useState(false);
  const [addingCadre, setAddingCadre] = useState(false);
  const mayCreate = useAbility('cadre.create');
  // The watch list and the rotations are paged on the server; another unit starts them at page 1.
  const [watchPage, setWatchPage] = useState(1);
  const [listPage, setListPage] = useState(1);
  const watch = useQuery({
    queryKey: ['grassroots', 'watch', unitId, watchPage],
    queryFn: () => api.get<Answer<'GET /api/rotations/watch'>>('/api/rotations/watch', { unitId, page: watchPage, pageSize: PAGE_SIZE }),
  });
  const list = useQuery({
    queryKey: ['grassroots', 'rotations', unitId, listPage],
    queryFn: () => api.get<Answer<'GET /api/rotations'>>('/api/rotations', { unitId, page: listPage, pageSize: PAGE_SIZE }),
  });
  const stats = useQuery({
    queryKey: ['grassroots', 'rotation-stats', unitId],
    queryFn: () => api.get<Answer<'GET /api/rotations/stats'>>('/api/rotations/stats', { unitId }),
  });
  const columns = [
    { title: t('grassroots.cadres.name'), dataIndex: 'fullName' },
    { title: t('grassroots.common.kind'), dataIndex: 'kind', render: (k: string) => t(`grassroots.rotationKind.${k}`) },
    { title: t('grassroots.cadres.from'), key: 'f', render: (_: unknown, r: Rotation) => `${r.fromPost} — ${r.fromUnitName}` },
    { title: t('grassroots.cadres.to'), key: 't', render: (_: unknown, r: Rotation) => `${r.toPost} — ${r.toUnitName}` },
    { title: t('grassroots.cadres.decision'), dataIndex: 'decisionNo' },
    { title: t('grassroots.cadres.effectiveOn'), dataIndex: 'effectiveOn', render: fmtDate },
    {
      title: t('grassroots.cadres.nextReview'),
      dataIndex: 'nextReviewOn',
      render: (d: string | null, r: Rotation) => (
        <span>
          {d ? fmtDate(d) : '—'} {r.state && <Tag color={WATCH_COLOR[r.state]}>{t(`grassroots.watch.${r.state}`)}</Tag>}
        </span>
      ),
    },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('grassroots.cadres.title')}</Typography.Title>
      <Space wrap>
        <ScopeBar
          unitId={unitId}
          onChange={(v) => {
            setUnitId(v);
            setWatchPage(1);
            setListPage(1);
          }}
          flush
        />
        {mayCreate && <Button onClick={() => setAddingCadre(true)}>{t('grassroots.cadres.addCadre')}</Button>}
        {mayCreate && (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('grassroots.cadres.add')}
          </Button>
        )}
      </Space>
      <ErrorLine error={watch.error ?? list.error ?? stats.error} />
      <Tabs
        items={[
          {
            key: 'watch',
            label: t('grassroots.cadres.watch'),
            children: (
              <Table
                rowKey="id"
                size="small"
                dataSource={watch.data?.items ?? []}
                columns={columns}
                pagination={{
                  current: watchPage,
                  pageSize: PAGE_SIZE,
                  total: watch.data?.total ?? 0,
                  onChange: setWatchPage,
                  showSizeChanger: false,
                }}
              />
            ),
          },
          {
            key: 'list',
            label: t('grassroots.cadres.rotations'),
            children: (
              <Table
                rowKey="id"
                size="small"
                dataSource={list.data?.items ?? []}
                columns={columns}
                pagination={{
                  current: listPage,
                  pageSize: PAGE_SIZE,
                  total: list.data?.total ?? 0,
                  onChange: setListPage,
                  showSizeChanger: false,
                }}
              />
            ),
          },
          {
            key: 'stats',
            label: t('grassroots.cadres.stats'),
            children: (
              <Table<Stat>
                rowKey="year"
                size="small"
                pagination={false}
                dataSource={stats.data ?? []}
                columns={[
                  { title: t('grassroots.cadres.year'), dataIndex: 'year' },
                  ...KINDS.map((k) => ({
                    title: t(`grassroots.rotationKind.${k}`),
                    key: k,
                    render: (_: unknown, s: Stat) => s.counts[k] ?? 0,
                  })),
                  { title: t('grassroots.cadres.total'), dataIndex: 'total', render: (v: number) => fmtNumber(v) },
                ]}
              />
            ),
          },
        ]}
      />
      <AddRotation open={adding} onClose={() => setAdding(false)} />
      <AddCadre open={addingCadre} onClose={() => setAddingCadre(false)} />
    </Space>
  );
}
