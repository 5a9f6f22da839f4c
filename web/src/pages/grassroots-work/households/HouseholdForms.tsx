// Forms of the household register: a residential group (new, or edited with its version), a new household.
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { UnitPicker } from '../../../components/UnitPicker';
import type { Group } from './types';
import { useWrite } from '../../../useWrite';
import { changedFields, formSave, SaveBanner, useReloadOnVersion } from './saveForm';

interface GroupValues {
  unitId: number;
  name: string;
  kind: string;
  cellId: number | null;
}
const GROUP_FIELDS = ['unitId', 'name', 'kind', 'cellId'] as const;
const GROUP_CODES = {
  duplicate_group_name: 'name',
  group_cell_outside: 'cellId',
  group_cell_not_cell: 'cellId',
  group_unit_not_commune: 'unitId',
  unit_dissolved: 'unitId',
};

/** A new group when `group` is null; otherwise edits that group (its commune stays). */
export function GroupForm({
  open,
  group,
  unitId,
  onClose,
}: {
  open: boolean;
  group: Group | null;
  unitId: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<GroupValues>();
  const save = useWrite((send: () => Promise<unknown>) => send(), { ...formSave(form, GROUP_FIELDS, GROUP_CODES), onSuccess: onClose });
  useReloadOnVersion(form, open, group?.version);
  const req = [{ required: true, message: t('grassroots.common.required') }];
  const initial: Partial<GroupValues> = group
    ? { unitId: group.unitId, name: group.name, kind: group.kind, cellId: group.cellId }
    : { unitId: unitId ?? undefined, kind: 'village' };
  function submit(v: GroupValues) {
    const values = { name: v.name.trim(), kind: v.kind, cellId: v.cellId ?? null };
    if (!group) return void save.mutate(() => api.post('/api/residential-groups', { unitId: v.unitId, ...values }));
    const diff = changedFields(values, initial);
    if (Object.keys(diff).length === 0) return onClose();
    void save.mutate(() => api.patch(`/api/residential-groups/${group.id}`, { version: group.version, ...diff }));
  }
  return (
    <Modal
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending }}
      okText={t('grassroots.common.save')}
      title={group ? t('grassroots.households.editGroup', { name: group.name }) : t('grassroots.households.addGroup')}
      destroyOnHidden
    >
      <SaveBanner error={save.shown} />
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Form.Item name="unitId" label={t('grassroots.households.commune')} rules={req}>
          <UnitPicker disabled={!!group} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('grassroots.common.name')}
          rules={[...req, { whitespace: true, message: t('grassroots.common.required') }]}
        >
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="kind" label={t('grassroots.common.kind')}>
          <Select options={['village', 'residential_group'].map((k) => ({ value: k, label: t(`grassroots.groupKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="cellId" label={t('grassroots.households.cell')}>
          <UnitPicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const HOME_FIELDS = ['residentialGroupId', 'address', 'headName', 'people', 'phone'] as const;

export function AddHousehold({
  open,
  groups,
  groupId,
  onClose,
}: {
  open: boolean;
  groups: Group[];
  groupId: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useWrite((send: () => Promise<unknown>) => send(), { ...formSave(form, HOME_FIELDS), onSuccess: onClose });
  const req = [{ required: true, message: t('grassroots.common.required') }];
  return (
    <Modal
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending }}
      title={t('grassroots.households.addHousehold')}
      destroyOnHidden
    >
      <SaveBanner error={save.shown} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ residentialGroupId: groupId ?? undefined, people: 4 }}
        onFinish={(v: Record<string, unknown>) =>
          void save.mutate(() => api.post('/api/households', { ...v, phone: v.phone || undefined }))
        }
      >
        <Form.Item name="residentialGroupId" label={t('grassroots.households.group')} rules={req}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={groups.map((g) => ({ value: g.id, label: `${g.name} — ${g.unitName}` }))}
          />
        </Form.Item>
        <Form.Item name="headName" label={t('grassroots.households.head')} rules={req}>
          <Input />
        </Form.Item>
        <Form.Item name="address" label={t('grassroots.households.address')} rules={req}>
          <Input />
        </Form.Item>
        <Form.Item name="people" label={t('grassroots.households.people')} rules={req}>
          <InputNumber min={1} max={100} />
        </Form.Item>
        <Form.Item name="phone" label={t('grassroots.households.phone')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
