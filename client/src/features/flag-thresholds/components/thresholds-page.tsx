import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { FLAG_LABELS, thresholdsError, type FlagThresholds } from '@luodi/domain';
import { Alert, App, Button, Card, Flex, Form, InputNumber, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useReportApiError } from '../../../shared/api-errors';
import { useBilingual, useT, type MessageKey } from '../../../shared/i18n';
import { PageError } from '../../../shared/ui/page-states';
import {
  FlagThresholdsDocument,
  FlagThresholdsPreviewDocument,
  UpdateFlagThresholdsDocument,
} from '../api/threshold-operations';
import { fromFormValues, toFormValues, type ThresholdFormValues } from './threshold-form-model';

interface FieldSpec {
  name: string;
  labelKey: MessageKey;
  unit: 'days' | 'percent' | 'perMu';
}

const GROUPS: { flag: keyof typeof FLAG_LABELS; fields: FieldSpec[] }[] = [
  {
    flag: 'FAKE_PROJECT',
    fields: [{ name: 'fakeProjectDays', labelKey: 'thresholds.fakeProjectDays', unit: 'days' }],
  },
  {
    flag: 'STALLED',
    fields: [
      { name: 'stalledDays.SIGNED', labelKey: 'thresholds.stalledSigned', unit: 'days' },
      { name: 'stalledDays.LANDED', labelKey: 'thresholds.stalledLanded', unit: 'days' },
      { name: 'stalledDays.STARTED', labelKey: 'thresholds.stalledStarted', unit: 'days' },
      { name: 'stalledYellowFraction', labelKey: 'thresholds.stalledYellow', unit: 'percent' },
    ],
  },
  {
    flag: 'IDLE_LAND',
    fields: [{ name: 'idleLandDays', labelKey: 'thresholds.idleLandDays', unit: 'days' }],
  },
  {
    flag: 'LOW_CAPITAL',
    fields: [
      { name: 'lowCapitalDays', labelKey: 'thresholds.lowCapitalDays', unit: 'days' },
      {
        name: 'lowCapitalRatioAfterSigning',
        labelKey: 'thresholds.lowCapitalAfterSigning',
        unit: 'percent',
      },
      {
        name: 'lowCapitalRatioAfterStart',
        labelKey: 'thresholds.lowCapitalAfterStart',
        unit: 'percent',
      },
    ],
  },
  {
    flag: 'NO_FOLLOW_UP',
    fields: [
      { name: 'noFollowUpYellowDays', labelKey: 'thresholds.noFollowUpYellow', unit: 'days' },
      { name: 'noFollowUpRedDays', labelKey: 'thresholds.noFollowUpRed', unit: 'days' },
    ],
  },
  {
    flag: 'LOW_LAND_YIELD',
    fields: [
      { name: 'minInvestmentPerMu', labelKey: 'thresholds.minInvestmentPerMu', unit: 'perMu' },
    ],
  },
];

const UNIT_KEYS = {
  days: 'thresholds.unit.days',
  percent: 'thresholds.unit.percent',
  perMu: 'thresholds.unit.perMu',
} as const;

/** 设置 → 预警阈值: the admin changes the limits; every project's flags follow on saving. */
export function ThresholdsPage() {
  const t = useT();
  const bilingual = useBilingual();
  const { message, modal } = App.useApp();
  const client = useApolloClient();
  const report = useReportApiError();
  const [form] = Form.useForm<ThresholdFormValues>();
  const { data, error, refetch } = useQuery(FlagThresholdsDocument);
  const [save, { loading }] = useMutation(UpdateFlagThresholdsDocument);
  const stored = data?.flagThresholds as FlagThresholds | undefined;

  useEffect(() => {
    if (stored) form.setFieldsValue(toFormValues(stored));
  }, [stored, form]);

  if (!stored)
    return error ? <PageError error={error} onRetry={() => void refetch()} /> : <Skeleton active />;

  async function submit(values: ThresholdFormValues) {
    const input = fromFormValues(values, stored);
    const errors = thresholdsError(input);
    if (errors) {
      form.setFields(Object.entries(errors).map(([name, text]) => ({ name, errors: [text] })));
      return;
    }
    // First what the change would do, flag by flag; saving (and recomputing) only once confirmed.
    let changes;
    try {
      const { data: preview } = await client.query({
        query: FlagThresholdsPreviewDocument,
        variables: { input },
        fetchPolicy: 'network-only',
      });
      changes = (preview?.flagThresholdsPreview ?? []).filter(
        (row) => row.gained > 0 || row.lost > 0,
      );
    } catch (failure) {
      report(failure, form);
      return;
    }
    const confirmed = await modal.confirm({
      title: t('thresholds.preview.title'),
      content: (
        <div data-testid="thresholds-preview">
          {changes.length === 0 ? (
            <Typography.Paragraph>{t('thresholds.preview.none')}</Typography.Paragraph>
          ) : (
            <ul style={{ paddingInlineStart: 20, margin: 0 }}>
              {changes.map((row) => (
                <li key={row.kind}>
                  {t('thresholds.preview.row', {
                    flag: bilingual(FLAG_LABELS[row.kind]),
                    gained: row.gained,
                    lost: row.lost,
                  })}
                </li>
              ))}
            </ul>
          )}
        </div>
      ),
      okText: t('thresholds.preview.confirm'),
      cancelText: t('common.cancel'),
    });
    if (!confirmed) return;
    try {
      await save({ variables: { input } });
      void message.success(t('thresholds.saved'));
    } catch (failure) {
      report(failure, form);
    }
  }

  return (
    <Flex vertical gap={16} style={{ maxWidth: 880 }}>
      <div>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('thresholds.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('thresholds.subtitle')}</Typography.Text>
      </div>
      <Alert type="warning" showIcon title={t('thresholds.effect')} />
      <Form<ThresholdFormValues> form={form} layout="vertical" onFinish={submit}>
        <Flex vertical gap={12}>
          {GROUPS.map((group) => (
            <Card key={group.flag} size="small" title={bilingual(FLAG_LABELS[group.flag])}>
              <Flex gap={16} wrap>
                {group.fields.map((field) => (
                  <Form.Item
                    key={field.name}
                    name={field.name}
                    label={t(field.labelKey)}
                    style={{ marginBottom: 4, width: 200 }}
                    rules={[{ required: true, message: t('thresholds.required') }]}
                  >
                    <InputNumber
                      style={{ width: '100%' }}
                      suffix={t(UNIT_KEYS[field.unit])}
                      min={0}
                    />
                  </Form.Item>
                ))}
              </Flex>
            </Card>
          ))}
          <Flex justify="flex-end" gap={8}>
            <Button onClick={() => form.setFieldsValue(toFormValues(stored))}>
              {t('thresholds.reset')}
            </Button>
            <Button type="primary" htmlType="submit" loading={loading}>
              {t('thresholds.save')}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </Flex>
  );
}
