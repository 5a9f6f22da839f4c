// A new account with its first grant: role over a unit for a period.
import { Alert, App as AntApp, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { messageOf, useWrite } from '../../../useWrite';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api';
import { useCurrentUser } from '../../../auth/useMe';
import { hasAnyRole } from '../../../auth/permissions';
import { UnitPicker } from '../../../components/UnitPicker';
import { DATE_FORMAT, toDayjs, todayIso, toIso } from '../../../format';
import { ROLES, type Role } from '../../../types';
import { PASSWORD_MIN } from '../account/ChangePasswordForm';

interface Values {
  username: string;
  displayName: string;
  password: string;
  memberId?: number;
  role: Role;
  unitId: number;
  validFrom: Dayjs;
  validTo?: Dayjs | null;
}

export function CreateUserModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  // Only a province admin grants the two top roles (server rule GRANT_ROLE).
  const roles = hasAnyRole(me, ['province_admin']) ? ROLES : ROLES.filter((r) => r !== 'province_admin' && r !== 'committee_office');

  const create = useWrite(
    (v: Values) =>
      api.post('/api/users', {
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        password: v.password,
        ...(v.memberId ? { memberId: v.memberId } : {}),
        grant: { role: v.role, unitId: v.unitId, validFrom: toIso(v.validFrom), ...(v.validTo ? { validTo: toIso(v.validTo) } : {}) },
      }),
    {
      form,
      errors: 'inline',
      invalidate: [['users']],
      onSuccess: () => {
        message.success(t('users.created'));
        onClose();
      },
      fields: (f) => {
        const leaf = f.replace(/^grant\./, '');
        return ['username', 'displayName', 'password', 'memberId', 'role', 'unitId', 'validFrom', 'validTo'].includes(leaf) ? [leaf] : null;
      },
      onError: (e) => {
        if (!(e instanceof ApiError && e.code === 'duplicate_username')) return false;
        form.setFields([{ name: 'username', errors: [t('users.usernameTaken')] }]);
        return true;
      },
    },
  );

  async function submit() {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    create.mutate(v);
  }

  const req = { required: true, message: t('validation.required') };
  return (
    <Modal
      open
      width={640}
      title={t('users.create')}
      okText={t('common.save')}
      okButtonProps={{ loading: create.isPending }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {create.shown && <Alert type="error" showIcon title={messageOf(create.shown)} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ validFrom: toDayjs(todayIso()), role: 'cell_secretary' }}
        onFinish={() => void submit()}
      >
        <Space style={{ display: 'flex' }} align="start">
          <Form.Item
            name="username"
            label={t('users.username')}
            style={{ width: 200 }}
            rules={[
              req,
              { min: 3, message: t('validation.min', { min: 3 }) },
              { pattern: /^[A-Za-z0-9._-]+$/, message: t('validation.code') },
            ]}
          >
            <Input autoFocus autoComplete="off" maxLength={50} />
          </Form.Item>
          <Form.Item name="displayName" label={t('users.displayName')} style={{ width: 380 }} rules={[{ ...req, whitespace: true }]}>
            <Input maxLength={120} />
          </Form.Item>
        </Space>
        <Space style={{ display: 'flex' }} align="start">
          <Form.Item
            name="password"
            label={t('accounts.createPassword', { min: PASSWORD_MIN })}
            extra={t('accounts.passwordRule', { min: PASSWORD_MIN })}
            style={{ width: 280 }}
            rules={[req, { min: PASSWORD_MIN, message: t('validation.min', { min: PASSWORD_MIN }) }]}
          >
            <Input.Password autoComplete="new-password" maxLength={200} />
          </Form.Item>
          <Form.Item name="memberId" label={t('users.memberId')} extra={t('users.memberIdHint')}>
            <InputNumber min={1} style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Space style={{ display: 'flex' }} align="start">
          <Form.Item name="role" label={t('users.role')} style={{ width: 240 }} rules={[req]}>
            <Select options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          </Form.Item>
          <Form.Item name="unitId" label={t('users.unit')} style={{ width: 340 }} rules={[req]}>
            <UnitPicker aria-label={t('users.unit')} />
          </Form.Item>
        </Space>
        <Space style={{ display: 'flex' }} align="start">
          <Form.Item name="validFrom" label={t('users.validFrom')} rules={[req]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="validTo" label={t('users.validToOptional')}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Space>
        <button type="submit" style={{ display: 'none' }} aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
