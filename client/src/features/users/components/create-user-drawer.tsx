import { useMutation } from '@apollo/client/react';
import { passwordProblemCode, ROLES, ROLE_LABELS } from '@luodi/domain';
import { Alert, App, Button, Drawer, Flex, Form, Input, Select, TreeSelect } from 'antd';
import type { CreateUserInput } from '../../../gql/graphql';
import { useReportApiError } from '../../../shared/api-errors';
import { useBilingual, useT } from '../../../shared/i18n';
import { CreateUserDocument, UsersPageDocument } from '../api/user-operations';
import { useOrgUnitTreeOptions } from '../hooks/use-org-unit-tree-options';

const USERNAME_PATTERN = /^[a-z0-9._-]{3,32}$/;

export function CreateUserDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <Drawer open={open} title={t('userForm.title')} size={480} onClose={onClose} destroyOnHidden>
      <CreateUserForm onDone={onClose} />
    </Drawer>
  );
}

// Mounted only while the drawer is open, so the unit list loads on demand and a reopened form starts empty.
function CreateUserForm({ onDone }: { onDone: () => void }) {
  const t = useT();
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportApiError = useReportApiError();
  const [form] = Form.useForm<CreateUserInput>();
  const orgUnits = useOrgUnitTreeOptions();
  const [createUser, { loading }] = useMutation(CreateUserDocument, {
    refetchQueries: [UsersPageDocument],
    awaitRefetchQueries: true,
  });

  async function submit(input: CreateUserInput) {
    try {
      const { data } = await createUser({
        variables: { input: { ...input, name: input.name.trim() } },
      });
      if (data) void message.success(t('users.created', { name: data.createUser.name }));
      onDone();
    } catch (error) {
      reportApiError(error, form);
    }
  }

  return (
    <>
      {orgUnits.error && (
        <Alert
          type="error"
          showIcon
          title={t('userForm.orgUnitLoadFailed')}
          action={
            <Button size="small" onClick={() => void orgUnits.refetch()}>
              {t('state.retry')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<CreateUserInput>
        form={form}
        layout="vertical"
        initialValues={{ role: 'STAFF' }}
        onFinish={submit}
      >
        <Form.Item
          name="username"
          label={t('userForm.username')}
          extra={t('userForm.usernameHelp')}
          rules={[
            { required: true, message: t('userForm.usernameRequired') },
            { pattern: USERNAME_PATTERN, message: t('userForm.usernamePattern') },
          ]}
        >
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('userForm.name')}
          rules={[{ required: true, whitespace: true, message: t('userForm.nameRequired') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('userForm.password')}
          dependencies={['username']}
          extra={t('password.rules', { min: 10 })}
          rules={[
            { required: true, message: t('userForm.passwordRequired') },
            ({ getFieldValue }) => ({
              // The server's rule (libs/domain): length, common passwords, the username.
              validator: (_, value: string | undefined) => {
                const code = value ? passwordProblemCode(value, getFieldValue('username')) : null;
                return code
                  ? Promise.reject(new Error(t(`password.problem.${code}`)))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('userForm.role')}
          rules={[{ required: true, message: t('userForm.roleRequired') }]}
        >
          <Select
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
            {t('userForm.submit')}
          </Button>
        </Flex>
      </Form>
    </>
  );
}
