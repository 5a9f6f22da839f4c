// /users: accounts holding a role somewhere in the user's scope, with their grants (role, unit, period).
import { useState } from 'react';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { KeyOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../../api';
import { useCurrentUser } from '../../../auth/useMe';
import { may } from '../../../auth/permissions';
import { ErrorResult } from '../../../components/ErrorResult';
import { NotFoundResult } from '../../../components/NotFoundResult';
import { fmtDate, todayIso } from '../../../format';
import type { UserGrant, UserRow } from '../../../types';
import { CreateUserModal } from './CreateUserModal';
import { EndGrantModal } from './EndGrantModal';
import { ResetPasswordModal } from './ResetPasswordModal';

export default function UsersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const allowed = may(me, 'user.manage');
  const users = useQuery({ queryKey: ['users'], queryFn: () => api.get<UserRow[]>('/api/users'), enabled: allowed });
  const [creating, setCreating] = useState(false);
  const [ending, setEnding] = useState<{ user: UserRow; grant: UserGrant } | null>(null);
  const [resetting, setResetting] = useState<UserRow | null>(null);

  if (!allowed) return <NotFoundResult />;
  if (users.isError) return <ErrorResult error={users.error} onRetry={() => void users.refetch()} />;
  const today = todayIso();
  const active = (g: UserGrant) => g.validFrom <= today && (!g.validTo || g.validTo > today);

  return (
    <Card>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <div style={{ display: 'flex', alignItems: 'center' }}>
          <Typography.Title level={3} style={{ margin: 0, flex: 1 }}>
            {t('users.title')}
          </Typography.Title>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('users.create')}
          </Button>
        </div>
        <Table<UserRow>
          rowKey="id"
          size="middle"
          loading={users.isPending}
          dataSource={users.data ?? []}
          pagination={{ pageSize: 50, showSizeChanger: false }}
          columns={[
            {
              key: 'username',
              title: t('users.username'),
              width: 160,
              render: (_, u) => <Typography.Text code>{u.username}</Typography.Text>,
            },
            {
              key: 'displayName',
              title: t('users.displayName'),
              render: (_, u) => (
                <Space>
                  {u.memberId ? <Link to={`/members/${u.memberId}`}>{u.displayName}</Link> : u.displayName}
                  {u.mustChangePassword && <Tag color="orange">{t('accounts.tags.mustChange')}</Tag>}
                  {u.secondFactor && <Tag color="green">{t('accounts.tags.secondFactor')}</Tag>}
                </Space>
              ),
            },
            {
              key: 'grants',
              title: t('users.grants'),
              render: (_, u) => (
                <Space orientation="vertical" size={4}>
                  {u.grants.map((g) => (
                    <Space key={g.id} size={6} wrap>
                      <Tag color={active(g) ? 'red' : 'default'}>{t(`roles.${g.role}`)}</Tag>
                      <Link to={`/units/${g.unitId}`}>{g.unitName}</Link>
                      <Typography.Text type="secondary">
                        {fmtDate(g.validFrom)} – {g.validTo ? fmtDate(g.validTo) : t('units.now')}
                      </Typography.Text>
                      {(!g.validTo || g.validTo > today) && (
                        <Button size="small" type="link" danger icon={<StopOutlined />} onClick={() => setEnding({ user: u, grant: g })}>
                          {t('users.endGrant')}
                        </Button>
                      )}
                    </Space>
                  ))}
                </Space>
              ),
            },
            {
              key: 'actions',
              title: '',
              width: 180,
              render: (_, u) =>
                u.id === me.userId ? null : (
                  <Button size="small" icon={<KeyOutlined />} onClick={() => setResetting(u)}>
                    {t('accounts.reset.action')}
                  </Button>
                ),
            },
          ]}
        />
      </Space>
      {creating && <CreateUserModal onClose={() => setCreating(false)} />}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
      {ending && <EndGrantModal user={ending.user} grant={ending.grant} onClose={() => setEnding(null)} />}
    </Card>
  );
}
