import { useMutation } from '@apollo/client/react';
import { amountError, formatWan, fromCents, toCents, todayIso } from '@luodi/domain';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Popconfirm,
  Progress,
  Statistic,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useLocale, useT } from '../../../shared/i18n';
import {
  RecordCapitalArrivalDocument,
  RejectCapitalArrivalDocument,
  VerifyCapitalArrivalDocument,
} from '../api/project-drawer-operations';
import type { DrawerProject, ProjectDrawerState } from '../hooks/use-project-drawer';

type Arrival = DrawerProject['capitalArrivals'][number];

interface ArrivalValues {
  amount?: number | null;
  arrivedOn?: Dayjs | null;
  voucherNo?: string;
}

/** 核查否定: the supervisor says why; the money stops counting as arrived. */
function RejectArrivalModal({
  arrival,
  state,
  onClose,
}: {
  arrival: Arrival | null;
  state: ProjectDrawerState;
  onClose: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [reject, { loading }] = useMutation(RejectCapitalArrivalDocument);

  async function submit({ reason }: { reason: string }) {
    try {
      await reject({ variables: { id: arrival!.id, reason: reason.trim() } });
      await state.refetch();
      form.resetFields();
      onClose();
      void message.success(t('arrivals.rejectedDone'));
    } catch (error) {
      await state.reportWriteError(error, form);
    }
  }

  return (
    <Modal
      open={arrival !== null}
      title={
        arrival &&
        t('arrivals.rejectTitle', {
          amount: formatWan(arrival.amount, locale === 'zh-CN' ? 'zh' : 'en'),
          voucher: arrival.voucherNo,
        })
      }
      okText={t('arrivals.reject')}
      okButtonProps={{ danger: true, loading }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('arrivals.rejectHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('arrivals.rejectReason')}
          rules={[
            { required: true, whitespace: true, message: t('arrivals.rejectReasonRequired') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ArrivalList({
  title,
  arrivals,
  state,
}: {
  title: string;
  arrivals: Arrival[];
  state: ProjectDrawerState;
}) {
  const t = useT();
  const { locale } = useLocale();
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const { message } = App.useApp();
  const [verify, { loading }] = useMutation(VerifyCapitalArrivalDocument);
  const [rejecting, setRejecting] = useState<Arrival | null>(null);

  async function confirmVerify(arrival: Arrival) {
    try {
      await verify({ variables: { id: arrival.id } });
      await state.refetch();
      void message.success(t('arrivals.verifiedDone'));
    } catch (error) {
      await state.reportWriteError(error);
    }
  }

  return (
    <Card size="small" title={title}>
      <List
        size="small"
        dataSource={arrivals}
        locale={{ emptyText: t('arrivals.none') }}
        renderItem={(arrival) => (
          <List.Item
            actions={
              state.canVerify && !arrival.verified && !arrival.rejected
                ? [
                    <Button
                      key="reject"
                      type="link"
                      size="small"
                      danger
                      onClick={() => setRejecting(arrival)}
                    >
                      {t('arrivals.reject')}
                    </Button>,
                    <Popconfirm
                      key="verify"
                      title={t('arrivals.verifyConfirm', {
                        amount: formatWan(arrival.amount, lang),
                      })}
                      onConfirm={() => confirmVerify(arrival)}
                    >
                      <Button type="link" size="small" loading={loading}>
                        {t('arrivals.verify')}
                      </Button>
                    </Popconfirm>,
                  ]
                : undefined
            }
          >
            <Flex vertical gap={0} style={{ minWidth: 0 }}>
              <Typography.Text strong>{formatWan(arrival.amount, lang)}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('arrivals.line', {
                  date: arrival.arrivedOn,
                  voucher: arrival.voucherNo,
                  name: arrival.recordedBy.name,
                })}
              </Typography.Text>
              {arrival.rejected && (
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {t('arrivals.rejectedBecause', { reason: arrival.rejectionReason ?? '' })}
                </Typography.Text>
              )}
            </Flex>
          </List.Item>
        )}
      />
      <RejectArrivalModal arrival={rejecting} state={state} onClose={() => setRejecting(null)} />
    </Card>
  );
}

function RecordArrivalForm({ state }: { state: ProjectDrawerState }) {
  const t = useT();
  const { message } = App.useApp();
  const project = state.project!;
  const [form] = Form.useForm<ArrivalValues>();
  const [record, { loading }] = useMutation(RecordCapitalArrivalDocument);

  async function submit(values: ArrivalValues) {
    try {
      await record({
        variables: {
          projectId: project.id,
          input: {
            amount: values.amount!,
            arrivedOn: values.arrivedOn!.format('YYYY-MM-DD'),
            voucherNo: values.voucherNo!.trim(),
          },
        },
      });
      // The project's totals and flags change with it; the board card reads them from the cache.
      await state.refetch();
      form.resetFields();
      void message.success(t('arrivals.recorded'));
    } catch (error) {
      await state.reportWriteError(error, form);
    }
  }

  return (
    <Card size="small" title={t('arrivals.recordTitle')}>
      <Form<ArrivalValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ arrivedOn: dayjs(todayIso()) }}
      >
        <Flex gap={12} wrap>
          <Form.Item
            name="amount"
            label={t('arrivals.amount')}
            style={{ flex: '1 1 140px' }}
            rules={[
              { required: true, message: t('arrivals.amountRequired') },
              {
                validator: async (_, value?: number | null) => {
                  const error = value === null || value === undefined ? null : amountError(value);
                  if (error) throw new Error(error);
                },
              },
            ]}
          >
            <InputNumber style={{ width: '100%' }} min={0} />
          </Form.Item>
          <Form.Item
            name="arrivedOn"
            label={t('arrivals.arrivedOn')}
            style={{ flex: '1 1 140px' }}
            rules={[{ required: true, message: t('arrivals.arrivedOnRequired') }]}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(date) =>
                date.isAfter(dayjs(todayIso()), 'day') ||
                Boolean(project.signedOn && date.isBefore(dayjs(project.signedOn), 'day'))
              }
            />
          </Form.Item>
          <Form.Item
            name="voucherNo"
            label={t('arrivals.voucherNo')}
            style={{ flex: '1 1 160px' }}
            rules={[{ required: true, whitespace: true, message: t('arrivals.voucherRequired') }]}
          >
            <Input maxLength={64} autoComplete="off" />
          </Form.Item>
        </Flex>
        <Flex justify="flex-end">
          <Button type="primary" htmlType="submit" loading={loading}>
            {t('arrivals.submit')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}

export function ArrivalsTab({ state }: { state: ProjectDrawerState }) {
  const t = useT();
  const { locale } = useLocale();
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const project = state.project!;
  const verified = project.capitalArrivals.filter((arrival) => arrival.verified);
  const rejected = project.capitalArrivals.filter((arrival) => arrival.rejected);
  const unverified = project.capitalArrivals.filter(
    (arrival) => !arrival.verified && !arrival.rejected,
  );
  // Exact in integer hundredths of 万元: the server's totals, apart.
  const unverifiedTotal = fromCents(
    toCents(project.arrivedInvestment) - toCents(project.arrivedVerified),
  );
  const contracted = project.contractedInvestment ?? 0;
  const percent =
    contracted > 0 ? Math.round((project.arrivedInvestment / contracted) * 1000) / 10 : null;

  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Flex gap={24} wrap>
          <Statistic
            title={t('arrivals.contracted')}
            value={formatWan(project.contractedInvestment, lang)}
          />
          <Statistic
            title={t('arrivals.total')}
            value={formatWan(project.arrivedInvestment, lang)}
          />
          <Statistic
            title={t('arrivals.verifiedTotal')}
            value={formatWan(project.arrivedVerified, lang)}
          />
          <Statistic
            title={t('arrivals.unverifiedTotal')}
            value={formatWan(unverifiedTotal, lang)}
          />
        </Flex>
        {percent !== null && (
          <Progress
            percent={Math.min(100, percent)}
            format={() => t('arrivals.rate', { percent })}
            style={{ marginTop: 8 }}
          />
        )}
      </Card>
      {state.canEdit ? (
        project.signedOn ? (
          <RecordArrivalForm state={state} />
        ) : (
          <Alert type="info" showIcon title={t('arrivals.notSigned')} />
        )
      ) : null}
      {project.capitalArrivals.length === 0 ? (
        <Empty description={t('arrivals.none')} />
      ) : (
        <>
          <ArrivalList
            title={t('arrivals.unverifiedList', { count: unverified.length })}
            arrivals={unverified}
            state={state}
          />
          <ArrivalList
            title={t('arrivals.verifiedList', { count: verified.length })}
            arrivals={verified}
            state={state}
          />
          {rejected.length > 0 && (
            <ArrivalList
              title={t('arrivals.rejectedList', { count: rejected.length })}
              arrivals={rejected}
              state={state}
            />
          )}
        </>
      )}
    </Flex>
  );
}
