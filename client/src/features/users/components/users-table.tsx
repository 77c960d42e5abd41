import { ROLE_LABELS } from '@luodi/domain';
import { Badge, Button, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { UsersPageQuery } from '../../../gql/graphql';
import { useBilingual, useT } from '../../../shared/i18n';
import { EditUserDrawer } from './edit-user-drawer';
import { ResetPasswordButton } from './reset-password-button';
import { UserActiveToggle } from './user-active-toggle';

type ListedUser = UsersPageQuery['users'][number];

interface UsersTableProps {
  users: ListedUser[];
  currentUserId: string | undefined;
  loading: boolean;
}

export function UsersTable({ users, currentUserId, loading }: UsersTableProps) {
  const t = useT();
  const bilingual = useBilingual();
  const [editing, setEditing] = useState<ListedUser | null>(null);
  const columns: TableColumnsType<ListedUser> = [
    {
      title: t('users.column.username'),
      dataIndex: 'username',
      render: (username: string) => <Typography.Text code>{username}</Typography.Text>,
    },
    { title: t('users.column.name'), dataIndex: 'name' },
    {
      title: t('users.column.role'),
      dataIndex: 'role',
      render: (_, user) => <Tag>{bilingual(ROLE_LABELS[user.role])}</Tag>,
    },
    { title: t('users.column.orgUnit'), render: (_, user) => user.orgUnit.name },
    {
      title: t('users.column.status'),
      dataIndex: 'active',
      render: (active: boolean, user) => (
        <Flex gap={4} wrap align="center">
          <Badge
            status={active ? 'success' : 'default'}
            text={t(active ? 'users.status.active' : 'users.status.inactive')}
          />
          {user.mustChangePassword && <Tag color="orange">{t('users.mustChangePassword')}</Tag>}
        </Flex>
      ),
    },
    {
      title: t('users.column.actions'),
      key: 'actions',
      width: 220,
      render: (_, user) => (
        <Flex gap={0} wrap align="center">
          <Button type="link" size="small" onClick={() => setEditing(user)}>
            {t('userEdit.action')}
          </Button>
          {user.id === currentUserId ? (
            <Tag color="blue">{t('users.self')}</Tag>
          ) : (
            <>
              <ResetPasswordButton user={user} />
              <UserActiveToggle user={user} />
            </>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <Table<ListedUser>
        rowKey="id"
        columns={columns}
        dataSource={users}
        loading={loading}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('users.empty')} />,
        }}
      />
      <EditUserDrawer
        user={editing}
        isSelf={editing?.id === currentUserId}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
