import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { LanguageSwitch, useT } from '../../../shared/i18n';
import { useCurrentUser } from '../hooks/use-current-user';
import { useLogout } from '../hooks/use-logout';
import { ChangePasswordForm } from './change-password-form';

/**
 * Shown instead of the app while the password must be changed (a one-time password from an
 * administrator, or an expired one): the server refuses everything else until then.
 */
export function ChangePasswordPage() {
  const t = useT();
  const { user, refetch } = useCurrentUser();
  const logout = useLogout();
  if (!user) return null;
  return (
    <Flex
      component="main"
      vertical
      align="center"
      justify="center"
      gap={24}
      style={{ minHeight: '100vh', padding: 24 }}
    >
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 30 }}>
        {t('app.name')}
      </Typography.Title>
      <Card
        title={
          <Flex align="center" gap={8}>
            <LockOutlined aria-hidden />
            <span>{t('password.forcedTitle')}</span>
          </Flex>
        }
        style={{ width: '100%', maxWidth: 440 }}
      >
        <Alert
          type="warning"
          showIcon
          title={t('password.forcedNotice', { name: user.name })}
          style={{ marginBottom: 24 }}
        />
        <ChangePasswordForm username={user.username} oneTime onDone={() => void refetch()} />
      </Card>
      <Button type="link" onClick={logout}>
        {t('shell.logout')}
      </Button>
    </Flex>
  );
}
