// The frame of every signed-in page: header (user, role, language, logout) and the left menu.
import { Suspense } from 'react';
import { Layout, Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../../auth/useMe';
import { PageLoading } from '../../components/PageLoading';
import { UserMenu } from './UserMenu';
import { menuItems, selectedEntry } from './menuItems';

export default function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const items = menuItems(me, t);
  const { selected, open } = selectedEntry(items, pathname);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="app-header">
        <span className="app-brand">{t('app.name')}</span>
        <span className="app-header-spacer" />
        <UserMenu />
      </Layout.Header>
      <Layout>
        <Layout.Sider width={248} theme="light" breakpoint="lg" collapsedWidth={56}>
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            defaultOpenKeys={open}
            items={items as MenuProps['items']}
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
