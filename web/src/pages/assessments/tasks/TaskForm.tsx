// Giving a target or task to a member (found by name, citizen ID or card number) or to a collective (a unit).
// The assigning body is, by default, the member's own organization or the collective's parent; it is the assessor.
import { useState } from 'react';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Segmented, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { messageOf, useWrite } from '../../../useWrite';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { dottedPath } from '../../../components/formErrors';
import { MemberPicker, type MemberOption } from '../../../components/MemberPicker';
import { closeFresh } from '../../../components/freshForm';
import { UnitPicker } from '../../../components/UnitPicker';
import { DATE_FORMAT, toIso } from '../../../format';

type HolderKind = 'member' | 'unit';
interface Values {
  title: string;
  indicator: string;
  targetValue: number;
  holderMemberId?: number;
  holderUnitId?: number;
  assignerUnitId?: number | null;
  period: [Dayjs, Dayjs];
  dueOn: Dayjs;
  keyTarget?: boolean;
}

export function TaskForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [kind, setKind] = useState<HolderKind>('member');
  const [member, setMember] = useState<MemberOption | null>(null);
  const required = [{ required: true, message: t('tasks.required') }];
  const save = useWrite(
    (v: Values) => {
      // An individual task is held by the member within their own organization, as the server requires.
      const holderUnitId = kind === 'member' ? member?.unitId : v.holderUnitId;
      return api.post('/api/tasks', {
        title: v.title,
        indicator: v.indicator,
        targetValue: v.targetValue,
        keyTarget: !!v.keyTarget,
        holderUnitId,
        holderMemberId: kind === 'member' ? v.holderMemberId : undefined,
        assignerUnitId: v.assignerUnitId ?? undefined,
        periodFrom: toIso(v.period?.[0]),
        periodTo: toIso(v.period?.[1]),
        dueOn: toIso(v.dueOn),
      });
    },
    {
      form,
      errors: 'inline',
      invalidate: [['tasks']],
      onSuccess: () => close(),
      fields: (f) => {
        if (f === 'periodFrom' || f === 'periodTo') return ['period'];
        if (f === 'holderUnitId' && kind === 'member') return ['holderMemberId'];
        return dottedPath(f);
      },
    },
  );
  const close = closeFresh(
    form,
    onClose,
    () => setMember(null),
    () => save.clear(),
    () => setKind('member'),
  );

  return (
    <Modal
      open={open}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('tasks.save')}
      title={t('tasks.create')}
      destroyOnHidden
      width={600}
    >
      {save.shown && <Alert type="error" showIcon title={messageOf(save.shown)} style={{ marginBottom: 12 }} data-testid="task-error" />}
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="task-form">
        <Form.Item name="title" label={t('tasks.title')} rules={required}>
          <Input maxLength={300} autoFocus />
        </Form.Item>
        <Form.Item name="indicator" label={t('tasks.indicator')} rules={required}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="targetValue" label={t('tasks.targetValue')} rules={required}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item label={t('tasks.holderKind')}>
          <Segmented<HolderKind>
            value={kind}
            onChange={setKind}
            data-testid="task-holder-kind"
            options={[
              { value: 'member', label: t('tasks.individual') },
              { value: 'unit', label: t('tasks.collective') },
            ]}
          />
        </Form.Item>
        {kind === 'member' ? (
          <Form.Item
            name="holderMemberId"
            label={t('tasks.holderMember')}
            rules={required}
            extra={member && <Typography.Text type="secondary">{t('tasks.memberUnit', { unit: member.unitName })}</Typography.Text>}
          >
            <MemberPicker statuses={['official', 'probationary']} onChange={(_, m) => setMember(m[0] ?? null)} />
          </Form.Item>
        ) : (
          <Form.Item name="holderUnitId" label={t('tasks.holderUnit')} rules={required}>
            <UnitPicker />
          </Form.Item>
        )}
        <Form.Item name="assignerUnitId" label={t('tasks.assignerUnit')} extra={t('tasks.assignerHelp')}>
          <UnitPicker placeholder={t('tasks.assignerDefault')} />
        </Form.Item>
        <Form.Item name="period" label={t('tasks.period')} rules={required}>
          <DatePicker.RangePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('tasks.dueOn')} rules={required}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="keyTarget" label={t('tasks.key')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
