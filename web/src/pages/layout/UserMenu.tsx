// Header right side: who is signed in and with which role(s), the language switch, the own account
// (password, two-step verification), and logout.
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import { KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../api';
import { ME_KEY, useCurrentUser } from '../../auth/useMe';
import { canReadRegistry } from '../../auth/permissions';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import type { UnitNode } from '../../types';

export function UserMenu() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const qc = useQueryClient();
  const navigate = useNavigate();
  // The roots the user reads name the units of their grants in the header.
  const roots = useQuery({ queryKey: ['units', 'roots'], queryFn: () => api.get<UnitNode[]>('/api/units/roots'), enabled: canReadRegistry(me) });
  const unitName = (id: number) => roots.data?.find((u) => u.id === id)?.name;

  async function logout() {
    try {
      await api.post('/api/auth/logout');
    } catch {
      /* the session may already be gone: leave anyway */
    }
    setCsrfToken(null);
    qc.clear();
    qc.setQueryData(ME_KEY, null);
    navigate('/login', { replace: true });
  }

  return (
    <Space size="middle">
      <Space size={4} data-testid="current-user">
        <Typography.Text strong>{me.displayName}</Typography.Text>
        {me.grants.map((g) => (
          <Tooltip key={`${g.role}-${g.unitId}`} title={unitName(g.unitId)}>
            <Tag color="red" variant="outlined">
              {t(`roles.${g.role}`)}{unitName(g.unitId) ? ` · ${unitName(g.unitId)}` : ''}
            </Tag>
          </Tooltip>
        ))}
      </Space>
      <LanguageSwitch />
      <Button icon={<KeyOutlined />} onClick={() => navigate('/account')}>{t('accounts.menu')}</Button>
      <Button icon={<LogoutOutlined />} onClick={() => void logout()}>{t('nav.logout')}</Button>
    </Space>
  );
}
