// "Đặt lại mật khẩu": the server makes a temporary password, shown here once; the user must change it
// at the next login, and all their sessions end.
import { useState } from 'react';
import { Alert, Checkbox, Modal, Space, Typography } from 'antd';
import { messageOf, useWrite } from '../../../useWrite';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import type { UserRow } from '../../../types';

export function ResetPasswordModal({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const { t } = useTranslation();
  const [disableSecondFactor, setDisableSecondFactor] = useState(false);
  const [temporary, setTemporary] = useState<string | null>(null);
  const reset = useWrite(
    () => api.post<{ temporaryPassword: string }>(`/api/users/${user.id}/password-reset`, user.secondFactor ? { disableSecondFactor } : {}),
    { errors: 'inline', invalidate: [['users']], onSuccess: (r) => setTemporary(r.temporaryPassword) },
  );
  const submit = () => reset.mutate();

  if (temporary) {
    return (
      <Modal
        open
        title={t('accounts.reset.done', { user: user.displayName })}
        onOk={onClose}
        onCancel={onClose}
        okText={t('accounts.reset.close')}
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        <Space orientation="vertical">
          <Typography.Text>{t('accounts.reset.doneText')}</Typography.Text>
          <Typography.Text code copyable style={{ fontSize: 18 }} data-testid="temporary-password">
            {temporary}
          </Typography.Text>
        </Space>
      </Modal>
    );
  }
  return (
    <Modal
      open
      title={t('accounts.reset.title', { user: user.displayName })}
      okText={t('accounts.reset.confirm')}
      okButtonProps={{ danger: true, loading: reset.isPending }}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Space orientation="vertical">
        {reset.shown && <Alert type="error" showIcon title={messageOf(reset.shown)} />}
        <Typography.Text>{t('accounts.reset.text')}</Typography.Text>
        {user.secondFactor && (
          <Checkbox checked={disableSecondFactor} onChange={(e) => setDisableSecondFactor(e.target.checked)}>
            {t('accounts.reset.disableSecondFactor')}
          </Checkbox>
        )}
      </Space>
    </Modal>
  );
}
