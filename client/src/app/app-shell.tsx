import { Button, Flex, Layout, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet } from 'react-router-dom';
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

export function AppShell() {
  const t = useT();
  const { user, error, refetch } = useCurrentUser();
  const logout = useLogout();
  const [collapsed, setCollapsed] = useState(false);

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
      <Layout>
        <Layout.Header style={{ borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}>
          <AppHeader user={user} onLogout={logout} />
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
