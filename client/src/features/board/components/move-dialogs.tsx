import {
  EVIDENCE_LABELS,
  STAGE_LABELS,
  stagesUndone,
  todayIso,
  type EvidenceField,
} from '@luodi/domain';
import {
  Alert,
  DatePicker,
  Divider,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Typography,
  type FormInstance,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { Role, StageEvidenceInput } from '../../../gql/graphql';
import { useBilingual, useT } from '../../../shared/i18n';
import { DuplicateCandidatesDocument } from '../api/board-operations';
import type { PendingMove } from '../hooks/use-card-moves';
import { DuplicateWarning } from './duplicate-warning';
import {
  EVIDENCE_INPUT_KIND,
  checkEvidence,
  evidenceSections,
  initialEvidenceValues,
  isMarkedRequired,
  reasonError,
  type EvidenceFormValues,
} from './evidence-form-model';

type AnyForm = FormInstance<any>;

interface DialogProps {
  move: PendingMove;
  role: Role;
  submitting: boolean;
  onCancel: () => void;
  onSubmit: (
    input: { evidence?: StageEvidenceInput; reason?: string },
    form: AnyForm,
  ) => Promise<void>;
}

const afterToday = (date: Dayjs) => date.isAfter(dayjs(todayIso()), 'day');

/** The control for one field; Form.Item hands it id, value and onChange, passed on as they come. */
function EvidenceInput({
  field,
  leaders,
  ...control
}: {
  field: EvidenceField;
  leaders: readonly { id: string; name: string }[];
  id?: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
}) {
  const t = useT();
  // Each antd control types its value its own way; Form.Item checks nothing of it either.
  const props = control as Record<string, never>;
  switch (EVIDENCE_INPUT_KIND[field]) {
    case 'pastDate':
      return <DatePicker {...props} style={{ width: '100%' }} disabledDate={afterToday} />;
    case 'plannedDate':
      return <DatePicker {...props} style={{ width: '100%' }} />;
    case 'amount':
    case 'area':
      return <InputNumber {...props} style={{ width: '100%' }} min={0} step={1} />;
    case 'leader':
      return (
        <Select
          {...props}
          placeholder={t('evidence.chooseLeader')}
          showSearch={{ optionFilterProp: 'label' }}
          options={leaders.map((leader) => ({ value: leader.id, label: leader.name }))}
          notFoundContent={t('evidence.noLeaders')}
        />
      );
    case 'longText':
      return <Input.TextArea {...props} rows={2} maxLength={2000} />;
    default:
      return <Input {...props} autoComplete="off" maxLength={64} />;
  }
}

/** Asks for exactly the evidence the stages passed require, checked with the domain rules. */
export function EvidenceDialog({
  move,
  role,
  submitting,
  onCancel,
  onSubmit,
  leaders,
}: DialogProps & { leaders: readonly { id: string; name: string }[] }) {
  const t = useT();
  const bilingual = useBilingual();
  const [form] = Form.useForm<EvidenceFormValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const sections = evidenceSections(move.from.stage, move.to.stage);
  const [initialValues] = useState(() => initialEvidenceValues(move.card, move.to.stage));
  const skipping = sections.length > 1;
  // Signing is when an investment is counted: warn if another live project may count it too.
  const signing = move.from.stage === 'NEGOTIATING';
  const duplicates = useQuery(DuplicateCandidatesDocument, {
    variables: { projectId: move.card.id },
    skip: !signing,
    fetchPolicy: 'network-only',
  });

  async function submit() {
    setProblem(null);
    const values = form.getFieldsValue(true) as EvidenceFormValues;
    const check = checkEvidence({
      card: move.card,
      to: move.to.stage,
      values,
      role,
      today: todayIso(),
    });
    if (!check.ok) {
      form.setFields(
        sections
          .flatMap((section) => section.fields)
          .map((name) => ({
            name,
            errors: check.fieldErrors[name] ? [check.fieldErrors[name]] : [],
          })),
      );
      setProblem(check.message);
      return;
    }
    await onSubmit({ evidence: check.evidence }, form);
  }

  return (
    <Modal
      open
      title={t('evidence.title', {
        name: move.card.name,
        stage: bilingual(STAGE_LABELS[move.to.stage]),
      })}
      okText={t('evidence.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={submitting}
      onOk={() => void submit()}
      onCancel={onCancel}
      maskClosable={false}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph type="secondary">
        {t(skipping ? 'evidence.descriptionSkipping' : 'evidence.description', {
          from: bilingual(STAGE_LABELS[move.from.stage]),
          to: bilingual(STAGE_LABELS[move.to.stage]),
        })}
      </Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <DuplicateWarning
        candidates={duplicates.data?.duplicateCandidates ?? []}
        consequence={t('duplicate.signAnyway')}
      />
      <Form<EvidenceFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={() => void submit()}
        onValuesChange={(changed) =>
          form.setFields(
            Object.keys(changed).map((name) => ({ name: name as EvidenceField, errors: [] })),
          )
        }
      >
        {sections.map((section) => (
          <div key={section.stage}>
            {skipping && (
              <Divider titlePlacement="start" plain>
                {t('evidence.section', { stage: bilingual(STAGE_LABELS[section.stage]) })}
              </Divider>
            )}
            {section.stage === 'LANDED' && (
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {t('evidence.hint.space')}
              </Typography.Paragraph>
            )}
            {section.stage === 'STARTED' && (
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {t('evidence.hint.start')}
              </Typography.Paragraph>
            )}
            {section.fields.map((field) => (
              <Form.Item
                key={field}
                name={field}
                label={bilingual(EVIDENCE_LABELS[field])}
                required={isMarkedRequired(field, move.to.stage)}
              >
                <EvidenceInput field={field} leaders={leaders} />
              </Form.Item>
            ))}
          </div>
        ))}
        {/* Enter in a text field submits, like the OK button. */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}

interface ReasonValues {
  reason?: string;
}

/** A correction backward: the reason goes into the stage history and the audit log. */
export function ReasonDialog({ move, role, submitting, onCancel, onSubmit }: DialogProps) {
  const t = useT();
  const bilingual = useBilingual();
  const [form] = Form.useForm<ReasonValues>();
  const undone = stagesUndone(move.from.stage, move.to.stage)
    .map((stage) => bilingual(STAGE_LABELS[stage]))
    .join(t('common.listSeparator'));

  async function submit() {
    const { reason } = form.getFieldsValue();
    const error = reasonError({
      card: move.card,
      to: move.to.stage,
      reason,
      role,
      today: todayIso(),
    });
    if (error) {
      form.setFields([{ name: 'reason', errors: [error] }]);
      return;
    }
    await onSubmit({ reason: reason?.trim() }, form);
  }

  return (
    <Modal
      open
      title={t('reason.title', {
        name: move.card.name,
        stage: bilingual(STAGE_LABELS[move.to.stage]),
      })}
      okText={t('reason.submit')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={submitting}
      onOk={() => void submit()}
      onCancel={onCancel}
      maskClosable={false}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('reason.description', { stages: undone })}
      </Typography.Paragraph>
      <Form<ReasonValues> form={form} layout="vertical">
        <Form.Item name="reason" label={t('reason.label')}>
          <Input.TextArea rows={3} maxLength={500} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
