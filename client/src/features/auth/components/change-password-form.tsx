import { useMutation } from '@apollo/client/react';
import { passwordProblemCode, PASSWORD_MIN_LENGTH } from '@luodi/domain';
import { App, Button, Flex, Form, Input, Typography } from 'antd';
import type { RuleObject } from 'antd/es/form';
import { useReportApiError } from '../../../shared/api-errors';
import { useT } from '../../../shared/i18n';
import { ChangePasswordDocument, MeDocument } from '../api/session-operations';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

interface ChangePasswordFormProps {
  username: string;
  /** Labels the current password as the one-time password after a reset. */
  oneTime?: boolean;
  onDone: () => void;
  onCancel?: () => void;
}

/** The same rule the server applies (libs/domain), so the message appears before submitting. */
export function ChangePasswordForm({
  username,
  oneTime,
  onDone,
  onCancel,
}: ChangePasswordFormProps) {
  const t = useT();
  const { message } = App.useApp();
  const reportApiError = useReportApiError();
  const [form] = Form.useForm<ChangePasswordValues>();
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument, {
    refetchQueries: [MeDocument],
    awaitRefetchQueries: true,
  });

  const strongEnough = (_: RuleObject, value: string | undefined) => {
    if (!value) return Promise.resolve();
    const code = passwordProblemCode(value, username);
    return code ? Promise.reject(new Error(t(`password.problem.${code}`))) : Promise.resolve();
  };

  async function submit(values: ChangePasswordValues) {
    try {
      await changePassword({
        variables: { currentPassword: values.currentPassword, newPassword: values.newPassword },
      });
      void message.success(t('password.changed'));
      onDone();
    } catch (error) {
      reportApiError(error, form);
    }
  }

  return (
    <Form<ChangePasswordValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      requiredMark={false}
    >
      <input type="text" name="username" value={username} autoComplete="username" readOnly hidden />
      <Form.Item
        name="currentPassword"
        label={t(oneTime ? 'password.oneTime' : 'password.current')}
        rules={[{ required: true, message: t('password.currentRequired') }]}
      >
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.new')}
        extra={
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('password.rules', { min: PASSWORD_MIN_LENGTH })}
          </Typography.Text>
        }
        rules={[
          { required: true, message: t('password.newRequired') },
          { validator: strongEnough },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Flex justify="flex-end" gap={8}>
        {onCancel && <Button onClick={onCancel}>{t('password.cancel')}</Button>}
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('password.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
