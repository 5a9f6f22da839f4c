// The frame of every signed-in page: header (user, role, language, logout) and the left menu.
import { Suspense } from 'react';
import { Layout, Menu } from 'antd';
import { ApartmentOutlined, AuditOutlined, IdcardOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../../auth/useMe';
import { canManageUsers, canReadRegistry } from '../../auth/permissions';
import { PageLoading } from '../../components/PageLoading';
import { UserMenu } from './UserMenu';
import { moduleRoutes } from '../../modules';

export default function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const items = [
    ...(canReadRegistry(me) ? [
      { key: '/units', icon: <ApartmentOutlined />, label: t('nav.units') },
      { key: '/members', icon: <TeamOutlined />, label: t('nav.members') },
      { key: '/audit', icon: <AuditOutlined />, label: t('nav.audit') },
    ] : []),
    ...(me.memberId ? [{ key: `/members/${me.memberId}`, icon: <IdcardOutlined />, label: t('nav.myRecord') }] : []),
    ...moduleRoutes.filter((r) => r.menu && (!r.menu.roles || me.grants.some((g) => r.menu!.roles!.includes(g.role))))
      .map((r) => ({ key: `/${r.menu!.key}`, icon: r.menu!.icon, label: t(r.menu!.labelKey) })),
    ...(canManageUsers(me) ? [{ key: '/users', icon: <UserOutlined />, label: t('nav.users') }] : []),
  ];
  const own = me.memberId ? `/members/${me.memberId}` : null;
  const selected = own && pathname.startsWith(own) ? own : `/${pathname.split('/')[1] ?? ''}`;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="app-header">
        <span className="app-brand">{t('app.name')}</span>
        <span className="app-header-spacer" />
        <UserMenu />
      </Layout.Header>
      <Layout>
        <Layout.Sider width={208} theme="light" breakpoint="lg" collapsedWidth={56}>
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            items={items}
            onClick={(e) => navigate(e.key)}
            style={{ height: '100%', borderInlineEnd: 0 }}
            aria-label={t('nav.main')}
          />
        </Layout.Sider>
        <Layout.Content className="app-content">
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
