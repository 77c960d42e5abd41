import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm } from 'antd';
import type { UsersPageQuery } from '../../../gql/graphql';
import { useReportApiError } from '../../../shared/api-errors';
import { useT } from '../../../shared/i18n';
import { SetUserActiveDocument, UsersPageDocument } from '../api/user-operations';

type ListedUser = UsersPageQuery['users'][number];

export function UserActiveToggle({ user }: { user: ListedUser }) {
  const t = useT();
  const { message } = App.useApp();
  const reportApiError = useReportApiError();
  // A deactivated user drops out of the list unless inactive accounts are shown, so the list reloads.
  const [setUserActive, { loading }] = useMutation(SetUserActiveDocument, {
    refetchQueries: [UsersPageDocument],
    awaitRefetchQueries: true,
  });
  const activate = !user.active;

  async function confirm() {
    try {
      await setUserActive({ variables: { id: user.id, active: activate } });
      void message.success(
        t(activate ? 'users.activated' : 'users.deactivated', { name: user.name }),
      );
    } catch (error) {
      reportApiError(error);
    }
  }

  return (
    <Popconfirm
      title={t(activate ? 'users.confirm.activate' : 'users.confirm.deactivate', {
        name: user.name,
      })}
      okButtonProps={{ danger: !activate }}
      onConfirm={confirm}
    >
      <Button type="link" size="small" danger={!activate} loading={loading}>
        {t(activate ? 'users.action.activate' : 'users.action.deactivate')}
      </Button>
    </Popconfirm>
  );
}
