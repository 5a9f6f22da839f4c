// Discipline of Party organizations (reprimand, warning, dissolution), recorded by the committee of the level
// above. A dissolution is recorded only: the unit is dissolved in the tree from its page (restructuring).
import { Alert, Checkbox, DatePicker, Form, Input, Modal, Select, Tag } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Trans, useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';
import { applyFieldErrors, whenValid } from '../../../components/formErrors';
import { ErrorResult } from '../../../components/ErrorResult';
import { UnitPicker } from '../../../components/UnitPicker';
import { DATE_FORMAT, fmtDate, toIso } from '../../../format';
import { useWrite } from '../../../useWrite';

type UnitDisciplines = Answer<'GET /api/unit-discipline'>;
type UnitDisciplineRow = UnitDisciplines['items'][number];
const PAGE_SIZE = 50;

const FORMS = ['reprimand', 'warning', 'dissolution'] as const;

/** The hint shown for a dissolution while the unit still stands in the tree. */
function RestructureHint({ unitId }: { unitId: number }) {
  return <Trans i18nKey="lifecycle.unitDiscipline.restructureHint" components={{ page: <Link to={`/units/${unitId}`} /> }} />;
}

export function UnitDisciplineTable({ unitId }: { unitId: number | null }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  // Another unit starts at its first page.
  const [shownFor, setShownFor] = useState(unitId);
  if (shownFor !== unitId) {
    setShownFor(unitId);
    setPage(1);
  }
  const list = useQuery({
    queryKey: ['unitDiscipline', unitId ?? 0, page],
    queryFn: () => api.get<UnitDisciplines>('/api/unit-discipline', { unitId, page, pageSize: PAGE_SIZE }),
    enabled: !!unitId,
  });
  if (list.isError) return <ErrorResult error={list.error} />;
  return (
    <Table<UnitDisciplineRow>
      rowKey="id"
      size="middle"
      loading={list.isPending && !!unitId}
      dataSource={list.data?.items ?? []}
      pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
      columns={[
        {
          title: t('lifecycle.common.unit'),
          dataIndex: 'unitName',
          render: (name: string, r) => <Link to={`/units/${r.unitId}`}>{name}</Link>,
        },
        {
          title: t('lifecycle.records.form'),
          dataIndex: 'form',
          render: (f: string, r) => (
            <>
              <Tag color={f === 'dissolution' ? 'red' : 'orange'}>{t(`lifecycle.records.forms.${f}`)}</Tag>
              {r.selfDetectedRemedied && <Tag>{t('lifecycle.records.selfDetectedShort')}</Tag>}
              {r.needsRestructuring && (
                <div style={{ marginTop: 4 }}>
                  <RestructureHint unitId={r.unitId} />
                </div>
              )}
            </>
          ),
        },
        { title: t('lifecycle.common.decisionNo'), render: (_, r) => `${r.decisionNo} (${fmtDate(r.decidedOn)})` },
        { title: t('lifecycle.common.authority'), dataIndex: 'authority' },
        { title: t('lifecycle.records.reason'), dataIndex: 'reason' },
      ]}
    />
  );
}

export function UnitDisciplineModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const chosen = Form.useWatch('form', form) as string | undefined;
  const target = Form.useWatch('unitId', form) as number | undefined;
  const save = useWrite((body: Record<string, unknown>) => api.post('/api/unit-discipline', body), {
    invalidate: [['unitDiscipline']],
    onSuccess: () => {
      form.resetFields();
      onClose();
    },
    saved: true,
  });
  const submit = () =>
    whenValid(form, (v) => {
      save.mutate({ ...v, decidedOn: toIso(v.decidedOn) }, { onError: (e) => applyFieldErrors(form, e, (f) => [f]) });
    });
  if (!open) return null;
  const req = [{ required: true }];
  return (
    <Modal
      open
      title={t('lifecycle.unitDiscipline.new')}
      onCancel={onClose}
      onOk={submit}
      okText={t('lifecycle.common.save')}
      confirmLoading={save.isPending}
    >
      <Form form={form} layout="vertical" initialValues={{ form: 'reprimand', selfDetectedRemedied: false }}>
        <Form.Item name="unitId" label={t('lifecycle.unitDiscipline.unit')} extra={t('lifecycle.unitDiscipline.unitHint')} rules={req}>
          <UnitPicker aria-label={t('lifecycle.unitDiscipline.unit')} />
        </Form.Item>
        <Form.Item name="form" label={t('lifecycle.records.form')}>
          <Select options={FORMS.map((f) => ({ value: f, label: t(`lifecycle.records.forms.${f}`) }))} />
        </Form.Item>
        {chosen === 'dissolution' && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message={target ? <RestructureHint unitId={target} /> : t('lifecycle.unitDiscipline.dissolutionNote')}
          />
        )}
        <Form.Item name="decidedOn" label={t('lifecycle.common.decidedOn')} rules={req}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="decisionNo" label={t('lifecycle.common.decisionNo')} rules={req}>
          <Input />
        </Form.Item>
        <Form.Item name="authority" label={t('lifecycle.common.authority')} rules={req}>
          <Input />
        </Form.Item>
        <Form.Item name="reason" label={t('lifecycle.records.reason')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="selfDetectedRemedied" valuePropName="checked">
          <Checkbox>{t('lifecycle.records.selfDetected')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
