// One form for a working group: forming it (unit, name, task, period, members with their roles, units
// assigned) or editing it with its version (the unit and start stay). Exactly one member is the leader.
import { useState } from 'react';
import { Button, DatePicker, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { api } from '../../../api';
import { UnitPicker } from '../../../components/UnitPicker';
import { DATE_FORMAT, toDayjs, toIso } from '../../../format';
import { errorText } from '../assignments/shared';
import { MemberPicker as MemberSelect } from '../../../components/MemberPicker';
import { useWrite } from '../../../useWrite';
import { changedFields, formSave, SaveBanner, useReloadOnVersion } from '../households/saveForm';

type Role = 'leader' | 'deputy' | 'member';
interface Row {
  memberId: number;
  fullName: string;
  role: Role;
}
interface Values {
  unitId: number;
  name: string;
  purpose?: string;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
  members: Row[];
  unitIds?: number[];
}
export interface WorkingGroupRecord {
  id: number;
  unitId: number;
  name: string;
  purpose: string;
  validFrom: string;
  validTo: string | null;
  version: number;
  members: { memberId: number; fullName: string; role: string }[];
  units: { id: number }[];
}
const FIELDS = ['unitId', 'name', 'purpose', 'validFrom', 'validTo', 'members', 'unitIds'] as const;
const CODES = {
  working_group_needs_leader: 'members',
  member_out_of_unit: 'members',
  duplicate_in_list: 'members',
  working_group_unit_outside: 'unitIds',
  period_end_before_start: 'validTo',
  unit_dissolved: 'unitId',
};
const ROLES: Role[] = ['leader', 'deputy', 'member'];

/** Adds a member found by the search to the list, with the name shown beside the role. */
function AddMember({ unitId, onAdd }: { unitId?: number; onAdd: (m: { memberId: number; fullName: string }) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState('');
  async function pick(id: number | undefined) {
    if (!id) return;
    try {
      const m = await api.get<{ id: number; fullName: string }>(`/api/members/${id}`);
      setError('');
      onAdd({ memberId: m.id, fullName: m.fullName });
    } catch (e) {
      setError(errorText(e));
    }
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        <Typography.Text>{t('grassroots.workingGroups.addMember')}</Typography.Text>
        <MemberSelect
          id="working-group-add-member"
          value={undefined}
          unitId={unitId}
          onChange={(v) => void pick(v as number | undefined)}
        />
      </Space>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Space>
  );
}

/** A new group when `group` is null; otherwise edits it. */
export function WorkingGroupForm({ open, group, onClose }: { open: boolean; group: WorkingGroupRecord | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useWrite((send: () => Promise<unknown>) => send(), { ...formSave(form, FIELDS, CODES), onSuccess: onClose });
  useReloadOnVersion(form, open, group?.version);
  const unitId = Form.useWatch('unitId', form);
  const req = [{ required: true, message: t('grassroots.common.required') }];
  const initial = group
    ? {
        unitId: group.unitId,
        name: group.name,
        purpose: group.purpose,
        validFrom: toDayjs(group.validFrom),
        validTo: toDayjs(group.validTo),
        members: group.members.map((m) => ({ memberId: m.memberId, fullName: m.fullName, role: m.role as Role })),
        unitIds: group.units.map((u) => u.id),
      }
    : { members: [] };
  function submit(v: Values) {
    const values = {
      name: v.name.trim(),
      purpose: (v.purpose ?? '').trim(),
      validTo: toIso(v.validTo) ?? null,
      members: (form.getFieldValue('members') as Row[]).map((m) => ({ memberId: m.memberId, role: m.role })),
      unitIds: v.unitIds ?? [],
    };
    if (!group)
      return void save.mutate(() => api.post('/api/working-groups', { unitId: v.unitId, validFrom: toIso(v.validFrom), ...values }));
    const diff = changedFields(values, {
      name: group.name,
      purpose: group.purpose,
      validTo: group.validTo,
      members: group.members.map((m) => ({ memberId: m.memberId, role: m.role as Role })),
      unitIds: group.units.map((u) => u.id),
    });
    if (Object.keys(diff).length === 0) return onClose();
    void save.mutate(() => api.patch(`/api/working-groups/${group.id}`, { version: group.version, ...diff }));
  }
  const oneLeader = {
    validator: (_: unknown, rows: Row[] | undefined) =>
      (rows ?? []).filter((r) => r.role === 'leader').length === 1
        ? Promise.resolve()
        : Promise.reject(new Error(t('grassroots.workingGroups.oneLeader'))),
  };
  return (
    <Modal
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending }}
      okText={t('grassroots.common.save')}
      title={group ? t('grassroots.workingGroups.edit') : t('grassroots.workingGroups.create')}
      destroyOnHidden
      width={680}
    >
      <SaveBanner error={save.shown} />
      <Form form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        <Form.Item name="unitId" label={t('grassroots.common.unit')} rules={req}>
          <UnitPicker disabled={!!group} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('grassroots.common.name')}
          rules={[...req, { whitespace: true, message: t('grassroots.common.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="purpose" label={t('grassroots.workingGroups.purpose')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Space>
          <Form.Item name="validFrom" label={t('grassroots.common.from')} rules={req}>
            <DatePicker format={DATE_FORMAT} disabled={!!group} />
          </Form.Item>
          <Form.Item name="validTo" label={t('grassroots.common.to')}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Space>
        <div style={{ marginBottom: 8 }}>
          <Typography.Text strong>{t('grassroots.workingGroups.members')}</Typography.Text>
        </div>
        <Form.List name="members" rules={[oneLeader]}>
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} style={{ display: 'flex', marginBottom: 4 }}>
                  <span style={{ minWidth: 220, display: 'inline-block' }}>{form.getFieldValue(['members', f.name, 'fullName'])}</span>
                  <Form.Item name={[f.name, 'role']} noStyle>
                    <Select
                      style={{ width: 140 }}
                      aria-label={t('grassroots.workingGroups.role')}
                      options={ROLES.map((r) => ({ value: r, label: t(`grassroots.role.${r}`) }))}
                    />
                  </Form.Item>
                  <Button size="small" onClick={() => remove(f.name)}>
                    {t('grassroots.workingGroups.removeMember')}
                  </Button>
                </Space>
              ))}
              <AddMember
                unitId={unitId}
                onAdd={(m) => {
                  const rows: Row[] = form.getFieldValue('members') ?? [];
                  if (!rows.some((r) => r.memberId === m.memberId)) add({ ...m, role: rows.length === 0 ? 'leader' : 'member' });
                }}
              />
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
        <Form.Item name="unitIds" label={t('grassroots.workingGroups.units')} style={{ marginTop: 12 }}>
          <UnitPicker multiple />
        </Form.Item>
      </Form>
    </Modal>
  );
}
