import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Select } from 'antd';
import { readApiError, useReportApiError } from '../../../shared/api-errors';
import { useT } from '../../../shared/i18n';
import {
  EscalateBlockerDocument,
  ReopenBlockerDocument,
  ResolveBlockerDocument,
} from '../api/blocker-operations';

export type BlockerAction = 'resolve' | 'escalate' | 'reopen';

interface ActionValues {
  note?: string;
  leaderId?: string;
}

export interface BlockerActionModalProps {
  action: BlockerAction | null;
  blocker: { id: string; version: number; description: string } | null;
  leaders: readonly { id: string; name: string }[];
  onClose: () => void;
  /** After a write, or after a conflict showed that someone else wrote first. */
  onChanged: () => void;
}

/** 销号 with a note, 提请领导协调 with the leader who takes it, or reopen with a reason. */
export function BlockerActionModal({
  action,
  blocker,
  leaders,
  onClose,
  onChanged,
}: BlockerActionModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const reportApiError = useReportApiError();
  const [form] = Form.useForm<ActionValues>();
  const [resolve, resolving] = useMutation(ResolveBlockerDocument);
  const [escalate, escalating] = useMutation(EscalateBlockerDocument);
  const [reopen, reopening] = useMutation(ReopenBlockerDocument);
  const loading = resolving.loading || escalating.loading || reopening.loading;

  async function submit(values: ActionValues) {
    if (!blocker || !action) return;
    const target = { id: blocker.id, version: blocker.version };
    const note = values.note?.trim() ?? '';
    try {
      if (action === 'resolve') await resolve({ variables: { ...target, note } });
      if (action === 'escalate') {
        await escalate({ variables: { ...target, note, leaderId: values.leaderId! } });
      }
      if (action === 'reopen') await reopen({ variables: { ...target, reason: note } });
      void message.success(t(`blockers.${action}.done`));
      form.resetFields();
      onChanged();
      onClose();
    } catch (error) {
      if (readApiError(error).code === 'CONFLICT') {
        void message.warning(t('blockers.conflict'));
        onChanged();
        onClose();
        return;
      }
      // The reopen reason travels as `reason`; its form field is `note`.
      const fields = readApiError(error).fields;
      if (fields.reason) form.setFields([{ name: 'note', errors: [fields.reason] }]);
      reportApiError(error, form);
    }
  }

  return (
    <Modal
      open={Boolean(action && blocker)}
      title={action ? t(`blockers.${action}.title`) : undefined}
      okText={action ? t(`blockers.${action}.submit`) : undefined}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={() => {
        form.resetFields();
        onClose();
      }}
      destroyOnHidden
    >
      <p style={{ color: 'rgba(0,0,0,0.55)' }}>{blocker?.description}</p>
      <Form<ActionValues> form={form} layout="vertical" onFinish={submit} preserve={false}>
        {action === 'escalate' && (
          <Form.Item
            name="leaderId"
            label={t('blockers.escalate.leader')}
            rules={[{ required: true, message: t('blockers.escalate.leaderRequired') }]}
          >
            <Select
              options={leaders.map((leader) => ({ value: leader.id, label: leader.name }))}
              placeholder={t('blockers.escalate.leaderPlaceholder')}
            />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={action ? t(`blockers.${action}.note`) : undefined}
          rules={[{ required: true, whitespace: true, message: t('blockers.noteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
