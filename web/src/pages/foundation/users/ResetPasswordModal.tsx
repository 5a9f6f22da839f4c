// "Đặt lại mật khẩu": the server makes a temporary password, shown here once; the user must change it
// at the next login, and all their sessions end.
import { useState } from 'react';
import { Alert, Checkbox, Modal, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { errorMessage } from '../../../components/ErrorResult';
import type { UserRow } from '../../../types';

export function ResetPasswordModal({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [disableSecondFactor, setDisableSecondFactor] = useState(false);
  const [temporary, setTemporary] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      const r = await api.post<{ temporaryPassword: string }>(`/api/users/${user.id}/password-reset`, user.secondFactor ? { disableSecondFactor } : {});
      setTemporary(r.temporaryPassword);
      await qc.invalidateQueries({ queryKey: ['users'] });
    } catch (e) {
      setError(errorMessage(e, t('common.unexpectedError')));
    } finally {
      setBusy(false);
    }
  }

  if (temporary) {
    return (
      <Modal open title={t('accounts.reset.done', { user: user.displayName })} onOk={onClose} onCancel={onClose}
        okText={t('accounts.reset.close')} cancelButtonProps={{ style: { display: 'none' } }}>
        <Space orientation="vertical">
          <Typography.Text>{t('accounts.reset.doneText')}</Typography.Text>
          <Typography.Text code copyable style={{ fontSize: 18 }} data-testid="temporary-password">{temporary}</Typography.Text>
        </Space>
      </Modal>
    );
  }
  return (
    <Modal open title={t('accounts.reset.title', { user: user.displayName })} okText={t('accounts.reset.confirm')}
      okButtonProps={{ danger: true, loading: busy }} onOk={() => void submit()} onCancel={onClose}>
      <Space orientation="vertical">
        {error && <Alert type="error" showIcon title={error} />}
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
