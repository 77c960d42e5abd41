import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Flex, Grid, Layout, Typography } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { ChangePasswordPage, useCurrentUser, useLogout } from '../features/auth';
import { useT } from '../shared/i18n';
import { PageError, PageLoading } from '../shared/ui/page-states';
import { AppHeader } from './app-header';
import { NavMenu } from './nav-menu';

const SIDER_WIDTH = 208;

function Brand({ collapsed }: { collapsed: boolean }) {
  const t = useT();
  return (
    <Flex
      vertical
      justify="center"
      style={{
        minHeight: 64,
        padding: collapsed ? 0 : '12px 24px',
        textAlign: collapsed ? 'center' : 'start',
      }}
    >
      <Typography.Text strong style={{ fontSize: 20, color: '#c0392b', lineHeight: 1.2 }}>
        {collapsed ? t('app.name').slice(0, 1) : t('app.name')}
      </Typography.Text>
      {!collapsed && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('app.tagline')}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** A phone (antd's xs, < 576 px): no sider; the header holds the name and a menu button. */
function usePhone(): boolean {
  return Grid.useBreakpoint().xs === true;
}

function PhoneHeader({
  user,
  onLogout,
}: {
  user: NonNullable<ReturnType<typeof useCurrentUser>['user']>;
  onLogout: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const { pathname, search } = useLocation();
  // Following a menu link closes the menu.
  useEffect(() => setOpen(false), [pathname, search]);
  return (
    <Flex justify="space-between" align="center" style={{ height: '100%' }}>
      <Typography.Text strong style={{ fontSize: 18, color: '#c0392b' }}>
        {t('app.name')}
      </Typography.Text>
      <Button
        type="text"
        icon={<MenuOutlined />}
        aria-label={t('shell.menu')}
        aria-expanded={open}
        onClick={() => setOpen(true)}
        style={{ minWidth: 44, minHeight: 44 }}
      />
      <Drawer
        open={open}
        placement="left"
        title={t('app.name')}
        onClose={() => setOpen(false)}
        styles={{ body: { padding: 0 } }}
      >
        <div style={{ padding: '12px 16px' }}>
          <AppHeader user={user} onLogout={onLogout} stacked />
        </div>
        <NavMenu role={user.role} />
      </Drawer>
    </Flex>
  );
}

export function AppShell() {
  const t = useT();
  const { user, error, refetch } = useCurrentUser();
  const logout = useLogout();
  const [collapsed, setCollapsed] = useState(false);
  const phone = usePhone();

  if (!user) {
    if (!error) return <PageLoading />;
    return (
      <Flex vertical align="center" style={{ paddingTop: 80 }}>
        <PageError error={error} onRetry={() => void refetch()} />
        <Button type="link" onClick={logout}>
          {t('shell.logout')}
        </Button>
      </Flex>
    );
  }
  // A one-time or expired password: nothing else opens until it is changed.
  if (user.mustChangePassword) return <ChangePasswordPage />;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? null : (
        <Layout.Sider
          width={SIDER_WIDTH}
          breakpoint="lg"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          style={{ borderInlineEnd: '1px solid rgba(5, 5, 5, 0.06)' }}
        >
          <Brand collapsed={collapsed} />
          <NavMenu role={user.role} collapsed={collapsed} />
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            borderBottom: '1px solid rgba(5, 5, 5, 0.06)',
            ...(phone ? { padding: '0 4px 0 16px' } : null),
          }}
        >
          {phone ? (
            <PhoneHeader user={user} onLogout={logout} />
          ) : (
            <AppHeader user={user} onLogout={logout} />
          )}
        </Layout.Header>
        <Layout.Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
