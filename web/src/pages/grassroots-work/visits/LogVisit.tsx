// The form to log a visit: who, where, when; problems found; follow-ups of earlier problems; what was passed up.
import { Button, DatePicker, Drawer, Form, Input, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { useWrite } from '../../../useWrite';
import { api } from '../../../api';
import { UnitPicker } from '../../../components/UnitPicker';
import { toIso } from '../../../format';
import { ErrorLine, type Paged } from '../assignments/shared';
import { MemberPicker } from '../../../components/MemberPicker';
import { closeFresh } from '../../../components/freshForm';
import type { Problem } from './types';
import { VisitHouseholdPicker } from './VisitHouseholdPicker';

const CATEGORIES = [
  'livelihood',
  'land',
  'site_clearance',
  'environment',
  'infrastructure',
  'security_order',
  'social_policy',
  'party_building',
  'other',
];

interface Values {
  unitId: number;
  visitedOn: Dayjs;
  visitorMemberId: number;
  kind: string;
  summary?: string;
  householdIds?: number[];
  escalation?: string;
  escalatedToUnitId?: number;
  problems?: { category: string; description: string }[];
  problemUpdates?: { problemId: number; status: string; followUp?: string }[];
}

export function LogVisit({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const unitId = Form.useWatch('unitId', form);
  const open_ = useQuery({
    queryKey: ['grassroots', 'problems', unitId, 'unsolved', 'form'],
    enabled: !!unitId,
    queryFn: () => api.get<Paged<Problem>>('/api/problems', { unitId, status: 'unsolved', pageSize: 100 }),
  });
  const save = useWrite(
    (v: Values) => {
      const versions = new Map((open_.data?.items ?? []).map((p) => [p.id, p.version]));
      return api.post('/api/visits', {
        unitId: v.unitId,
        visitedOn: toIso(v.visitedOn),
        visitorMemberId: v.visitorMemberId,
        kind: v.kind,
        summary: v.summary ?? '',
        householdIds: v.householdIds ?? [],
        escalation: v.escalation ?? '',
        escalatedToUnitId: v.escalatedToUnitId ?? null,
        problems: v.problems ?? [],
        problemUpdates: (v.problemUpdates ?? []).map((u) => ({
          problemId: u.problemId,
          version: versions.get(u.problemId) ?? 1,
          status: u.status,
          followUp: u.followUp ?? '',
        })),
      });
    },
    { invalidate: [['grassroots']], onSuccess: () => close(), errors: 'inline' },
  );
  const close = closeFresh(form, onClose, () => save.clear());
  const req = [{ required: true, message: t('grassroots.common.required') }];
  return (
    <Drawer
      open={open}
      onClose={close}
      destroyOnHidden
      size="large"
      title={t('grassroots.visits.log')}
      extra={
        <Button type="primary" onClick={() => form.submit()}>
          {t('grassroots.common.save')}
        </Button>
      }
    >
      <ErrorLine error={save.shown} />
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={{ kind: 'visit', visitedOn: dayjs() }}>
        <Form.Item name="unitId" label={t('grassroots.visits.unitVisited')} rules={req}>
          {/* Households belong to the unit's area: a new unit drops the ones chosen for the old one. */}
          <UnitPicker onChange={() => form.setFieldValue('householdIds', [])} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="visitedOn" label={t('grassroots.visits.date')} rules={req}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="kind" label={t('grassroots.visits.kind')}>
            <Select
              style={{ width: 160 }}
              options={['visit', 'meeting', 'phone'].map((k) => ({ value: k, label: t(`grassroots.visitKind.${k}`) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="visitorMemberId" label={t('grassroots.visits.visitor')} rules={req}>
          <MemberPicker />
        </Form.Item>
        <Form.Item name="householdIds" label={t('steps.visitHouseholds.label')}>
          <VisitHouseholdPicker unitId={unitId} />
        </Form.Item>
        <Form.Item name="summary" label={t('grassroots.visits.summary')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.List name="problems">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap>
                  <Form.Item name={[f.name, 'category']} label={t('grassroots.visits.category')} rules={req}>
                    <Select style={{ width: 200 }} options={CATEGORIES.map((c) => ({ value: c, label: t(`grassroots.category.${c}`) }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'description']} label={t('grassroots.visits.description')} rules={req}>
                    <Input style={{ width: 320 }} />
                  </Form.Item>
                  <MinusCircleOutlined style={{ marginTop: 38 }} onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
                {t('grassroots.visits.addProblem')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.List name="problemUpdates">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap>
                  <Form.Item name={[f.name, 'problemId']} label={t('grassroots.visits.earlierProblem')} rules={req}>
                    <Select
                      style={{ width: 280 }}
                      options={(open_.data?.items ?? []).map((p) => ({ value: p.id, label: p.description }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'status']} label={t('grassroots.visits.status')} rules={req}>
                    <Select
                      style={{ width: 160 }}
                      options={['in_progress', 'solved'].map((s) => ({ value: s, label: t(`grassroots.problemStatus.${s}`) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'followUp']} label={t('grassroots.visits.followUp')}>
                    <Input style={{ width: 260 }} />
                  </Form.Item>
                  <MinusCircleOutlined style={{ marginTop: 38 }} onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button
                icon={<PlusOutlined />}
                disabled={!open_.data?.items.length}
                onClick={() => add({ status: 'solved' })}
                style={{ marginBottom: 16 }}
              >
                {t('grassroots.visits.followUpProblem')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="escalation" label={t('grassroots.visits.escalation')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="escalatedToUnitId" label={t('grassroots.visits.escalatedTo')}>
          <UnitPicker />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
