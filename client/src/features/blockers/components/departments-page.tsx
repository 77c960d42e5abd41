import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Flex, Form, Input, Modal, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DepartmentsAdminQuery } from '../../../gql/graphql';
import { readApiError, useReportApiError } from '../../../shared/api-errors';
import { useT } from '../../../shared/i18n';
import { PageError } from '../../../shared/ui/page-states';
import {
  CreateDepartmentDocument,
  DepartmentsAdminDocument,
  UpdateDepartmentDocument,
} from '../api/blocker-operations';

type Department = DepartmentsAdminQuery['departments'][number];

interface DepartmentValues {
  name?: string;
  contactPerson?: string;
  phone?: string;
  active?: boolean;
}

function DepartmentModal({
  editing,
  onClose,
}: {
  /** null: closed; 'new': creating; otherwise the department being edited. */
  editing: Department | 'new' | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const reportApiError = useReportApiError();
  const [form] = Form.useForm<DepartmentValues>();
  const [create, creating] = useMutation(CreateDepartmentDocument, {
    refetchQueries: [DepartmentsAdminDocument],
  });
  const [update, updating] = useMutation(UpdateDepartmentDocument);
  const existing = editing && editing !== 'new' ? editing : null;

  async function submit(values: DepartmentValues) {
    const input = {
      name: values.name?.trim() ?? '',
      contactPerson: values.contactPerson?.trim() || null,
      phone: values.phone?.trim() || null,
      active: values.active ?? true,
    };
    try {
      if (existing)
        await update({ variables: { id: existing.id, version: existing.version, input } });
      else await create({ variables: { input } });
      void message.success(t('departments.saved'));
      onClose();
    } catch (error) {
      if (readApiError(error).code === 'CONFLICT') {
        void message.warning(t('departments.conflict'));
        onClose();
        return;
      }
      reportApiError(error, form);
    }
  }

  return (
    <Modal
      open={editing !== null}
      title={existing ? t('departments.edit') : t('departments.create')}
      okText={t('departments.save')}
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<DepartmentValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{
          name: existing?.name,
          contactPerson: existing?.contactPerson ?? undefined,
          phone: existing?.phone ?? undefined,
          active: existing?.active ?? true,
        }}
      >
        <Form.Item
          name="name"
          label={t('departments.name')}
          rules={[{ required: true, whitespace: true, message: t('departments.nameRequired') }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="contactPerson" label={t('departments.contactPerson')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="phone" label={t('departments.phone')}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="active" label={t('departments.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 设置 → 责任部门: the offices blockers are handed to (ADMIN). */
export function DepartmentsPage() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(DepartmentsAdminDocument);
  const [editing, setEditing] = useState<Department | 'new' | null>(null);

  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {t('departments.pageTitle')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('departments.pageDescription')}</Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('departments.create')}
        </Button>
      </Flex>
      <Card>
        <Table<Department>
          rowKey="id"
          loading={loading}
          dataSource={data?.departments ?? []}
          pagination={false}
          columns={[
            { key: 'name', title: t('departments.name'), dataIndex: 'name' },
            {
              key: 'contactPerson',
              title: t('departments.contactPerson'),
              render: (_, d) => d.contactPerson ?? '—',
            },
            { key: 'phone', title: t('departments.phone'), render: (_, d) => d.phone ?? '—' },
            {
              key: 'active',
              title: t('departments.active'),
              render: (_, d) =>
                d.active ? (
                  <Tag color="green">{t('departments.activeYes')}</Tag>
                ) : (
                  <Tag>{t('departments.activeNo')}</Tag>
                ),
            },
            {
              key: 'edit',
              title: '',
              width: 80,
              render: (_, d) => (
                <Button type="link" size="small" onClick={() => setEditing(d)}>
                  {t('departments.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <DepartmentModal editing={editing} onClose={() => setEditing(null)} />
    </Flex>
  );
}
