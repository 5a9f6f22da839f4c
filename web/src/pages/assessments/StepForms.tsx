// The form of each workflow step. The server checks every rule; these forms only collect the entries
// and show its answer (field errors, the level allowed and why, the quota) in place.
import { useState } from 'react';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { CRITERIA } from '../../../../src/domain/assessment/criteria';
import { ApiError } from '../../api';
import { applyFieldErrors, dottedPath } from '../../components/formErrors';
import { cyclesApi, LEVELS, type SubjectDetail } from './api';

type Done = (s: SubjectDetail) => void;
const RATINGS = ['excellent', 'good', 'average', 'weak'];
const TASK_FIELDS = ['total', 'onTime', 'late', 'exceeded', 'notDone', 'keyMissed'];

function useStep(s: SubjectDetail, step: string, onDone: Done) {
  const [form] = Form.useForm();
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  async function send(body: Record<string, unknown>) {
    setSaving(true);
    setError(null);
    try {
      onDone(await cyclesApi.step(s.id, step, { version: s.version, ...body }));
    } catch (e) {
      applyFieldErrors(form, e, (f) => (f.startsWith('points.') ? [f === 'points.general' ? 'generalPoints' : 'taskPoints'] : dottedPath(f)));
      if (e instanceof ApiError) setError(e);
    } finally {
      setSaving(false);
    }
  }
  return { form, error, saving, send };
}

function ErrorBox({ error }: { error: ApiError | null }) {
  if (!error) return null;
  // The sentence names the level allowed, the quota figures or the subjects still to decide; the engine's reasons are shown beside the form.
  return <Alert type="error" showIcon title={error.message} data-testid="step-error" style={{ marginBottom: 12 }} />;
}

const levelOptions = (t: (k: string) => string) => LEVELS.map((l) => ({ value: l, label: t(`assessments.levels.${l}`) }));
// Unset fields are left out; the optional reasons also when empty (the server wants them absent or non-empty).
const OPTIONAL_TEXT = new Set(['overrideReason', 'quotaOverrideReason']);
const strip = (v: Record<string, unknown>) => Object.fromEntries(Object.entries(v)
  .filter(([k, x]) => x !== undefined && x !== null && !(x === '' && OPTIONAL_TEXT.has(k))));

export function SelfForm({ s, onDone }: { s: SubjectDetail; onDone: Done }) {
  const { t, i18n } = useTranslation();
  const { form, error, saving, send } = useStep(s, 'self-assessment', onDone);
  const is124 = s.cycle.ruleSet === 'reg124-2023';
  const criteria = CRITERIA[s.kind as keyof typeof CRITERIA] ?? [];
  function submit(v: Record<string, unknown>) {
    const tasks = TASK_FIELDS.every((k) => typeof v[`task_${k}`] === 'number') ? Object.fromEntries(TASK_FIELDS.map((k) => [k, v[`task_${k}`]])) : undefined;
    const body = strip({ summary: v.summary ?? '', generalPoints: v.generalPoints, taskPoints: v.taskPoints, sickLeaveMonths: v.sickLeaveMonths,
      maternityLeaveMonths: v.maternityLeaveMonths, concreteProducts: v.concreteProducts, proposedLevel: v.proposedLevel, tasks,
      criteria: is124 ? Object.fromEntries(criteria.map((c) => [c.id, v[`c_${c.id}`]]).filter(([, x]) => x)) : undefined });
    void send({ summary: '', ...body });
  }
  return (
    <Form form={form} layout="vertical" onFinish={submit} data-testid="self-form">
      <ErrorBox error={error} />
      <Form.Item name="summary" label={t('assessments.self.summary')}><Input.TextArea rows={4} maxLength={5000} /></Form.Item>
      {is124 ? criteria.map((c) => (
        <Form.Item key={c.id} name={`c_${c.id}`} label={i18n.language === 'en' ? c.en : c.vi}>
          <Select options={RATINGS.map((r) => ({ value: r, label: t(`assessments.ratings.${r}`) }))} data-testid={`criterion-${c.id}`} />
        </Form.Item>
      )) : (
        <Space wrap>
          <Form.Item name="generalPoints" label={t('assessments.self.generalPoints')}><InputNumber min={0} max={30} step={0.25} data-testid="general-points" /></Form.Item>
          <Form.Item name="taskPoints" label={t('assessments.self.taskPoints')}><InputNumber min={0} max={70} step={0.25} data-testid="task-points" /></Form.Item>
        </Space>
      )}
      <Space wrap>
        {TASK_FIELDS.map((k) => (
          <Form.Item key={k} name={`task_${k}`} label={t(`assessments.self.tasks.${k}`)}><InputNumber min={0} max={10000} data-testid={`task-${k}`} /></Form.Item>
        ))}
      </Space>
      <Space wrap>
        <Form.Item name="sickLeaveMonths" label={t('assessments.self.sickLeave')}><InputNumber min={0} max={12} /></Form.Item>
        <Form.Item name="maternityLeaveMonths" label={t('assessments.self.maternityLeave')}><InputNumber min={0} max={12} /></Form.Item>
        <Form.Item name="proposedLevel" label={t('assessments.self.proposedLevel')}><Select allowClear style={{ width: 240 }} options={levelOptions(t)} /></Form.Item>
      </Space>
      <Form.Item name="concreteProducts" valuePropName="checked"><Checkbox>{t('assessments.self.concreteProducts')}</Checkbox></Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="self-submit">{t('assessments.self.submit')}</Button>
    </Form>
  );
}

export function ReviewForm({ s, onDone }: { s: SubjectDetail; onDone: Done }) {
  const { t } = useTranslation();
  const { form, error, saving, send } = useStep(s, 'review', onDone);
  function submit(v: Record<string, unknown>) {
    void send(strip({ comments: v.comments ?? '', proposedLevel: v.proposedLevel, degradation: v.degradation, overrideReason: v.overrideReason,
      votes: { present: v.present ?? 0, for: v.for ?? 0, against: v.against ?? 0, abstain: v.abstain ?? 0 } }));
  }
  return (
    <Form form={form} layout="vertical" onFinish={submit} data-testid="review-form" initialValues={{ proposedLevel: s.evaluation?.proposed }}>
      <ErrorBox error={error} />
      <Form.Item name="comments" label={t('assessments.review.comments')}><Input.TextArea rows={3} maxLength={5000} /></Form.Item>
      <Form.Item name="proposedLevel" label={t('assessments.review.proposedLevel')} rules={[{ required: true, message: t('assessments.form.required') }]}>
        <Select options={levelOptions(t)} data-testid="review-level" />
      </Form.Item>
      <Space wrap>
        {['present', 'for', 'against', 'abstain'].map((k) => (
          <Form.Item key={k} name={k} label={t(`assessments.review.${k}`)} validateStatus={error?.details.some((d) => d.field === 'votes') ? 'error' : undefined}>
            <InputNumber min={0} data-testid={`votes-${k}`} />
          </Form.Item>
        ))}
      </Space>
      <Form.Item name="degradation" valuePropName="checked"><Checkbox>{t('assessments.review.degradation')}</Checkbox></Form.Item>
      <Form.Item name="overrideReason" label={t('assessments.form.overrideReason')} extra={t('assessments.form.overrideHelp')}><Input maxLength={1000} data-testid="override-reason" /></Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="review-submit">{t('assessments.review.submit')}</Button>
    </Form>
  );
}

export function VerifyForm({ s, onDone }: { s: SubjectDetail; onDone: Done }) {
  const { t } = useTranslation();
  const { form, error, saving, send } = useStep(s, 'verification', onDone);
  const proposed = (s.review?.proposedLevel as string | undefined) ?? s.evaluation?.proposed;
  return (
    <Form form={form} layout="vertical" onFinish={(v) => void send(strip({ note: v.note ?? '', proposedLevel: v.proposedLevel, overrideReason: v.overrideReason }))}
      data-testid="verify-form" initialValues={{ proposedLevel: proposed }}>
      <ErrorBox error={error} />
      <Form.Item name="proposedLevel" label={t('assessments.verify.proposedLevel')} rules={[{ required: true, message: t('assessments.form.required') }]}>
        <Select options={levelOptions(t)} />
      </Form.Item>
      <Form.Item name="note" label={t('assessments.verify.note')}><Input.TextArea rows={3} maxLength={5000} /></Form.Item>
      <Form.Item name="overrideReason" label={t('assessments.form.overrideReason')} extra={t('assessments.form.overrideHelp')}><Input maxLength={1000} /></Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="verify-submit">{t('assessments.verify.submit')}</Button>
    </Form>
  );
}

export function DecideForm({ s, onDone }: { s: SubjectDetail; onDone: Done }) {
  const { t } = useTranslation();
  const { form, error, saving, send } = useStep(s, 'decision', onDone);
  const proposed = (s.verification?.proposedLevel as string | undefined) ?? s.evaluation?.proposed;
  return (
    <Form form={form} layout="vertical" data-testid="decide-form" initialValues={{ level: proposed }}
      onFinish={(v) => void send(strip({ level: v.level, decisionNo: v.decisionNo ?? '', note: v.note ?? '', overrideReason: v.overrideReason, quotaOverrideReason: v.quotaOverrideReason }))}>
      <ErrorBox error={error} />
      {error?.code === 'decide_order' && <Alert type="warning" showIcon title={t('assessments.decide.orderHelp')} style={{ marginBottom: 12 }} />}
      <Form.Item name="level" label={t('assessments.decide.level')} rules={[{ required: true, message: t('assessments.form.required') }]}>
        <Select options={levelOptions(t)} data-testid="decide-level" />
      </Form.Item>
      <Form.Item name="decisionNo" label={t('assessments.decide.decisionNo')}><Input maxLength={100} /></Form.Item>
      <Form.Item name="note" label={t('assessments.decide.note')}><Input.TextArea rows={2} maxLength={5000} /></Form.Item>
      <Form.Item name="overrideReason" label={t('assessments.form.overrideReason')} extra={t('assessments.form.overrideHelp')}><Input maxLength={1000} /></Form.Item>
      <Form.Item name="quotaOverrideReason" label={t('assessments.decide.quotaOverride')}><Input maxLength={1000} /></Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="decide-submit">{t('assessments.decide.submit')}</Button>
    </Form>
  );
}

export function ComplaintForm({ s, onDone }: { s: SubjectDetail; onDone: Done }) {
  const { t } = useTranslation();
  const { form, error, saving, send } = useStep(s, 'complaint', onDone);
  return (
    <Form form={form} layout="vertical" onFinish={(v) => void send({ reason: v.reason })} data-testid="complaint-form">
      <ErrorBox error={error} />
      <Form.Item name="reason" label={t('assessments.complaint.reason')} rules={[{ required: true, message: t('assessments.form.required') }]}><Input.TextArea rows={3} maxLength={5000} /></Form.Item>
      <Button danger htmlType="submit" loading={saving}>{t('assessments.complaint.submit')}</Button>
    </Form>
  );
}

export function PublishButton({ s, onDone }: { s: SubjectDetail; onDone: Done }) {
  const { t } = useTranslation();
  const { error, saving, send } = useStep(s, 'publish', onDone);
  return (
    <div style={{ marginBottom: 16 }}>
      <ErrorBox error={error} />
      <Button type="primary" loading={saving} onClick={() => void send({})} data-testid="publish">{t('assessments.publish')}</Button>
    </div>
  );
}
