import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { readApiError } from '../../../shared/api-errors';
import { useT } from '../../../shared/i18n';
import { useLogin } from '../hooks/use-login';

interface LoginValues {
  username: string;
  password: string;
}

interface LoginFormProps {
  /** Renewing an expired session: the same person must sign in again, so the name is fixed. */
  lockedUsername?: string;
  onLoggedIn?: () => void;
}

export function LoginForm({ lockedUsername, onLoggedIn }: LoginFormProps) {
  const t = useT();
  const { login, loading } = useLogin();
  const [failure, setFailure] = useState<string | null>(null);

  async function submit({ username, password }: LoginValues) {
    setFailure(null);
    try {
      await login((lockedUsername ?? username).trim(), password);
      onLoggedIn?.();
    } catch (error) {
      // The server words wrong credentials and throttling itself; show its message as is.
      const apiError = readApiError(error);
      setFailure(
        apiError.code === 'NETWORK' || !apiError.message ? t('errors.NETWORK') : apiError.message,
      );
    }
  }

  return (
    <Form<LoginValues>
      layout="vertical"
      size="large"
      requiredMark={false}
      initialValues={{ username: lockedUsername ?? '' }}
      onFinish={submit}
      onValuesChange={() => setFailure(null)}
    >
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 24 }} />}
      <Form.Item
        name="username"
        label={t('login.username')}
        rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
      >
        <Input
          prefix={<UserOutlined />}
          autoComplete="username"
          disabled={Boolean(lockedUsername)}
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[{ required: true, message: t('login.passwordRequired') }]}
      >
        <Input.Password
          prefix={<LockOutlined />}
          autoComplete="current-password"
          autoFocus={Boolean(lockedUsername)}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={loading}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}
