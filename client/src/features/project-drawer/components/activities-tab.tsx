import { useMutation } from '@apollo/client/react';
import { ACTIVITY_KINDS, ACTIVITY_KIND_LABELS, todayIso, type ActivityKind } from '@luodi/domain';
import {
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  List,
  Select,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useBilingual, useT } from '../../../shared/i18n';
import { AddActivityDocument } from '../api/project-drawer-operations';
import type { ProjectDrawerState } from '../hooks/use-project-drawer';

interface ActivityValues {
  kind?: ActivityKind;
  happenedOn?: Dayjs | null;
  summary?: string;
}

function AddActivityForm({ state }: { state: ProjectDrawerState }) {
  const t = useT();
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const project = state.project!;
  const [form] = Form.useForm<ActivityValues>();
  const [addActivity, { loading }] = useMutation(AddActivityDocument);

  async function submit(values: ActivityValues) {
    try {
      await addActivity({
        variables: {
          projectId: project.id,
          input: {
            kind: values.kind!,
            happenedOn: values.happenedOn!.format('YYYY-MM-DD'),
            summary: values.summary!.trim(),
          },
        },
      });
      await state.refetch();
      form.resetFields();
      void message.success(t('activities.added'));
    } catch (error) {
      await state.reportWriteError(error, form);
    }
  }

  return (
    <Card size="small" title={t('activities.addTitle')}>
      <Form<ActivityValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'VISIT', happenedOn: dayjs(todayIso()) }}
      >
        <Flex gap={12}>
          <Form.Item
            name="kind"
            label={t('field.kind')}
            style={{ flex: 1 }}
            rules={[{ required: true }]}
          >
            <Select
              options={ACTIVITY_KINDS.map((kind) => ({
                value: kind,
                label: bilingual(ACTIVITY_KIND_LABELS[kind]),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="happenedOn"
            label={t('field.happenedOn')}
            style={{ flex: 1 }}
            rules={[{ required: true, message: t('activities.dateRequired') }]}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(date) => date.isAfter(dayjs(todayIso()), 'day')}
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="summary"
          label={t('field.summary')}
          rules={[{ required: true, whitespace: true, message: t('activities.summaryRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Flex justify="flex-end">
          <Button type="primary" htmlType="submit" loading={loading}>
            {t('activities.submit')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}

export function ActivitiesTab({ state }: { state: ProjectDrawerState }) {
  const t = useT();
  const bilingual = useBilingual();
  const project = state.project!;
  return (
    <Flex vertical gap={12}>
      {state.canEdit && <AddActivityForm state={state} />}
      <List
        dataSource={project.activities}
        locale={{ emptyText: t('activities.none') }}
        renderItem={(activity) => {
          const label = ACTIVITY_KIND_LABELS[activity.kind as ActivityKind];
          return (
            <List.Item>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex gap={8} align="center" wrap>
                  <Tag color="blue">{label ? bilingual(label) : activity.kind}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('activities.line', { date: activity.happenedOn, name: activity.by.name })}
                  </Typography.Text>
                </Flex>
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                  {activity.summary}
                </Typography.Paragraph>
              </Flex>
            </List.Item>
          );
        }}
      />
    </Flex>
  );
}
