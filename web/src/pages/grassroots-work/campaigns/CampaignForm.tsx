// One form for a campaign: opening one (its unit, name, goal, place, start and deadline) or editing it with
// its version (the unit stays; the server refuses a deadline before the start).
import { DatePicker, Form, Input, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { api } from '../../../api';
import { UnitPicker } from '../../../components/UnitPicker';
import { DATE_FORMAT, toDayjs, toIso } from '../../../format';
import { useWrite } from '../../../useWrite';
import { changedFields, formSave, SaveBanner, useReloadOnVersion } from '../households/saveForm';
import type { Campaign } from './types';

interface Values {
  unitId: number;
  name: string;
  goal: string;
  place: string;
  startsOn: Dayjs;
  deadline: Dayjs;
}
const FIELDS = ['unitId', 'name', 'goal', 'place', 'startsOn', 'deadline'] as const;
const CODES = { deadline_before_start: 'deadline', unit_dissolved: 'unitId' };

/** A new campaign when `campaign` is null; otherwise edits it. */
export function CampaignForm({ open, campaign, onClose }: { open: boolean; campaign: Campaign | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useWrite((send: () => Promise<unknown>) => send(), { ...formSave(form, FIELDS, CODES), onSuccess: onClose });
  useReloadOnVersion(form, open, campaign?.version);
  const req = [{ required: true, message: t('grassroots.common.required') }];
  const text = [...req, { whitespace: true, message: t('grassroots.common.required') }];
  const initial = campaign
    ? {
        unitId: campaign.unitId,
        name: campaign.name,
        goal: campaign.goal,
        place: campaign.place,
        startsOn: toDayjs(campaign.startsOn),
        deadline: toDayjs(campaign.deadline),
      }
    : {};
  function submit(v: Values) {
    const values = {
      name: v.name.trim(),
      goal: v.goal.trim(),
      place: v.place.trim(),
      startsOn: toIso(v.startsOn)!,
      deadline: toIso(v.deadline)!,
    };
    if (!campaign) return void save.mutate(() => api.post('/api/campaigns', { unitId: v.unitId, ...values }));
    const diff = changedFields(values, {
      name: campaign.name,
      goal: campaign.goal,
      place: campaign.place,
      startsOn: campaign.startsOn,
      deadline: campaign.deadline,
    });
    if (Object.keys(diff).length === 0) return onClose();
    void save.mutate(() => api.patch(`/api/campaigns/${campaign.id}`, { version: campaign.version, ...diff }));
  }
  const notBeforeStart = ({ getFieldValue }: { getFieldValue: (n: string) => Dayjs | undefined }) => ({
    validator: (_: unknown, d: Dayjs | undefined) => {
      const start = getFieldValue('startsOn');
      return !d || !start || !d.isBefore(start, 'day')
        ? Promise.resolve()
        : Promise.reject(new Error(t('grassroots.campaigns.deadlineBeforeStart')));
    },
  });
  return (
    <Modal
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending }}
      okText={t('grassroots.common.save')}
      title={campaign ? t('grassroots.campaigns.edit') : t('grassroots.campaigns.create')}
      destroyOnHidden
    >
      <SaveBanner error={save.shown} />
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Form.Item name="unitId" label={t('grassroots.campaigns.unit')} rules={req}>
          <UnitPicker disabled={!!campaign} />
        </Form.Item>
        <Form.Item name="name" label={t('grassroots.common.name')} rules={text}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="goal" label={t('grassroots.campaigns.goal')} rules={text}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="place" label={t('grassroots.campaigns.place')} rules={text}>
          <Input maxLength={300} />
        </Form.Item>
        <Space>
          <Form.Item name="startsOn" label={t('grassroots.common.from')} rules={req}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item
            name="deadline"
            label={t('grassroots.campaigns.deadline')}
            rules={[...req, notBeforeStart]}
            dependencies={['startsOn']}
          >
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
