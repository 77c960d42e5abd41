import { useMutation } from '@apollo/client/react';
import { cleanText } from '@luodi/domain';
import { Alert, App, Button, Descriptions, Flex, Form, Input, Popconfirm, Typography } from 'antd';
import { useT } from '../../../shared/i18n';
import { TerminateProjectDocument } from '../api/project-drawer-operations';
import type { ProjectDrawerState } from '../hooks/use-project-drawer';

interface TerminateValues {
  reason?: string;
}

export function TerminateTab({
  state,
  onTerminated,
}: {
  state: ProjectDrawerState;
  onTerminated: (id: string) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const project = state.project!;
  const [form] = Form.useForm<TerminateValues>();
  const [terminate, { loading }] = useMutation(TerminateProjectDocument);

  if (project.status === 'TERMINATED') {
    return (
      <Descriptions
        size="small"
        bordered
        column={1}
        items={[
          { key: 'on', label: t('field.terminatedOn'), children: project.terminatedOn },
          {
            key: 'reason',
            label: t('field.terminationReason'),
            children: project.terminationReason,
          },
        ]}
      />
    );
  }
  if (!state.canEdit) return <Alert type="info" showIcon title={t('terminate.notAllowed')} />;

  async function confirm() {
    let values: TerminateValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    try {
      await terminate({
        variables: { id: project.id, version: project.version, reason: values.reason!.trim() },
      });
      void message.success(t('terminate.done', { name: project.name }));
      onTerminated(project.id);
    } catch (error) {
      await state.reportWriteError(error, form);
    }
  }

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary">{t('terminate.description')}</Typography.Paragraph>
      <Form<TerminateValues> form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('field.terminationReason')}
          rules={[
            {
              validator: async (_, value?: string) => {
                const { error } = cleanText(value, 'reason', {
                  required: true,
                  max: 500,
                  label: '终止原因',
                });
                if (error) throw new Error(t('terminate.reasonRequired'));
              },
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
      <Flex justify="flex-end">
        <Popconfirm
          title={t('terminate.confirm', { name: project.name })}
          okButtonProps={{ danger: true }}
          onConfirm={confirm}
        >
          <Button danger loading={loading}>
            {t('terminate.submit')}
          </Button>
        </Popconfirm>
      </Flex>
    </Flex>
  );
}
