import { useMutation } from '@apollo/client/react';
import { BLOCKER_CATEGORIES, addDays, todayIso } from '@luodi/domain';
import { App, Button, Card, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useReportApiError } from '../../../shared/api-errors';
import { useT } from '../../../shared/i18n';
import { RaiseBlockerDocument } from '../api/blocker-operations';

interface RaiseValues {
  category?: string;
  departmentId?: string;
  description?: string;
  dueOn?: Dayjs | null;
}

/** The usual time a department is given to settle a factor problem. */
const DEFAULT_DUE_DAYS = 15;

/** 交办: a problem of the project handed to a 责任部门 with a due date. */
export function RaiseBlockerForm({
  projectId,
  departments,
  onRaised,
}: {
  projectId: string;
  departments: readonly { id: string; name: string; contactPerson?: string | null }[];
  onRaised: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const reportApiError = useReportApiError();
  const [form] = Form.useForm<RaiseValues>();
  const [raise, { loading }] = useMutation(RaiseBlockerDocument);

  async function submit(values: RaiseValues) {
    try {
      await raise({
        variables: {
          input: {
            projectId,
            category: values.category!,
            departmentId: values.departmentId!,
            description: values.description!.trim(),
            dueOn: values.dueOn!.format('YYYY-MM-DD'),
          },
        },
      });
      form.resetFields();
      void message.success(t('blockers.raise.done'));
      onRaised();
    } catch (error) {
      reportApiError(error, form);
    }
  }

  return (
    <Card size="small" title={t('blockers.raise.title')}>
      <Form<RaiseValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ dueOn: dayjs(addDays(todayIso(), DEFAULT_DUE_DAYS)) }}
      >
        <Flex gap={12} wrap>
          <Form.Item
            name="category"
            label={t('blockers.category')}
            style={{ flex: '1 1 120px' }}
            rules={[{ required: true, message: t('blockers.categoryRequired') }]}
          >
            <Select
              options={BLOCKER_CATEGORIES.map((category) => ({ value: category, label: category }))}
            />
          </Form.Item>
          <Form.Item
            name="departmentId"
            label={t('blockers.department')}
            style={{ flex: '1 1 160px' }}
            rules={[{ required: true, message: t('blockers.departmentRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={departments.map((department) => ({
                value: department.id,
                label: department.name,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="dueOn"
            label={t('blockers.dueOn')}
            style={{ flex: '1 1 140px' }}
            rules={[{ required: true, message: t('blockers.dueOnRequired') }]}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(date) => date.isBefore(dayjs(todayIso()), 'day')}
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="description"
          label={t('blockers.description')}
          rules={[{ required: true, whitespace: true, message: t('blockers.descriptionRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
        <Flex justify="flex-end">
          <Button type="primary" htmlType="submit" loading={loading}>
            {t('blockers.raise.submit')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
