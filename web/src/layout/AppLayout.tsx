// The frame of every signed-in page: header (user, role, language, logout) and the menu. From md up the
// menu is a side bar; on phones it is a drawer opened by the header's menu button, so the page keeps the
// whole screen width.
import { Suspense, useState } from 'react';
import { Button, Drawer, Grid, Layout, Menu, type MenuProps } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../auth/useMe';
import { PageLoading } from '../components/PageLoading';
import { UserMenu } from './UserMenu';
import { HandbookBell } from './HandbookBell';
import { menuItems, selectedEntry } from './menuItems';

export default function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  // Unknown before the first measurement: the desktop frame, as before.
  const phone = screens.md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);

  const items = menuItems(me, t);
  const { selected, open } = selectedEntry(items, pathname);

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[selected]}
      defaultOpenKeys={open}
      items={items as MenuProps['items']}
      onClick={(e) => {
        setDrawerOpen(false);
        navigate(e.key);
      }}
      style={{ height: '100%', borderInlineEnd: 0 }}
      aria-label={t('nav.main')}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }} className={phone ? 'app-phone' : undefined}>
      <Layout.Header className="app-header">
        {phone && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('phone.openMenu')}
            aria-expanded={drawerOpen}
            aria-controls="app-menu-drawer"
            data-testid="menu-button"
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <span className="app-brand">{t('app.name')}</span>
        <span className="app-header-spacer" />
        <HandbookBell />
        <UserMenu compact={screens.lg === false} />
      </Layout.Header>
      <Layout>
        {phone ? (
          <Drawer
            id="app-menu-drawer"
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={t('app.name')}
            rootClassName="app-menu-drawer"
            size={280}
            styles={{ body: { padding: 0 } }}
            closable={{ 'aria-label': t('phone.closeMenu') }}
            data-testid="menu-drawer"
          >
            {menu}
          </Drawer>
        ) : (
          <Layout.Sider width={248} theme="light" breakpoint="lg" collapsedWidth={56}>
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content className="app-content">
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
