import { addDays, todayIso } from '@luodi/domain';
import { Button, DatePicker, Flex, Form, Input, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../shared/i18n';
import { useNoticeActions } from '../hooks/use-notice-actions';

/** Deadlines run from today to a year ahead, as the server accepts. */
const MAX_DUE_DAYS = 366;
const disabledDue = (date: Dayjs) =>
  date.isBefore(dayjs(todayIso()), 'day') ||
  date.isAfter(dayjs(addDays(todayIso(), MAX_DUE_DAYS)), 'day');

interface ResponseValues {
  text?: string;
  dueOn?: Dayjs | null;
}

interface IssueValues {
  demand?: string;
  dueOn?: Dayjs | null;
}

/** 下发督办: what is demanded and by when. */
export function IssueNoticeForm({
  projectId,
  onDone,
}: {
  projectId: string;
  onDone?: () => unknown;
}) {
  const t = useT();
  const [form] = Form.useForm<IssueValues>();
  const actions = useNoticeActions(onDone);

  async function submit(values: IssueValues) {
    const ok = await actions.issue(
      projectId,
      { demand: values.demand!.trim(), dueOn: values.dueOn!.format('YYYY-MM-DD') },
      form,
    );
    if (ok) form.resetFields();
  }

  return (
    <Form<IssueValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ dueOn: dayjs(addDays(todayIso(), 7)) }}
    >
      <Form.Item
        name="demand"
        label={t('notices.demand')}
        rules={[{ required: true, whitespace: true, message: t('notices.demandRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('notices.demandHint')} />
      </Form.Item>
      <Flex gap={12} align="flex-end" wrap>
        <Form.Item
          name="dueOn"
          label={t('notices.dueOn')}
          rules={[{ required: true, message: t('notices.dueOnRequired') }]}
          style={{ marginBottom: 0 }}
        >
          <DatePicker disabledDate={disabledDue} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={actions.busy}>
          {t('notices.issue')}
        </Button>
      </Flex>
    </Form>
  );
}

/** The answerer's reply, or the supervisor's closing note or reason for sending back. */
export function NoticeResponseForm({
  kind,
  onSubmit,
  onCancel,
  busy,
}: {
  kind: 'reply' | 'close' | 'return';
  onSubmit: (text: string, dueOn: string | null, form: FormInstance<ResponseValues>) => unknown;
  onCancel: () => void;
  busy: boolean;
}) {
  const t = useT();
  const [form] = Form.useForm<ResponseValues>();
  const label = t(`notices.${kind}Label`);
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(values) =>
        onSubmit((values.text ?? '').trim(), values.dueOn?.format('YYYY-MM-DD') ?? null, form)
      }
    >
      <Form.Item
        name="text"
        label={label}
        rules={
          kind === 'close'
            ? []
            : [{ required: true, whitespace: true, message: t(`notices.${kind}Required`) }]
        }
      >
        <Input.TextArea rows={3} maxLength={kind === 'reply' ? 1000 : 500} showCount />
      </Form.Item>
      {kind === 'return' && (
        <Form.Item name="dueOn" label={t('notices.newDueOn')}>
          <DatePicker disabledDate={disabledDue} />
        </Form.Item>
      )}
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel}>{t('notices.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={busy} danger={kind === 'return'}>
          {t(`notices.${kind}Submit`)}
        </Button>
      </Flex>
    </Form>
  );
}
