// Campaign forms: add households of the campaign's area (with who is in charge), and change who is in charge of one.
import { useLayoutEffect, useRef, useState } from 'react';
import { Form, Modal, Select, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useWrite } from '../../../useWrite';
import { api, type Answer } from '../../../api';
import { ErrorLine, type Paged } from '../assignments/shared';
import { MemberPicker as MemberSelect } from '../../../components/MemberPicker';
import { closeFresh } from '../../../components/freshForm';

type HomeHit = Pick<Answer<'GET /api/households'>['items'][number], 'id' | 'address' | 'headName' | 'groupName'>;

function HouseholdSelect({ unitId, value, onChange }: { unitId: number; value?: number[]; onChange?: (v: number[]) => void }) {
  const { t } = useTranslation();
  const [hits, setHits] = useState<HomeHit[]>([]);
  const [loading, setLoading] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onSearch = (text: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      setLoading(true);
      try {
        setHits((await api.get<Answer<'GET /api/households'>>('/api/households', { unitId, q: text.trim(), pageSize: 50 })).items);
      } finally {
        setLoading(false);
      }
    }, 250);
  };
  return (
    <Select
      mode="multiple"
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch }}
      onFocus={() => onSearch('')}
      placeholder={t('grassroots.households.search')}
      notFoundContent={loading ? <Spin size="small" /> : null}
      options={hits.map((h) => ({ value: h.id, label: `${h.headName} — ${h.address}` }))}
    />
  );
}

function WorkingGroupSelect({ unitId, value, onChange }: { unitId: number; value?: number | null; onChange?: (v: number | null) => void }) {
  const q = useQuery({
    queryKey: ['grassroots', 'working-groups', 'select', unitId],
    queryFn: async () => (await api.get<Answer<'GET /api/working-groups'>>('/api/working-groups', { pageSize: 200 })).items,
  });
  return (
    <Select
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={(q.data ?? []).map((w) => ({ value: w.id, label: w.name }))}
    />
  );
}

interface InChargeValues {
  memberIds?: number[];
  workingGroupId?: number | null;
}

export function AddHouseholds({
  campaign,
  open,
  onClose,
}: {
  campaign: { id: number; unitId: number };
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<InChargeValues & { householdIds: number[] }>();
  const save = useWrite(
    (v: InChargeValues & { householdIds: number[] }) =>
      api.post(`/api/campaigns/${campaign.id}/households`, {
        householdIds: v.householdIds,
        memberIds: v.memberIds ?? [],
        workingGroupId: v.workingGroupId ?? null,
      }),
    { invalidate: [['grassroots']], onSuccess: () => close(), errors: 'inline' },
  );
  const close = closeFresh(form, onClose, () => save.clear());
  return (
    <Modal
      open={open}
      onCancel={close}
      onOk={() => form.submit()}
      title={t('grassroots.campaigns.addHouseholds')}
      destroyOnHidden
      width={640}
    >
      <ErrorLine error={save.shown} />
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="householdIds"
          label={t('grassroots.campaigns.households')}
          rules={[{ required: true, message: t('grassroots.common.required') }]}
        >
          <HouseholdSelect unitId={campaign.unitId} />
        </Form.Item>
        <Form.Item name="memberIds" label={t('grassroots.households.inCharge')}>
          <MemberSelect multiple unitId={campaign.unitId} />
        </Form.Item>
        <Form.Item name="workingGroupId" label={t('grassroots.menu.workingGroups')}>
          <WorkingGroupSelect unitId={campaign.unitId} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function InChargeModal({
  card,
  unitId,
  onClose,
}: {
  card: { id: number; version: number; headName: string; members: { id: number }[]; workingGroupId?: number | null } | null;
  unitId: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<InChargeValues>();
  const save = useWrite(
    (v: InChargeValues) =>
      api.put(`/api/campaign-households/${card!.id}/in-charge`, {
        version: card!.version,
        memberIds: v.memberIds ?? [],
        workingGroupId: v.workingGroupId ?? null,
      }),
    { invalidate: [['grassroots']], onSuccess: onClose, errors: 'inline' },
  );
  // Each household opens on its own values: the form instance outlives the dialog, and a reset would bring back the
  // working group of the household before (antd merges kept values over new initial ones).
  const cardId = card?.id;
  const cardGroupId = card?.workingGroupId ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: save is a new object every render; clearing its shown error belongs to opening another household
  useLayoutEffect(() => {
    if (cardId === undefined) return;
    form.setFieldsValue({ memberIds: [], workingGroupId: cardGroupId });
    save.clear();
  }, [cardId, cardGroupId, form]);
  return (
    <Modal
      open={!!card}
      onCancel={onClose}
      onOk={() => form.submit()}
      title={t('grassroots.campaigns.inChargeOf', { name: card?.headName })}
      destroyOnHidden
    >
      <ErrorLine error={save.shown} />
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={{ workingGroupId: card?.workingGroupId ?? null }}>
        <Form.Item name="memberIds" label={t('grassroots.households.inCharge')}>
          <MemberSelect multiple unitId={unitId} />
        </Form.Item>
        <Form.Item name="workingGroupId" label={t('grassroots.menu.workingGroups')}>
          <WorkingGroupSelect unitId={unitId} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
