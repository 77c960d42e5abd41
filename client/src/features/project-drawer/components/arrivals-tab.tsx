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
  Popconfirm,
  Progress,
  Statistic,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useLocale, useT } from '../../../shared/i18n';
import {
  RecordCapitalArrivalDocument,
  VerifyCapitalArrivalDocument,
} from '../api/project-drawer-operations';
import type { DrawerProject, ProjectDrawerState } from '../hooks/use-project-drawer';

type Arrival = DrawerProject['capitalArrivals'][number];

interface ArrivalValues {
  amount?: number | null;
  arrivedOn?: Dayjs | null;
  voucherNo?: string;
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
              state.canVerify && !arrival.verified
                ? [
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
            </Flex>
          </List.Item>
        )}
      />
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
  const unverified = project.capitalArrivals.filter((arrival) => !arrival.verified);
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
        </>
      )}
    </Flex>
  );
}
