import { useMutation } from '@apollo/client/react';
import { ROLES, ROLE_LABELS } from '@luodi/domain';
import { App, Button, Drawer, Flex, Form, Input, Select, TreeSelect, Typography } from 'antd';
import type { Role, UsersPageQuery } from '../../../gql/graphql';
import { useReportApiError } from '../../../shared/api-errors';
import { useBilingual, useT } from '../../../shared/i18n';
import { UpdateUserDocument, UsersPageDocument } from '../api/user-operations';
import { useOrgUnitTreeOptions } from '../hooks/use-org-unit-tree-options';

type ListedUser = UsersPageQuery['users'][number];

interface EditUserValues {
  name: string;
  role: Role;
  orgUnitId: string;
}

interface EditUserDrawerProps {
  user: ListedUser | null;
  /** An administrator keeps their own role, so they cannot lock themselves out. */
  isSelf: boolean;
  onClose: () => void;
}

export function EditUserDrawer({ user, isSelf, onClose }: EditUserDrawerProps) {
  const t = useT();
  return (
    <Drawer
      open={user !== null}
      title={user ? t('userEdit.title', { username: user.username }) : ''}
      size={480}
      onClose={onClose}
      destroyOnHidden
    >
      {user && <EditUserForm user={user} isSelf={isSelf} onDone={onClose} />}
    </Drawer>
  );
}

function EditUserForm({
  user,
  isSelf,
  onDone,
}: {
  user: ListedUser;
  isSelf: boolean;
  onDone: () => void;
}) {
  const t = useT();
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportApiError = useReportApiError();
  const [form] = Form.useForm<EditUserValues>();
  const orgUnits = useOrgUnitTreeOptions();
  const [updateUser, { loading }] = useMutation(UpdateUserDocument, {
    refetchQueries: [UsersPageDocument],
    awaitRefetchQueries: true,
  });

  async function submit(values: EditUserValues) {
    try {
      await updateUser({
        variables: {
          id: user.id,
          input: {
            name: values.name.trim(),
            orgUnitId: values.orgUnitId,
            ...(isSelf ? {} : { role: values.role }),
          },
        },
      });
      void message.success(t('userEdit.saved', { name: values.name.trim() }));
      onDone();
    } catch (error) {
      reportApiError(error, form);
    }
  }

  return (
    <Form<EditUserValues>
      form={form}
      layout="vertical"
      initialValues={{ name: user.name, role: user.role, orgUnitId: user.orgUnit.id }}
      onFinish={submit}
    >
      <Form.Item label={t('userForm.username')}>
        <Typography.Text code>{user.username}</Typography.Text>
      </Form.Item>
      <Form.Item
        name="name"
        label={t('userForm.name')}
        rules={[{ required: true, whitespace: true, message: t('userForm.nameRequired') }]}
      >
        <Input autoComplete="off" maxLength={50} />
      </Form.Item>
      <Form.Item
        name="role"
        label={t('userForm.role')}
        extra={isSelf ? t('userEdit.ownRole') : undefined}
      >
        <Select
          disabled={isSelf}
          options={ROLES.map((role) => ({ value: role, label: bilingual(ROLE_LABELS[role]) }))}
        />
      </Form.Item>
      <Form.Item
        name="orgUnitId"
        label={t('userForm.orgUnit')}
        rules={[{ required: true, message: t('userForm.orgUnitRequired') }]}
      >
        <TreeSelect
          treeData={orgUnits.options}
          loading={orgUnits.loading}
          treeDefaultExpandAll
          showSearch
          treeNodeFilterProp="title"
        />
      </Form.Item>
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onDone}>{t('userForm.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('userEdit.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
