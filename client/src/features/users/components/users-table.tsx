import { ROLE_LABELS } from '@luodi/domain';
import { Badge, Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { UsersPageQuery } from '../../../gql/graphql';
import { useBilingual, useT } from '../../../shared/i18n';
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
      render: (active: boolean) => (
        <Badge
          status={active ? 'success' : 'default'}
          text={t(active ? 'users.status.active' : 'users.status.inactive')}
        />
      ),
    },
    {
      title: t('users.column.actions'),
      key: 'actions',
      width: 120,
      render: (_, user) =>
        user.id === currentUserId ? (
          <Tag color="blue">{t('users.self')}</Tag>
        ) : (
          <UserActiveToggle user={user} />
        ),
    },
  ];

  return (
    <Table<ListedUser>
      rowKey="id"
      columns={columns}
      dataSource={users}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{
        emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('users.empty')} />,
      }}
    />
  );
}
