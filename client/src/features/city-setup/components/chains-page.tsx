import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { ChainFieldsFragment, ChainsAdminQuery } from '../../../gql/graphql';
import { useReportApiError } from '../../../shared/api-errors';
import { useT } from '../../../shared/i18n';
import { PageError } from '../../../shared/ui/page-states';
import {
  ChainsAdminDocument,
  CreateChainDocument,
  SetChainActiveDocument,
  UpdateChainDocument,
} from '../api/city-setup-operations';

interface ChainValues {
  name?: string;
  chainLeaderId?: string | null;
  leadDepartmentId?: string | null;
  keyParkIds?: string[];
}

function ChainModal({
  editing,
  options,
  onClose,
}: {
  /** null: closed; 'new': adding; otherwise the chain being edited. */
  editing: ChainFieldsFragment | 'new' | null;
  options: ChainsAdminQuery | undefined;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const reportApiError = useReportApiError();
  const [form] = Form.useForm<ChainValues>();
  const [create, creating] = useMutation(CreateChainDocument, {
    refetchQueries: [ChainsAdminDocument],
    awaitRefetchQueries: true,
  });
  const [update, updating] = useMutation(UpdateChainDocument);
  const existing = editing && editing !== 'new' ? editing : null;
  const leaders = [...(options?.leaders ?? [])];
  if (existing?.chainLeader && !leaders.some((l) => l.id === existing.chainLeader!.id))
    leaders.push(existing.chainLeader);
  const departments = [...(options?.departments ?? [])];
  if (existing?.leadDepartment && !departments.some((d) => d.id === existing.leadDepartment!.id))
    departments.push(existing.leadDepartment);
  const parks = (options?.orgUnits ?? []).filter(
    (unit) =>
      unit.kind === 'PARK' && (unit.active || existing?.keyParks.some((p) => p.id === unit.id)),
  );

  async function submit(values: ChainValues) {
    const input = {
      name: values.name?.trim() ?? '',
      chainLeaderId: values.chainLeaderId ?? null,
      leadDepartmentId: values.leadDepartmentId ?? null,
      keyParkIds: values.keyParkIds ?? [],
    };
    try {
      if (existing) await update({ variables: { id: existing.id, input } });
      else await create({ variables: { input } });
      void message.success(t('chains.saved'));
      onClose();
    } catch (error) {
      reportApiError(error, form);
    }
  }

  return (
    <Modal
      open={editing !== null}
      title={existing ? t('chains.edit') : t('chains.create')}
      okText={t('chains.save')}
      cancelText={t('common.cancel')}
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<ChainValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{
          name: existing?.name,
          chainLeaderId: existing?.chainLeader?.id ?? null,
          leadDepartmentId: existing?.leadDepartment?.id ?? null,
          keyParkIds: existing?.keyParks.map((park) => park.id) ?? [],
        }}
      >
        <Form.Item
          name="name"
          label={t('chains.name')}
          rules={[{ required: true, whitespace: true, message: t('chains.nameRequired') }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="chainLeaderId"
          label={t('chains.chainLeader')}
          extra={leaders.length ? undefined : t('chains.noLeaders')}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={leaders.map((leader) => ({ value: leader.id, label: leader.name }))}
          />
        </Form.Item>
        <Form.Item
          name="leadDepartmentId"
          label={t('chains.leadDepartment')}
          extra={departments.length ? undefined : t('chains.noDepartments')}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <Form.Item
          name="keyParkIds"
          label={t('chains.keyParks')}
          extra={parks.length ? undefined : t('chains.noParks')}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={parks.map((park) => ({ value: park.id, label: park.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 设置 → 产业链 (ADMIN): the chains projects are filed under, each with its 链长. */
export function ChainsPage() {
  const t = useT();
  const { message } = App.useApp();
  const reportApiError = useReportApiError();
  const { data, loading, error, refetch } = useQuery(ChainsAdminDocument);
  const [setActive] = useMutation(SetChainActiveDocument);
  const [editing, setEditingState] = useState<ChainFieldsFragment | 'new' | null>(null);
  // A fresh dialog for every opening: a closing one must not lend its values to the next.
  const [dialogKey, setDialogKey] = useState(0);
  const setEditing = (next: ChainFieldsFragment | 'new' | null) => {
    if (next) setDialogKey((key) => key + 1);
    setEditingState(next);
  };

  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;

  async function toggle(chain: ChainFieldsFragment) {
    try {
      await setActive({ variables: { id: chain.id, active: !chain.active } });
      void message.success(chain.active ? t('chains.retired') : t('chains.restored'));
    } catch (failure) {
      reportApiError(failure);
    }
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {t('chains.pageTitle')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('chains.pageDescription')}</Typography.Text>
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('chains.create')}
        </Button>
      </Flex>
      <Card>
        <Table<ChainFieldsFragment>
          rowKey="id"
          loading={loading}
          dataSource={data?.chains ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('chains.empty') }}
          columns={[
            { key: 'name', title: t('chains.name'), dataIndex: 'name' },
            {
              key: 'chainLeader',
              title: t('chains.chainLeader'),
              render: (_, c) => c.chainLeader?.name ?? '—',
            },
            {
              key: 'leadDepartment',
              title: t('chains.leadDepartment'),
              render: (_, c) => c.leadDepartment?.name ?? '—',
            },
            {
              key: 'keyParks',
              title: t('chains.keyParks'),
              render: (_, c) =>
                c.keyParks.length ? c.keyParks.map((p) => p.name).join(t('chains.separator')) : '—',
            },
            {
              key: 'active',
              title: t('chains.status'),
              render: (_, c) =>
                c.active ? (
                  <Tag color="green">{t('chains.activeYes')}</Tag>
                ) : (
                  <Tag>{t('chains.activeNo')}</Tag>
                ),
            },
            {
              key: 'actions',
              title: t('chains.actions'),
              render: (_, c) => (
                <Space size={0} wrap>
                  <Button
                    type="link"
                    size="small"
                    aria-label={t('chains.editOf', { name: c.name })}
                    onClick={() => setEditing(c)}
                  >
                    {t('chains.edit')}
                  </Button>
                  <Popconfirm
                    title={
                      c.active
                        ? t('chains.confirmRetire', { name: c.name })
                        : t('chains.confirmRestore', { name: c.name })
                    }
                    okText={t('chains.confirm')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => toggle(c)}
                  >
                    <Button
                      type="link"
                      size="small"
                      danger={c.active}
                      aria-label={
                        c.active
                          ? t('chains.retireOf', { name: c.name })
                          : t('chains.restoreOf', { name: c.name })
                      }
                    >
                      {c.active ? t('chains.retire') : t('chains.restore')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <ChainModal
        key={dialogKey}
        editing={editing}
        options={data}
        onClose={() => setEditing(null)}
      />
    </Flex>
  );
}
