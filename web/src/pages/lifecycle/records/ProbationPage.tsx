// Probationary members: the countdown to the end of the 12 months, the forms 10–15-KNĐ, and the decision.
import { useState } from 'react';
import { Button, Checkbox, DatePicker, Form, Input, Modal, Segmented, Tag } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';
import { whenValid } from '../../../components/formErrors';
import { ErrorResult } from '../../../components/ErrorResult';
import { fmtDate, toIso, todayIso, toDayjs, DATE_FORMAT } from '../../../format';
import { may } from '../../../auth/permissions';
import { ScopeBar } from '../../../components/ScopeBar';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import { useWrite } from '../../../useWrite';

type Probationers = Answer<'GET /api/probation'>;
type Probationer = Probationers['items'][number];
const PAGE_SIZE = 50;

export default function ProbationPage() {
  const { t } = useTranslation();
  const { unitId, setUnitId, me } = useScopeUnit();
  const [filter, setFilter] = useState<'all' | 'due' | 'overdue'>('due');
  const [page, setPage] = useState(1);
  const [deciding, setDeciding] = useState<Probationer | null>(null);
  const [form] = Form.useForm();
  const key = ['probation', unitId ?? 0, filter, page];
  const list = useQuery({
    queryKey: key,
    queryFn: () => api.get<Probationers>('/api/probation', { unitId, filter, page, pageSize: PAGE_SIZE }),
    enabled: !!unitId,
  });
  const forms = useWrite(
    (a: { id: number; version: number; forms: string[] }) =>
      api.put(`/api/probation/${a.id}/forms`, { version: a.version, forms: a.forms }),
    { invalidate: [['probation']], saved: true },
  );
  const decide = useWrite((body: Record<string, unknown>) => api.post(`/api/probation/${deciding!.memberId}/decision`, body), {
    invalidate: [['probation']],
    onSuccess: () => setDeciding(null),
    saved: true,
  });
  const canEdit = may(me, 'lifecycle.edit');
  const canDecide = may(me, 'lifecycle.decide');

  return (
    <div>
      <ScopeBar
        title={t('lifecycle.probation.title')}
        unitId={unitId}
        onChange={(u) => {
          setUnitId(u);
          setPage(1);
        }}
        extra={
          <Segmented
            value={filter}
            onChange={(v) => {
              setFilter(v as typeof filter);
              setPage(1);
            }}
            options={(['due', 'overdue', 'all'] as const).map((f) => ({ value: f, label: t(`lifecycle.probation.filter.${f}`) }))}
          />
        }
      />
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Probationer>
          rowKey="memberId"
          loading={list.isPending && !!unitId}
          dataSource={list.data?.items ?? []}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { title: t('lifecycle.common.member'), dataIndex: 'fullName' },
            { title: t('lifecycle.common.cell'), dataIndex: 'unitName' },
            { title: t('lifecycle.probation.admittedOn'), dataIndex: 'admittedOn', render: fmtDate },
            {
              title: t('lifecycle.probation.dueOn'),
              dataIndex: 'dueOn',
              render: (v: string, r) => (
                <>
                  {fmtDate(v)}{' '}
                  {r.overdue ? (
                    <Tag color="red">{t('lifecycle.probation.overdue', { days: -r.daysLeft })}</Tag>
                  ) : (
                    <Tag>{t('lifecycle.probation.daysLeft', { days: r.daysLeft })}</Tag>
                  )}
                </>
              ),
            },
            {
              title: t('lifecycle.probation.forms'),
              render: (_, r) => (
                <Checkbox.Group
                  disabled={!canEdit || forms.isPending}
                  value={r.checklist.filter((c) => c.done).map((c) => c.form)}
                  options={r.checklist.map((c) => ({ value: c.form, label: c.form }))}
                  onChange={(v) => forms.mutate({ id: r.memberId, version: r.fileVersion, forms: v as string[] })}
                />
              ),
            },
            {
              title: '',
              render: (_, r) =>
                canDecide && (
                  <Button
                    onClick={() => {
                      form.resetFields();
                      setDeciding(r);
                    }}
                  >
                    {t('lifecycle.probation.decide')}
                  </Button>
                ),
            },
          ]}
        />
      )}
      <Modal
        open={!!deciding}
        title={deciding ? t('lifecycle.probation.decideFor', { name: deciding.fullName }) : ''}
        onCancel={() => setDeciding(null)}
        okText={t('lifecycle.common.save')}
        confirmLoading={decide.isPending}
        onOk={() => whenValid(form, (v) => decide.mutate({ ...v, decidedOn: toIso(v.decidedOn) }))}
      >
        <Form form={form} layout="vertical" initialValues={{ outcome: 'official', decidedOn: toDayjs(todayIso()) }}>
          <Form.Item name="outcome" label={t('lifecycle.probation.outcome')}>
            <Segmented
              options={[
                { value: 'official', label: t('lifecycle.probation.official') },
                { value: 'ended', label: t('lifecycle.probation.ended') },
              ]}
            />
          </Form.Item>
          <Form.Item name="decisionNo" label={t('lifecycle.common.decisionNo')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="decidedOn" label={t('lifecycle.common.decidedOn')} rules={[{ required: true }]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="authority" label={t('lifecycle.common.authority')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
