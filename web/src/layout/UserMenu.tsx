// Header right side: who is signed in and with which role(s), the language switch, the own account
// (password, two-step verification), and logout. Narrow screens get the name (cut with an ellipsis)
// as a button opening a dropdown with the roles, the language, the account and logout, so logout stays reachable.
import { Button, Dropdown, Space, Tag, Tooltip, Typography, type MenuProps } from 'antd';
import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../api';
import { ME_KEY, useCurrentUser } from '../auth/useMe';
import { canReadRegistry } from '../auth/permissions';
import { LanguageSwitch } from '../components/LanguageSwitch';
import type { UnitNode } from '../types';

export function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const qc = useQueryClient();
  const navigate = useNavigate();
  // The roots the user reads name the units of their grants in the header.
  const roots = useQuery({
    queryKey: ['units', 'roots'],
    queryFn: () => api.get<UnitNode[]>('/api/units/roots'),
    enabled: canReadRegistry(me),
  });
  const unitName = (id: number) => roots.data?.find((u) => u.id === id)?.name;
  const grantLabel = (g: { role: string; unitId: number }) =>
    `${t(`roles.${g.role}`)}${unitName(g.unitId) ? ` · ${unitName(g.unitId)}` : ''}`;

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

  if (compact) {
    const items: MenuProps['items'] = [
      { key: 'name', label: <strong>{me.displayName}</strong>, disabled: true },
      ...me.grants.map((g) => ({ key: `grant-${g.role}-${g.unitId}`, label: grantLabel(g), disabled: true })),
      { type: 'divider' as const },
      { key: 'language', label: <LanguageSwitch /> },
      { key: 'account', icon: <KeyOutlined />, label: t('accounts.menu'), onClick: () => navigate('/account') },
      { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout'), danger: true, onClick: () => void logout() },
    ];
    return (
      <div className="app-user-compact">
        <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
          <Button
            type="text"
            className="app-user-button"
            aria-label={t('phone.userMenu', { name: me.displayName })}
            data-testid="user-menu-button"
          >
            <UserOutlined />
            <span className="app-user-name" data-testid="current-user">
              {me.displayName}
            </span>
            <DownOutlined style={{ fontSize: 10 }} />
          </Button>
        </Dropdown>
      </div>
    );
  }

  return (
    <Space size="middle">
      <Space size={4} data-testid="current-user">
        <Typography.Text strong>{me.displayName}</Typography.Text>
        {me.grants.map((g) => (
          <Tooltip key={`${g.role}-${g.unitId}`} title={unitName(g.unitId)}>
            <Tag color="red" variant="outlined">
              {grantLabel(g)}
            </Tag>
          </Tooltip>
        ))}
      </Space>
      <LanguageSwitch />
      <Button icon={<KeyOutlined />} onClick={() => navigate('/account')}>
        {t('accounts.menu')}
      </Button>
      <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
        {t('nav.logout')}
      </Button>
    </Space>
  );
}
