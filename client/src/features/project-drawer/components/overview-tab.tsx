import { EditOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import {
  CHAIN_ROLES,
  CHAIN_ROLE_LABELS,
  EVIDENCE_LABELS,
  INVESTOR_TAGS,
  INVESTOR_TAG_LABELS,
  PROJECT_STATUS_LABELS,
  SOURCE_METHOD_LABELS,
  STAGE_LABELS,
  amountError,
  choiceLabel,
  formatWan,
} from '@luodi/domain';
import {
  App,
  Button,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Tag,
  type DescriptionsProps,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ChainRole, UpdateProjectInput } from '../../../gql/graphql';
import { useBilingual, useLocale, useT } from '../../../shared/i18n';
import { UpdateProjectDocument } from '../api/project-drawer-operations';
import type { DrawerProject, ProjectDrawerState } from '../hooks/use-project-drawer';

const dash = (value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? '—' : value;

function ProjectFacts({ project }: { project: DrawerProject }) {
  const t = useT();
  const bilingual = useBilingual();
  const { locale } = useLocale();
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const evidence = (field: keyof typeof EVIDENCE_LABELS) => bilingual(EVIDENCE_LABELS[field]);
  const items: DescriptionsProps['items'] = [
    {
      key: 'code',
      label: t('field.code'),
      children: <span style={{ whiteSpace: 'nowrap' }}>{project.code}</span>,
    },
    { key: 'name', label: t('field.name'), children: project.name },
    { key: 'stage', label: t('field.stage'), children: bilingual(STAGE_LABELS[project.stage]) },
    {
      key: 'status',
      label: t('field.status'),
      children: (
        <Tag color={project.status === 'ACTIVE' ? 'green' : 'default'}>
          {bilingual(PROJECT_STATUS_LABELS[project.status])}
        </Tag>
      ),
    },
    {
      key: 'investor',
      label: t('field.investorId'),
      span: 2,
      children: (
        <Flex vertical gap={2}>
          <Link to={`/investors/${project.investor.id}`} title={t('investor.open')}>
            {project.investor.name}
          </Link>
          {project.investor.creditCode && (
            <span style={{ color: 'rgba(0, 0, 0, 0.62)' }}>{project.investor.creditCode}</span>
          )}
          {project.investor.tags.length > 0 && (
            <Flex gap={4} wrap>
              {project.investor.tags.map((tag) => (
                <Tag key={tag} color="gold">
                  {choiceLabel(INVESTOR_TAG_LABELS, tag, lang)}
                </Tag>
              ))}
            </Flex>
          )}
        </Flex>
      ),
    },
    { key: 'orgUnit', label: t('field.orgUnitId'), children: project.orgUnit.name },
    { key: 'chain', label: t('field.chainId'), children: project.chain.name },
    {
      key: 'chainRole',
      label: t('field.chainRole'),
      children: project.chainRole ? bilingual(CHAIN_ROLE_LABELS[project.chainRole]) : '—',
    },
    {
      key: 'sourceMethod',
      label: t('field.sourceMethod'),
      children: choiceLabel(SOURCE_METHOD_LABELS, project.sourceMethod, lang),
    },
    { key: 'owner', label: t('field.ownerId'), children: project.owner.name },
    {
      key: 'team',
      label: t('field.teamIds'),
      children: project.team.length
        ? project.team.map((m) => m.name).join(t('common.listSeparator'))
        : '—',
    },
    {
      key: 'leader',
      label: evidence('leaderId'),
      children: project.leader ? (
        project.leader.name
      ) : project.stage !== 'NEGOTIATING' ? (
        <span style={{ color: '#cf1322' }}>{t('drawer.noLeader')}</span>
      ) : (
        '—'
      ),
    },
    {
      key: 'plannedInvestment',
      label: t('field.plannedInvestment'),
      children: formatWan(project.plannedInvestment, lang),
    },
    {
      key: 'contracted',
      label: evidence('contractedInvestment'),
      children: formatWan(project.contractedInvestment, lang),
    },
    {
      key: 'arrived',
      label: t('drawer.arrived'),
      children: t('drawer.arrivedDetail', {
        total: formatWan(project.arrivedInvestment, lang),
        verified: formatWan(project.arrivedVerified, lang),
      }),
    },
    { key: 'contractNo', label: evidence('contractNo'), children: dash(project.contractNo) },
    { key: 'signedOn', label: evidence('signedOn'), children: dash(project.signedOn) },
    {
      key: 'plannedStartOn',
      label: evidence('plannedStartOn'),
      children: dash(project.plannedStartOn),
    },
    {
      key: 'plannedOperatingOn',
      label: evidence('plannedOperatingOn'),
      children: dash(project.plannedOperatingOn),
    },
    { key: 'landedOn', label: evidence('landedOn'), children: dash(project.landedOn) },
    {
      key: 'companyCreditCode',
      label: evidence('companyCreditCode'),
      children: dash(project.companyCreditCode),
    },
    { key: 'landArea', label: evidence('landArea'), children: dash(project.landArea) },
    {
      key: 'leasedFloorArea',
      label: evidence('leasedFloorArea'),
      children: dash(project.leasedFloorArea),
    },
    { key: 'startedOn', label: evidence('startedOn'), children: dash(project.startedOn) },
    { key: 'permitNo', label: evidence('permitNo'), children: dash(project.permitNo) },
    { key: 'operatingOn', label: evidence('operatingOn'), children: dash(project.operatingOn) },
    {
      key: 'stageEnteredOn',
      label: t('drawer.stageEnteredOn'),
      children: t('drawer.stageEnteredDetail', {
        date: project.stageEnteredOn,
        days: project.daysInStage,
      }),
    },
    ...(project.status === 'TERMINATED'
      ? [
          {
            key: 'terminatedOn',
            label: t('field.terminatedOn'),
            children: dash(project.terminatedOn),
          },
          {
            key: 'terminationReason',
            label: t('field.terminationReason'),
            children: dash(project.terminationReason),
          },
        ]
      : []),
    {
      key: 'updatedAt',
      label: t('drawer.updatedAt'),
      children: dayjs(project.updatedAt).format('YYYY-MM-DD HH:mm'),
    },
  ];
  return <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} items={items} />;
}

interface EditValues {
  name?: string;
  chainRole?: ChainRole | null;
  plannedInvestment?: number | null;
  plannedStartOn?: Dayjs | null;
  plannedOperatingOn?: Dayjs | null;
  landArea?: number | null;
  ownerId?: string;
  teamIds?: string[];
  investorTags?: string[];
}

const toDay = (date: string | null) => (date ? dayjs(date) : null);
const fromDay = (date: Dayjs | null | undefined) => (date ? date.format('YYYY-MM-DD') : null);

function amountRule(label: string) {
  return {
    validator: async (_: unknown, value?: number | null) => {
      const error =
        value === null || value === undefined
          ? null
          : amountError(value, { allowZero: true, label });
      if (error) throw new Error(error);
    },
  };
}

/** The fields updateProject accepts that differ from the project; nothing else is sent. */
export function changedInput(project: DrawerProject, values: EditValues): UpdateProjectInput {
  const input: UpdateProjectInput = {};
  const name = values.name?.trim();
  if (name !== undefined && name !== project.name) input.name = name;
  if ((values.chainRole ?? null) !== (project.chainRole ?? null))
    input.chainRole = values.chainRole ?? null;
  if ((values.plannedInvestment ?? null) !== (project.plannedInvestment ?? null)) {
    input.plannedInvestment = values.plannedInvestment ?? null;
  }
  if ((values.landArea ?? null) !== (project.landArea ?? null))
    input.landArea = values.landArea ?? null;
  const plannedStartOn = fromDay(values.plannedStartOn);
  if (plannedStartOn !== (project.plannedStartOn ?? null)) input.plannedStartOn = plannedStartOn;
  const plannedOperatingOn = fromDay(values.plannedOperatingOn);
  if (plannedOperatingOn !== (project.plannedOperatingOn ?? null))
    input.plannedOperatingOn = plannedOperatingOn;
  if (values.ownerId && values.ownerId !== project.owner.id) input.ownerId = values.ownerId;
  const teamIds = values.teamIds ?? [];
  if (teamIds.join(',') !== project.team.map((m) => m.id).join(',')) input.teamIds = teamIds;
  const tags = INVESTOR_TAGS.filter((tag) =>
    (values.investorTags ?? project.investor.tags).includes(tag),
  );
  if (tags.join(',') !== project.investor.tags.join(',')) input.investorTags = tags;
  return input;
}

function EditForm({ state, onDone }: { state: ProjectDrawerState; onDone: () => void }) {
  const t = useT();
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const project = state.project!;
  const [form] = Form.useForm<EditValues>();
  const [updateProject, { loading }] = useMutation(UpdateProjectDocument);
  const staff = [...(state.people?.staff ?? [])];
  for (const person of [project.owner, ...project.team]) {
    if (!staff.some((s) => s.id === person.id)) staff.push(person);
  }

  async function save(values: EditValues) {
    const input = changedInput(project, values);
    if (Object.keys(input).length === 0) {
      onDone();
      return;
    }
    try {
      await updateProject({ variables: { id: project.id, version: project.version, input } });
      void message.success(t('drawer.saved'));
      onDone();
    } catch (error) {
      if (await state.reportWriteError(error, form)) onDone();
    }
  }

  return (
    <Form<EditValues>
      form={form}
      layout="vertical"
      onFinish={save}
      initialValues={{
        name: project.name,
        chainRole: project.chainRole ?? null,
        plannedInvestment: project.plannedInvestment,
        plannedStartOn: toDay(project.plannedStartOn ?? null),
        plannedOperatingOn: toDay(project.plannedOperatingOn ?? null),
        landArea: project.landArea,
        ownerId: project.owner.id,
        teamIds: project.team.map((m) => m.id),
        investorTags: project.investor.tags,
      }}
    >
      <Form.Item
        name="name"
        label={t('field.name')}
        rules={[{ required: true, whitespace: true, message: t('createProject.nameRequired') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item name="chainRole" label={t('field.chainRole')} style={{ flex: 1 }}>
          <Select
            allowClear
            options={CHAIN_ROLES.map((role) => ({
              value: role,
              label: bilingual(CHAIN_ROLE_LABELS[role]),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="plannedInvestment"
          label={t('drawer.plannedInvestmentWan')}
          rules={[amountRule('计划投资额')]}
          style={{ flex: 1 }}
        >
          <InputNumber style={{ width: '100%' }} min={0} />
        </Form.Item>
      </Flex>
      <Flex gap={12}>
        <Form.Item
          name="plannedStartOn"
          label={bilingual(EVIDENCE_LABELS.plannedStartOn)}
          style={{ flex: 1 }}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="plannedOperatingOn"
          label={bilingual(EVIDENCE_LABELS.plannedOperatingOn)}
          style={{ flex: 1 }}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="landArea"
        label={bilingual(EVIDENCE_LABELS.landArea)}
        rules={[amountRule('用地面积')]}
      >
        <InputNumber style={{ width: '100%' }} min={0} />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item name="ownerId" label={t('field.ownerId')} style={{ flex: 1 }}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={staff.map((person) => ({ value: person.id, label: person.name }))}
          />
        </Form.Item>
        <Form.Item name="teamIds" label={t('field.teamIds')} style={{ flex: 1 }}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={staff.map((person) => ({ value: person.id, label: person.name }))}
          />
        </Form.Item>
      </Flex>
      <Form.Item name="investorTags" label={t('investor.tagsField')} extra={t('investor.tagsHelp')}>
        <Select
          mode="multiple"
          allowClear
          options={INVESTOR_TAGS.map((tag) => ({ value: tag, label: tag }))}
        />
      </Form.Item>
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}

export function OverviewTab({ state }: { state: ProjectDrawerState }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const project = state.project!;
  if (editing && state.canEdit) {
    return <EditForm key={project.version} state={state} onDone={() => setEditing(false)} />;
  }
  return (
    <Flex vertical gap={12}>
      {state.canEdit && (
        <Flex justify="flex-end">
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        </Flex>
      )}
      <ProjectFacts project={project} />
    </Flex>
  );
}
