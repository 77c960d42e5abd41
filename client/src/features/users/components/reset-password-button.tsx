import { useMutation } from '@apollo/client/react';
import { Alert, Button, Modal, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import type { UsersPageQuery } from '../../../gql/graphql';
import { useReportApiError } from '../../../shared/api-errors';
import { useT } from '../../../shared/i18n';
import { ResetUserPasswordDocument, UsersPageDocument } from '../api/user-operations';

type ListedUser = UsersPageQuery['users'][number];

/**
 * 重置密码: the server makes a one-time password, shown here once and never again; the user
 * must replace it at the next login, and every session they had ends now.
 */
export function ResetPasswordButton({ user }: { user: ListedUser }) {
  const t = useT();
  const reportApiError = useReportApiError();
  const [oneTime, setOneTime] = useState<string | null>(null);
  const [reset, { loading }] = useMutation(ResetUserPasswordDocument, {
    refetchQueries: [UsersPageDocument],
  });

  async function confirm() {
    try {
      const { data } = await reset({ variables: { id: user.id } });
      if (data) setOneTime(data.resetUserPassword);
    } catch (error) {
      reportApiError(error);
    }
  }

  return (
    <>
      <Popconfirm
        title={t('userReset.confirm', { name: user.name })}
        okButtonProps={{ danger: true }}
        onConfirm={confirm}
      >
        <Button type="link" size="small" loading={loading}>
          {t('userReset.action')}
        </Button>
      </Popconfirm>
      <Modal
        open={oneTime !== null}
        title={t('userReset.title', { name: user.name })}
        onOk={() => setOneTime(null)}
        onCancel={() => setOneTime(null)}
        cancelButtonProps={{ style: { display: 'none' } }}
        okText={t('userReset.done')}
        destroyOnHidden
      >
        <Alert type="warning" showIcon title={t('userReset.once')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph>
          {t('userReset.give', { username: user.username })}
        </Typography.Paragraph>
        <Typography.Paragraph
          copyable={{ text: oneTime ?? '' }}
          code
          style={{ fontSize: 22, letterSpacing: 2 }}
          aria-label={t('userReset.passwordLabel')}
        >
          {oneTime}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
