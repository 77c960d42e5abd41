import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Descriptions, Flex, Form, Select, Typography } from 'antd';
import { useT } from '../../../shared/i18n';
import { UpdateProjectDocument } from '../api/project-drawer-operations';
import type { ProjectDrawerState } from '../hooks/use-project-drawer';

interface LeaderValues {
  leaderId?: string | null;
}

/** 包抓领导: exactly one from 签约 on ("一个项目、一名领导、一套班子、一抓到底"). */
export function LeaderTab({ state }: { state: ProjectDrawerState }) {
  const t = useT();
  const { message } = App.useApp();
  const project = state.project!;
  const [form] = Form.useForm<LeaderValues>();
  const [updateProject, { loading }] = useMutation(UpdateProjectDocument);
  const leaders = [...(state.people?.leaders ?? [])];
  if (project.leader && !leaders.some((leader) => leader.id === project.leader!.id))
    leaders.push(project.leader);
  const signed = project.stage !== 'NEGOTIATING';

  async function save({ leaderId }: LeaderValues) {
    if ((leaderId ?? null) === (project.leader?.id ?? null)) return;
    try {
      await updateProject({
        variables: {
          id: project.id,
          version: project.version,
          input: { leaderId: leaderId ?? null },
        },
      });
      void message.success(t('leader.saved'));
    } catch (error) {
      if (await state.reportWriteError(error, form)) form.resetFields();
    }
  }

  return (
    <Flex vertical gap={16}>
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          {
            key: 'leader',
            label: t('leader.current'),
            children: project.leader ? (
              project.leader.name
            ) : signed ? (
              <Typography.Text type="danger">{t('drawer.noLeader')}</Typography.Text>
            ) : (
              t('leader.none')
            ),
          },
        ]}
      />
      <Typography.Text type="secondary">{t('leader.rule')}</Typography.Text>
      {state.canEdit ? (
        <Form<LeaderValues>
          key={project.version}
          form={form}
          layout="vertical"
          onFinish={save}
          initialValues={{ leaderId: project.leader?.id ?? null }}
        >
          <Form.Item
            name="leaderId"
            label={t('leader.change')}
            rules={signed ? [{ required: true, message: t('leader.required') }] : []}
          >
            <Select
              allowClear={!signed}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('leader.choose')}
              options={leaders.map((leader) => ({ value: leader.id, label: leader.name }))}
              notFoundContent={t('leader.noneAvailable')}
            />
          </Form.Item>
          <Flex justify="flex-end">
            <Button type="primary" htmlType="submit" loading={loading}>
              {t('common.save')}
            </Button>
          </Flex>
        </Form>
      ) : (
        <Alert type="info" showIcon title={t('drawer.readOnly')} />
      )}
    </Flex>
  );
}
