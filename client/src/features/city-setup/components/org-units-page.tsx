import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { ORG_UNIT_KINDS, ORG_UNIT_PARENT_KINDS, type OrgUnitKind } from '@luodi/domain';
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
  TreeSelect,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import type { OrgUnitsAdminQuery } from '../../../gql/graphql';
import { useReportApiError } from '../../../shared/api-errors';
import { useT } from '../../../shared/i18n';
import {
  buildOrgUnitTree,
  OrgKindTag,
  orgKindLabel,
  orgUnitOptions,
  type OrgUnitOption,
  type OrgUnitTreeNode,
} from '../../../shared/org-units';
import { PageError } from '../../../shared/ui/page-states';
import {
  CreateOrgUnitDocument,
  OrgUnitsAdminDocument,
  SetOrgUnitActiveDocument,
  UpdateOrgUnitDocument,
} from '../api/city-setup-operations';

type Unit = OrgUnitsAdminQuery['orgUnits'][number];

interface UnitRow {
  key: string;
  unit: Unit;
  children?: UnitRow[];
}

interface UnitValues {
  name?: string;
  kind?: OrgUnitKind;
  parentId?: string | null;
}

/** What the dialog is doing: adding (under a parent, maybe none) or editing a unit. */
type Editing = { mode: 'create'; parentId: string | null } | { mode: 'edit'; unit: Unit } | null;

function toRows(nodes: OrgUnitTreeNode<Unit>[]): UnitRow[] {
  return nodes.map(({ unit, children }) => ({
    key: unit.id,
    unit,
    ...(children.length ? { children: toRows(children) } : {}),
  }));
}

/** Tree options without the unit itself and its subtree (a unit cannot go under itself). */
function withoutSubtree(options: OrgUnitOption[], id: string | null): OrgUnitOption[] {
  return options
    .filter((option) => option.value !== id)
    .map((option) => ({ ...option, children: withoutSubtree(option.children, id) }));
}

function UnitModal({
  editing,
  units,
  onClose,
}: {
  editing: Editing;
  units: Unit[];
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const reportApiError = useReportApiError();
  const [form] = Form.useForm<UnitValues>();
  const [create, creating] = useMutation(CreateOrgUnitDocument, {
    refetchQueries: [OrgUnitsAdminDocument],
    awaitRefetchQueries: true,
  });
  const [update, updating] = useMutation(UpdateOrgUnitDocument, {
    refetchQueries: [OrgUnitsAdminDocument],
    awaitRefetchQueries: true,
  });
  const existing = editing?.mode === 'edit' ? editing.unit : null;
  const parentOptions = useMemo(
    () =>
      withoutSubtree(
        orgUnitOptions(
          units.filter((unit) => unit.active || unit.id === existing?.parent?.id),
          t,
        ),
        existing?.id ?? null,
      ),
    [units, existing, t],
  );
  const parentId = Form.useWatch('parentId', form);
  const parentKind = units.find((unit) => unit.id === parentId)?.kind ?? null;
  // Only the kinds that may sit under the chosen parent (the 市 only at the top).
  const kinds = ORG_UNIT_KINDS.filter((kind) =>
    parentKind
      ? (ORG_UNIT_PARENT_KINDS[kind] as readonly string[]).includes(parentKind)
      : ORG_UNIT_PARENT_KINDS[kind].length === 0,
  );
  const defaultKind = (parent: string | null): OrgUnitKind | undefined => {
    const kind = units.find((unit) => unit.id === parent)?.kind;
    if (kind === 'CITY') return 'COUNTY';
    if (kind === 'COUNTY') return 'PARK';
    if (kind === 'PARK') return 'TOWNSHIP';
    return parent ? undefined : 'CITY';
  };

  async function submit(values: UnitValues) {
    const input = {
      name: values.name?.trim() ?? '',
      kind: values.kind ?? '',
      parentId: values.parentId ?? null,
    };
    try {
      if (existing) await update({ variables: { id: existing.id, input } });
      else await create({ variables: { input } });
      void message.success(t('orgUnits.saved'));
      onClose();
    } catch (error) {
      reportApiError(error, form);
    }
  }

  const initialParent =
    editing?.mode === 'edit' ? (editing.unit.parent?.id ?? null) : (editing?.parentId ?? null);
  return (
    <Modal
      open={editing !== null}
      title={existing ? t('orgUnits.edit') : t('orgUnits.create')}
      okText={t('orgUnits.save')}
      cancelText={t('common.cancel')}
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<UnitValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{
          name: existing?.name,
          kind: (existing?.kind as OrgUnitKind | undefined) ?? defaultKind(initialParent),
          parentId: initialParent,
        }}
      >
        <Form.Item
          name="name"
          label={t('orgUnits.name')}
          rules={[{ required: true, whitespace: true, message: t('orgUnits.nameRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="parentId"
          label={t('orgUnits.parent')}
          extra={existing ? t('orgUnits.moveHelp') : undefined}
        >
          <TreeSelect
            allowClear={!units.length || existing?.parent === null}
            treeDefaultExpandAll
            treeData={parentOptions}
            placeholder={t('orgUnits.parentNone')}
            onChange={(value: string | null) => {
              const kind = form.getFieldValue('kind') as OrgUnitKind | undefined;
              const parent = units.find((unit) => unit.id === value)?.kind;
              if (
                !kind ||
                !(parent && (ORG_UNIT_PARENT_KINDS[kind] as readonly string[]).includes(parent))
              )
                form.setFieldValue('kind', defaultKind(value ?? null));
            }}
          />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('orgUnits.kind')}
          rules={[{ required: true, message: t('orgUnits.kindRequired') }]}
        >
          <Select options={kinds.map((kind) => ({ value: kind, label: orgKindLabel(kind, t) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 设置 → 组织机构 (ADMIN): the tree of 市, 县市区, 园区 and 乡镇/街道 that owns projects. */
export function OrgUnitsPage() {
  const t = useT();
  const { message } = App.useApp();
  const reportApiError = useReportApiError();
  const { data, loading, error, refetch } = useQuery(OrgUnitsAdminDocument);
  const [setActive] = useMutation(SetOrgUnitActiveDocument);
  const [editing, setEditingState] = useState<Editing>(null);
  // A fresh dialog for every opening: a closing one must not lend its values to the next.
  const [dialogKey, setDialogKey] = useState(0);
  const setEditing = (next: Editing) => {
    if (next) setDialogKey((key) => key + 1);
    setEditingState(next);
  };
  const units = useMemo(() => data?.orgUnits ?? [], [data]);
  const rows = useMemo(() => toRows(buildOrgUnitTree(units)), [units]);

  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;

  async function toggle(unit: Unit) {
    try {
      await setActive({ variables: { id: unit.id, active: !unit.active } });
      void message.success(unit.active ? t('orgUnits.deactivated') : t('orgUnits.activated'));
    } catch (failure) {
      reportApiError(failure);
    }
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {t('orgUnits.pageTitle')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('orgUnits.pageDescription')}</Typography.Text>
        </div>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ mode: 'create', parentId: rows[0]?.unit.id ?? null })}
        >
          {t('orgUnits.create')}
        </Button>
      </Flex>
      <Card>
        {rows.length > 0 && (
          <Table<UnitRow>
            key={units.length}
            rowKey="key"
            loading={loading}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 'max-content' }}
            expandable={{ defaultExpandAllRows: true, indentSize: 20 }}
            columns={[
              {
                key: 'name',
                title: t('orgUnits.name'),
                render: (_, { unit }) => (
                  <span style={unit.active ? undefined : { color: 'rgba(0, 0, 0, 0.55)' }}>
                    {unit.name}
                  </span>
                ),
              },
              {
                key: 'kind',
                title: t('orgUnits.kind'),
                render: (_, { unit }) => <OrgKindTag kind={unit.kind} />,
              },
              {
                key: 'active',
                title: t('orgUnits.status'),
                render: (_, { unit }) =>
                  unit.active ? (
                    <Tag color="green">{t('orgUnits.activeYes')}</Tag>
                  ) : (
                    <Tag>{t('orgUnits.activeNo')}</Tag>
                  ),
              },
              {
                key: 'actions',
                title: t('orgUnits.actions'),
                render: (_, { unit }) => (
                  <Space size={0} wrap>
                    {unit.active && unit.kind !== 'TOWNSHIP' && (
                      <Button
                        type="link"
                        size="small"
                        aria-label={t('orgUnits.addChildOf', { name: unit.name })}
                        onClick={() => setEditing({ mode: 'create', parentId: unit.id })}
                      >
                        {t('orgUnits.addChild')}
                      </Button>
                    )}
                    <Button
                      type="link"
                      size="small"
                      aria-label={t('orgUnits.editOf', { name: unit.name })}
                      onClick={() => setEditing({ mode: 'edit', unit })}
                    >
                      {t('orgUnits.edit')}
                    </Button>
                    {unit.parent && (
                      <Popconfirm
                        title={
                          unit.active
                            ? t('orgUnits.confirmDeactivate', { name: unit.name })
                            : t('orgUnits.confirmActivate', { name: unit.name })
                        }
                        okText={t('orgUnits.confirm')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => toggle(unit)}
                      >
                        <Button
                          type="link"
                          size="small"
                          danger={unit.active}
                          aria-label={
                            unit.active
                              ? t('orgUnits.deactivateOf', { name: unit.name })
                              : t('orgUnits.activateOf', { name: unit.name })
                          }
                        >
                          {unit.active ? t('orgUnits.deactivate') : t('orgUnits.activate')}
                        </Button>
                      </Popconfirm>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      <UnitModal key={dialogKey} editing={editing} units={units} onClose={() => setEditing(null)} />
    </Flex>
  );
}
