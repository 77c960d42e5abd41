import { Card, Flex, Typography } from 'antd';
import { Navigate, useLocation } from 'react-router-dom';
import { LanguageSwitch, useT } from '../../../shared/i18n';
import { useSession } from '../stores/session-store';
import { LoginForm } from './login-form';

interface ReturnState {
  from?: { pathname: string; search?: string };
}

export function LoginPage() {
  const t = useT();
  const session = useSession();
  const location = useLocation();

  // Signing in fills the session; this page then forwards to where the person was headed.
  if (session) {
    const from = (location.state as ReturnState | null)?.from;
    return <Navigate to={from ? `${from.pathname}${from.search ?? ''}` : '/'} replace />;
  }

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      gap={24}
      style={{ minHeight: '100vh', padding: 24 }}
    >
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <Flex vertical align="center" gap={4}>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 30 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
      </Flex>
      <Card title={t('login.title')} style={{ width: '100%', maxWidth: 400 }}>
        <LoginForm />
      </Card>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('login.footer')}
      </Typography.Text>
    </Flex>
  );
}
