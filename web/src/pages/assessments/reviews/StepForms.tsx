// The form of each workflow step. The server checks every rule; these forms only collect the entries
// and show its answer (field errors, the level allowed and why, the quota) in place.
import { Alert, Button, Checkbox, Form, Input, InputNumber, Select, Space, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { CRITERIA } from '../../../../../src/domain/assessment/criteria';
import { ApiError, type FieldError } from '../../../api';
import type { NamePath } from '../../../components/formErrors';
import { messageOf, useWrite, type WriteOptions } from '../../../useWrite';
import { cyclesApi, LEVELS, type SubjectDetail } from './api';
import { RecordedTasks } from './RecordedTasks';
import { QuarterCarry } from './QuarterCarry';
import { decimalSeparator } from '../../../format';

type Done = (s: SubjectDetail) => void;
const RATINGS = ['excellent', 'good', 'average', 'weak'];
const TASK_FIELDS = ['total', 'onTime', 'late', 'exceeded', 'notDone', 'keyMissed'];

type FieldMap = (field: string, form: FormInstance) => NamePath | null;

/** Server fields that are the form's own fields by name; anything else is shown above the form. */
const byName =
  (names: readonly string[]): FieldMap =>
  (f) =>
    names.includes(f) ? [f] : null;

/** The write of one step: the server's answer (the subject as it now stands) goes to `onDone`. */
const sendStep = (s: SubjectDetail, step: string) => (body: Record<string, unknown>) =>
  cyclesApi.step(s.id, step, { version: s.version, ...body });

/** Each field error goes under its field; the sentence on top (ErrorBox) only when something has no field to show it. */
const stepOptions = (
  form: FormInstance | undefined,
  onDone: Done,
  mapField: FieldMap,
): WriteOptions<Record<string, unknown>, SubjectDetail> => ({
  form,
  fields: (f) => (form ? mapField(f, form) : null),
  onSuccess: onDone,
  errors: 'inline',
});

function ErrorBox({ error, unplaced }: { error: unknown; unplaced: FieldError[] }) {
  if (!error) return null;
  const message = messageOf(error);
  // The sentence names the level allowed, the quota figures or the subjects still to decide; the engine's reasons are shown beside the form.
  const extra = unplaced.map((d) => d.message).filter((m, i, a) => m && !message.includes(m) && a.indexOf(m) === i);
  return (
    <Alert
      type="error"
      showIcon
      title={message}
      description={extra.length ? extra.join(' ') : undefined}
      data-testid="step-error"
      style={{ marginBottom: 12 }}
    />
  );
}

const levelOptions = (t: (k: string) => string) => LEVELS.map((l) => ({ value: l, label: t(`assessments.levels.${l}`) }));
// Unset fields are left out; the optional reasons also when empty (the server wants them absent or non-empty).
const OPTIONAL_TEXT = new Set(['overrideReason', 'quotaOverrideReason']);
const strip = (v: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(v).filter(([k, x]) => x !== undefined && x !== null && !(x === '' && OPTIONAL_TEXT.has(k))));

const SELF_FIELDS = [
  'summary',
  'generalPoints',
  'taskPoints',
  'sickLeaveDays',
  'maternityLeaveMonths',
  'proposedLevel',
  'concreteProducts',
];
const isEmpty = (form: FormInstance, name: string) => typeof form.getFieldValue(name) !== 'number';

/** Where each server field of the self-assessment shows: the task figures, points and criteria are spread over several inputs. */
const selfField =
  (criterionIds: readonly string[]): FieldMap =>
  (f, form) => {
    const [head, sub] = f.split('.');
    if (head === 'tasks') {
      if (sub) return TASK_FIELDS.includes(sub) ? [`task_${sub}`] : null;
      // "The task figures are required": under the first one left empty.
      return [`task_${TASK_FIELDS.find((k) => isEmpty(form, `task_${k}`)) ?? TASK_FIELDS[0]}`];
    }
    if (head === 'points') {
      if (sub) return [sub === 'general' ? 'generalPoints' : 'taskPoints'];
      return [isEmpty(form, 'generalPoints') || !isEmpty(form, 'taskPoints') ? 'generalPoints' : 'taskPoints'];
    }
    if (head === 'criteria') {
      if (sub) return criterionIds.includes(sub) ? [`c_${sub}`] : null;
      const first = criterionIds.find((id) => !form.getFieldValue(`c_${id}`)) ?? criterionIds[0];
      return first ? [`c_${first}`] : null;
    }
    return SELF_FIELDS.includes(f) ? [f] : null;
  };

/** The votes are four inputs; a complaint about them as a whole shows under the first. */
const reviewField: FieldMap = (f) => {
  const [head, sub] = f.split('.');
  if (head === 'votes') return [sub && ['present', 'for', 'against', 'abstain'].includes(sub) ? sub : 'present'];
  return ['comments', 'proposedLevel', 'degradation', 'overrideReason'].includes(f) ? [f] : null;
};

export function SelfForm({ s, onDone }: { s: SubjectDetail; onDone: Done }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm();
  const save = useWrite(
    sendStep(s, 'self-assessment'),
    stepOptions(form, onDone, selfField((CRITERIA[s.kind as keyof typeof CRITERIA] ?? []).map((c) => c.id))),
  );
  const is124 = s.cycle.ruleSet === 'reg124-2023';
  // Marked only (no rule here): the server's own sentence is what shows under an empty one.
  const tasksRequired = s.cycle.ruleSet === 'reg366-2025';
  const criteria = CRITERIA[s.kind as keyof typeof CRITERIA] ?? [];
  // Tasks recorded in the app replace typed-in figures (the server counts them): the form shows them instead.
  const recorded = s.recordedTasks ?? [];
  const fromTasks = recorded.some((x) => x.outcome !== null);
  function submit(v: Record<string, unknown>) {
    const tasks = TASK_FIELDS.every((k) => typeof v[`task_${k}`] === 'number')
      ? Object.fromEntries(TASK_FIELDS.map((k) => [k, v[`task_${k}`]]))
      : undefined;
    const body = strip({
      summary: v.summary ?? '',
      generalPoints: v.generalPoints,
      taskPoints: v.taskPoints,
      sickLeaveDays: v.sickLeaveDays,
      maternityLeaveMonths: v.maternityLeaveMonths,
      concreteProducts: v.concreteProducts,
      proposedLevel: v.proposedLevel,
      tasks,
      criteria: is124 ? Object.fromEntries(criteria.map((c) => [c.id, v[`c_${c.id}`]]).filter(([, x]) => x)) : undefined,
    });
    save.mutate({ summary: '', ...body });
  }
  return (
    <Form form={form} layout="vertical" onFinish={submit} data-testid="self-form">
      <ErrorBox error={save.shown} unplaced={save.unplaced} />
      <Form.Item name="summary" label={t('assessments.self.summary')}>
        <Input.TextArea rows={4} maxLength={5000} />
      </Form.Item>
      {!is124 && <QuarterCarry subjectId={s.id} form={form} />}
      {is124 ? (
        criteria.map((c) => (
          <Form.Item key={c.id} name={`c_${c.id}`} label={i18n.language === 'en' ? c.en : c.vi} required>
            <Select options={RATINGS.map((r) => ({ value: r, label: t(`assessments.ratings.${r}`) }))} data-testid={`criterion-${c.id}`} />
          </Form.Item>
        ))
      ) : (
        <Space wrap>
          <Form.Item name="generalPoints" label={t('assessments.self.generalPoints')} required>
            <InputNumber min={0} max={30} step={0.25} decimalSeparator={decimalSeparator(i18n.language)} data-testid="general-points" />
          </Form.Item>
          <Form.Item name="taskPoints" label={t('assessments.self.taskPoints')} required>
            <InputNumber min={0} max={70} step={0.25} decimalSeparator={decimalSeparator(i18n.language)} data-testid="task-points" />
          </Form.Item>
        </Space>
      )}
      {recorded.length > 0 && <RecordedTasks tasks={recorded} />}
      {!fromTasks && (
        <Space wrap>
          {TASK_FIELDS.map((k) => (
            <Form.Item key={k} name={`task_${k}`} label={t(`assessments.self.tasks.${k}`)} required={tasksRequired}>
              <InputNumber min={0} max={10000} data-testid={`task-${k}`} />
            </Form.Item>
          ))}
        </Space>
      )}
      <Space wrap>
        <Form.Item name="sickLeaveDays" label={t('rules2025.sickLeaveDays')} extra={t('rules2025.sickLeaveDaysHint')}>
          <InputNumber min={0} max={366} precision={0} data-testid="sick-leave-days" />
        </Form.Item>
        <Form.Item name="maternityLeaveMonths" label={t('assessments.self.maternityLeave')}>
          <InputNumber min={0} max={12} />
        </Form.Item>
        <Form.Item name="proposedLevel" label={t('assessments.self.proposedLevel')}>
          <Select allowClear style={{ width: 240 }} options={levelOptions(t)} />
        </Form.Item>
      </Space>
      <Form.Item name="concreteProducts" valuePropName="checked">
        <Checkbox>{t('assessments.self.concreteProducts')}</Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="self-submit">
        {t('assessments.self.submit')}
      </Button>
    </Form>
  );
}

export function ReviewForm({ s, onDone }: { s: SubjectDetail; onDone: Done }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useWrite(sendStep(s, 'review'), stepOptions(form, onDone, reviewField));
  function submit(v: Record<string, unknown>) {
    save.mutate(
      strip({
        comments: v.comments ?? '',
        proposedLevel: v.proposedLevel,
        degradation: v.degradation,
        overrideReason: v.overrideReason,
        votes: { present: v.present ?? 0, for: v.for ?? 0, against: v.against ?? 0, abstain: v.abstain ?? 0 },
      }),
    );
  }
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      data-testid="review-form"
      initialValues={{ proposedLevel: s.evaluation?.proposed }}
    >
      <ErrorBox error={save.shown} unplaced={save.unplaced} />
      <Form.Item name="comments" label={t('assessments.review.comments')}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Form.Item
        name="proposedLevel"
        label={t('assessments.review.proposedLevel')}
        rules={[{ required: true, message: t('assessments.form.required') }]}
      >
        <Select options={levelOptions(t)} data-testid="review-level" />
      </Form.Item>
      <Space wrap>
        {['present', 'for', 'against', 'abstain'].map((k) => (
          <Form.Item key={k} name={k} label={t(`assessments.review.${k}`)}>
            <InputNumber min={0} data-testid={`votes-${k}`} />
          </Form.Item>
        ))}
      </Space>
      <Form.Item name="degradation" valuePropName="checked">
        <Checkbox>{t('assessments.review.degradation')}</Checkbox>
      </Form.Item>
      <Form.Item name="overrideReason" label={t('assessments.form.overrideReason')} extra={t('assessments.form.overrideHelp')}>
        <Input maxLength={1000} data-testid="override-reason" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="review-submit">
        {t('assessments.review.submit')}
      </Button>
    </Form>
  );
}

export function VerifyForm({ s, onDone }: { s: SubjectDetail; onDone: Done }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useWrite(sendStep(s, 'verification'), stepOptions(form, onDone, byName(['proposedLevel', 'note', 'overrideReason'])));
  const proposed = (s.review?.proposedLevel as string | undefined) ?? s.evaluation?.proposed;
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => save.mutate(strip({ note: v.note ?? '', proposedLevel: v.proposedLevel, overrideReason: v.overrideReason }))}
      data-testid="verify-form"
      initialValues={{ proposedLevel: proposed }}
    >
      <ErrorBox error={save.shown} unplaced={save.unplaced} />
      <Form.Item
        name="proposedLevel"
        label={t('assessments.verify.proposedLevel')}
        rules={[{ required: true, message: t('assessments.form.required') }]}
      >
        <Select options={levelOptions(t)} />
      </Form.Item>
      <Form.Item name="note" label={t('assessments.verify.note')}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Form.Item name="overrideReason" label={t('assessments.form.overrideReason')} extra={t('assessments.form.overrideHelp')}>
        <Input maxLength={1000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="verify-submit">
        {t('assessments.verify.submit')}
      </Button>
    </Form>
  );
}

export function DecideForm({ s, onDone }: { s: SubjectDetail; onDone: Done }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useWrite(
    sendStep(s, 'decision'),
    stepOptions(form, onDone, byName(['level', 'decisionNo', 'note', 'overrideReason', 'quotaOverrideReason'])),
  );
  const proposed = (s.verification?.proposedLevel as string | undefined) ?? s.evaluation?.proposed;
  return (
    <Form
      form={form}
      layout="vertical"
      data-testid="decide-form"
      initialValues={{ level: proposed }}
      onFinish={(v) =>
        save.mutate(
          strip({
            level: v.level,
            decisionNo: v.decisionNo ?? '',
            note: v.note ?? '',
            overrideReason: v.overrideReason,
            quotaOverrideReason: v.quotaOverrideReason,
          }),
        )
      }
    >
      <ErrorBox error={save.shown} unplaced={save.unplaced} />
      {save.shown instanceof ApiError && save.shown.code === 'decide_order' && (
        <Alert type="warning" showIcon title={t('assessments.decide.orderHelp')} style={{ marginBottom: 12 }} />
      )}
      <Form.Item name="level" label={t('assessments.decide.level')} rules={[{ required: true, message: t('assessments.form.required') }]}>
        <Select options={levelOptions(t)} data-testid="decide-level" />
      </Form.Item>
      <Form.Item name="decisionNo" label={t('assessments.decide.decisionNo')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="note" label={t('assessments.decide.note')}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Form.Item name="overrideReason" label={t('assessments.form.overrideReason')} extra={t('assessments.form.overrideHelp')}>
        <Input maxLength={1000} />
      </Form.Item>
      <Form.Item name="quotaOverrideReason" label={t('assessments.decide.quotaOverride')}>
        <Input maxLength={1000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="decide-submit">
        {t('assessments.decide.submit')}
      </Button>
    </Form>
  );
}

export function ComplaintForm({ s, onDone }: { s: SubjectDetail; onDone: Done }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useWrite(sendStep(s, 'complaint'), stepOptions(form, onDone, byName(['reason'])));
  return (
    <Form form={form} layout="vertical" onFinish={(v) => save.mutate({ reason: v.reason })} data-testid="complaint-form">
      <ErrorBox error={save.shown} unplaced={save.unplaced} />
      <Form.Item
        name="reason"
        label={t('assessments.complaint.reason')}
        rules={[{ required: true, message: t('assessments.form.required') }]}
      >
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Button danger htmlType="submit" loading={save.isPending}>
        {t('assessments.complaint.submit')}
      </Button>
    </Form>
  );
}

export function PublishButton({ s, onDone }: { s: SubjectDetail; onDone: Done }) {
  const { t } = useTranslation();
  const save = useWrite(
    sendStep(s, 'publish'),
    stepOptions(undefined, onDone, () => null),
  );
  return (
    <div style={{ marginBottom: 16 }}>
      <ErrorBox error={save.shown} unplaced={save.unplaced} />
      <Button type="primary" loading={save.isPending} onClick={() => save.mutate({})} data-testid="publish">
        {t('assessments.publish')}
      </Button>
    </div>
  );
}
