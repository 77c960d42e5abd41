import { useLazyQuery, useMutation } from '@apollo/client/react';
import {
  CHAIN_ROLES,
  CHAIN_ROLE_LABELS,
  INVESTOR_TAGS,
  SOURCE_METHODS,
  amountError,
  creditCodeError,
  normaliseCreditCode,
} from '@luodi/domain';
import {
  Alert,
  App,
  Button,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  TreeSelect,
} from 'antd';
import type { BoardCardFragment, ChainRole, CreateProjectInput } from '../../../gql/graphql';
import { useReportApiError } from '../../../shared/api-errors';
import { useBilingual, useT } from '../../../shared/i18n';
import { CreateProjectDocument, DuplicateCandidatesDocument } from '../api/board-operations';
import { useState } from 'react';
import { useBoardOptions } from './board-filters';
import { DuplicateWarning, type DuplicateCandidate } from './duplicate-warning';

interface CreateProjectValues {
  name?: string;
  investorName?: string;
  investorCreditCode?: string;
  orgUnitId?: string;
  chainId?: string;
  chainRole?: ChainRole;
  sourceMethod?: string;
  ownerId?: string;
  plannedInvestment?: number | null;
  investorTags?: string[];
}

interface CreateProjectDrawerProps {
  open: boolean;
  viewer: { id: string; orgUnitId: string };
  onClose: () => void;
  onCreated: (project: BoardCardFragment) => void;
}

export function CreateProjectDrawer({
  open,
  viewer,
  onClose,
  onCreated,
}: CreateProjectDrawerProps) {
  const t = useT();
  return (
    <Drawer
      open={open}
      title={t('createProject.title')}
      size={520}
      onClose={onClose}
      destroyOnHidden
    >
      <CreateProjectForm viewer={viewer} onCancel={onClose} onCreated={onCreated} />
    </Drawer>
  );
}

function CreateProjectForm({
  viewer,
  onCancel,
  onCreated,
}: Omit<CreateProjectDrawerProps, 'open' | 'onClose'> & { onCancel: () => void }) {
  const t = useT();
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportApiError = useReportApiError();
  const options = useBoardOptions();
  const [form] = Form.useForm<CreateProjectValues>();
  const [createProject, { loading }] = useMutation(CreateProjectDocument);
  const [findDuplicates, { loading: checking }] = useLazyQuery(DuplicateCandidatesDocument, {
    fetchPolicy: 'network-only',
  });
  /** Shown once; saving again with the same facts means the person has read it. */
  const [duplicates, setDuplicates] = useState<{ key: string; list: DuplicateCandidate[] } | null>(
    null,
  );

  async function submit(values: CreateProjectValues) {
    const code = values.investorCreditCode?.trim();
    const input: CreateProjectInput = {
      name: values.name!.trim(),
      investorName: values.investorName!.trim(),
      investorCreditCode: code ? normaliseCreditCode(code) : null,
      orgUnitId: values.orgUnitId!,
      chainId: values.chainId!,
      chainRole: values.chainRole ?? null,
      sourceMethod: values.sourceMethod!,
      ownerId: values.ownerId ?? null,
      plannedInvestment: values.plannedInvestment ?? null,
      ...(values.investorTags?.length ? { investorTags: values.investorTags } : {}),
    };
    const key = JSON.stringify([input.investorName, input.investorCreditCode, input.name]);
    if (duplicates?.key !== key) {
      const { data: found } = await findDuplicates({
        variables: {
          investorName: input.investorName,
          investorCreditCode: input.investorCreditCode,
          projectName: input.name,
        },
      });
      const list = found?.duplicateCandidates ?? [];
      setDuplicates({ key, list });
      if (list.length > 0) return;
    }
    try {
      const { data } = await createProject({ variables: { input } });
      if (!data) return;
      void message.success(t('createProject.created', { name: data.createProject.name }));
      onCreated(data.createProject);
    } catch (error) {
      reportApiError(error, form);
    }
  }

  return (
    <>
      {options.error && (
        <Alert
          type="error"
          showIcon
          title={t('board.filter.optionsFailed')}
          action={
            <Button size="small" onClick={() => void options.refetch()}>
              {t('state.retry')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <DuplicateWarning
        candidates={duplicates?.list ?? []}
        consequence={t('duplicate.createAnyway')}
      />
      <Form<CreateProjectValues>
        form={form}
        layout="vertical"
        initialValues={{ orgUnitId: viewer.orgUnitId, ownerId: viewer.id }}
        onFinish={submit}
      >
        <Form.Item
          name="name"
          label={t('createProject.name')}
          rules={[{ required: true, whitespace: true, message: t('createProject.nameRequired') }]}
        >
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item
          name="investorName"
          label={t('createProject.investorName')}
          rules={[
            { required: true, whitespace: true, message: t('createProject.investorNameRequired') },
          ]}
        >
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item
          name="investorCreditCode"
          label={t('createProject.investorCreditCode')}
          extra={t('createProject.investorCreditCodeHelp')}
          rules={[
            {
              validator: async (_, value?: string) => {
                const error = value?.trim() ? creditCodeError(value) : null;
                if (error) throw new Error(error);
              },
            },
          ]}
        >
          <Input autoComplete="off" maxLength={24} />
        </Form.Item>
        <Form.Item name="investorTags" label={t('investor.tagsField')}>
          <Select
            mode="multiple"
            allowClear
            options={INVESTOR_TAGS.map((tag) => ({ value: tag, label: tag }))}
          />
        </Form.Item>
        <Form.Item
          name="orgUnitId"
          label={t('createProject.orgUnit')}
          rules={[{ required: true, message: t('createProject.orgUnitRequired') }]}
        >
          <TreeSelect
            treeData={options.activeUnitTree}
            loading={options.loading}
            treeDefaultExpandAll
            showSearch
            treeNodeFilterProp="title"
          />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item
            name="chainId"
            label={t('createProject.chain')}
            rules={[{ required: true, message: t('createProject.chainRequired') }]}
            style={{ flex: 1 }}
          >
            <Select
              loading={options.loading}
              showSearch={{ optionFilterProp: 'label' }}
              options={options.activeChains.map((c) => ({ value: c.id, label: c.name }))}
              notFoundContent={t('createProject.noChains')}
            />
          </Form.Item>
          <Form.Item name="chainRole" label={t('createProject.chainRole')} style={{ flex: 1 }}>
            <Select
              allowClear
              options={CHAIN_ROLES.map((role) => ({
                value: role,
                label: bilingual(CHAIN_ROLE_LABELS[role]),
              }))}
            />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item
            name="sourceMethod"
            label={t('createProject.sourceMethod')}
            rules={[{ required: true, message: t('createProject.sourceMethodRequired') }]}
            style={{ flex: 1 }}
          >
            {/* The official names are Chinese in both languages (see SOURCE_METHODS). */}
            <Select options={SOURCE_METHODS.map((method) => ({ value: method, label: method }))} />
          </Form.Item>
          <Form.Item name="ownerId" label={t('createProject.owner')} style={{ flex: 1 }}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={(options.data?.staff ?? []).map((p) => ({ value: p.id, label: p.name }))}
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="plannedInvestment"
          label={t('createProject.plannedInvestment')}
          rules={[
            {
              validator: async (_, value?: number | null) => {
                const error =
                  value === null || value === undefined
                    ? null
                    : amountError(value, { allowZero: true, label: '计划投资额' });
                if (error) throw new Error(error);
              },
            },
          ]}
        >
          <InputNumber style={{ width: '100%' }} min={0} />
        </Form.Item>
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={loading || checking}>
            {duplicates?.list.length ? t('duplicate.saveAnyway') : t('createProject.submit')}
          </Button>
        </Flex>
      </Form>
    </>
  );
}
