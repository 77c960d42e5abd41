import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { ROLES, ROLE_LABELS } from '@luodi/domain';
import { Button, Card, Flex, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import type { Role } from '../../../gql/graphql';
import { useBilingual, useT } from '../../../shared/i18n';
import { PageError } from '../../../shared/ui/page-states';
import { UsersPageDocument } from '../api/user-operations';
import { CreateUserDrawer } from './create-user-drawer';
import { UsersTable } from './users-table';

export function UsersPage() {
  const t = useT();
  const bilingual = useBilingual();
  const [role, setRole] = useState<Role | undefined>();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [creating, setCreating] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(UsersPageDocument, {
    variables: { role, includeInactive },
  });
  // Keeps the previous rows on screen while a changed filter loads.
  const shown = data ?? previousData;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {t('users.pageTitle')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('users.pageDescription')}</Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('users.create')}
        </Button>
      </Flex>
      <Card>
        <Flex gap={24} align="center" wrap style={{ marginBottom: 16 }}>
          <Select<Role>
            allowClear
            placeholder={t('users.filter.allRoles')}
            aria-label={t('users.column.role')}
            style={{ width: 180 }}
            value={role}
            onChange={setRole}
            options={ROLES.map((value) => ({ value, label: bilingual(ROLE_LABELS[value]) }))}
          />
          <label>
            <Flex gap={8} align="center">
              <Switch checked={includeInactive} onChange={setIncludeInactive} />
              {t('users.filter.includeInactive')}
            </Flex>
          </label>
        </Flex>
        {error && !shown ? (
          <PageError error={error} onRetry={() => void refetch()} />
        ) : (
          <UsersTable users={shown?.users ?? []} currentUserId={shown?.me.id} loading={loading} />
        )}
      </Card>
      <CreateUserDrawer open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}
