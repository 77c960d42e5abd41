import { useMutation, useQuery } from '@apollo/client/react';
import { TARGET_METRICS, TARGET_METRIC_LABELS, isCountMetric, todayIso } from '@luodi/domain';
import {
  App,
  Button,
  Card,
  Flex,
  Form,
  InputNumber,
  Radio,
  Select,
  Table,
  TreeSelect,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import type { TargetFieldsFragment, TargetMetric } from '../../../gql/graphql';
import { useReportApiError } from '../../../shared/api-errors';
import { useBilingual, useT } from '../../../shared/i18n';
import { orgUnitOptions } from '../../../shared/org-units';
import { PageError } from '../../../shared/ui/page-states';
import { SetTargetDocument, TargetsAdminDocument } from '../api/cockpit-operations';
import { useTargetFigure, useTargetTitle } from './target-progress';

interface TargetForm {
  scope: 'ORG_UNIT' | 'CHAIN';
  orgUnitId?: string;
  chainId?: string;
  metric: TargetMetric;
  value: number;
  minInvestment?: number;
}

/** 年度目标 (设置, ADMIN): each org unit's and chain's figures for a year, set or replaced here. */
export function TargetsAdminPage() {
  const t = useT();
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const reportApiError = useReportApiError();
  const [year, setYear] = useState(Number(todayIso().slice(0, 4)));
  const { data, previousData, loading, error, refetch } = useQuery(TargetsAdminDocument, {
    variables: { year },
  });
  const shown = data ?? previousData;
  const [setTarget, { loading: saving }] = useMutation(SetTargetDocument, {
    refetchQueries: ['TargetsAdmin', 'Cockpit'],
    awaitRefetchQueries: true,
  });
  const [form] = Form.useForm<TargetForm>();
  const scope = Form.useWatch('scope', form);
  const metric = Form.useWatch('metric', form);
  const title = useTargetTitle();
  const figure = useTargetFigure();

  const unitTree = useMemo(() => (shown ? orgUnitOptions(shown.orgUnits, t) : []), [shown, t]);

  const submit = async (values: TargetForm) => {
    try {
      await setTarget({
        variables: {
          input: {
            year,
            orgUnitId: values.scope === 'ORG_UNIT' ? values.orgUnitId : null,
            chainId: values.scope === 'CHAIN' ? values.chainId : null,
            metric: values.metric,
            value: values.value,
            minInvestment: values.metric === 'LANDED_COUNT' ? values.minInvestment : null,
          },
        },
      });
      void message.success(t('targets.saved'));
    } catch (failure) {
      reportApiError(failure, form);
    }
  };

  if (error && !shown) return <PageError error={error} onRetry={() => void refetch()} />;
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('targets.pageTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('targets.pageDescription')}</Typography.Text>
      </div>
      <Card size="small" title={t('targets.form.title')}>
        <Form<TargetForm>
          form={form}
          layout="inline"
          initialValues={{ scope: 'ORG_UNIT', metric: 'LANDED_COUNT', minInvestment: 3000 }}
          onFinish={(values) => void submit(values)}
          style={{ rowGap: 12 }}
        >
          <Form.Item label={t('targets.year')}>
            <InputNumber
              aria-label={t('targets.year')}
              min={2000}
              max={2100}
              value={year}
              onChange={(value) => value && setYear(value)}
            />
          </Form.Item>
          <Form.Item name="scope">
            <Radio.Group
              optionType="button"
              options={[
                { value: 'ORG_UNIT', label: t('targets.scope.ORG_UNIT') },
                { value: 'CHAIN', label: t('targets.scope.CHAIN') },
              ]}
            />
          </Form.Item>
          {scope === 'CHAIN' ? (
            <Form.Item
              name="chainId"
              rules={[{ required: true, message: t('targets.chainRequired') }]}
            >
              <Select
                aria-label={t('targets.scope.CHAIN')}
                placeholder={t('targets.scope.CHAIN')}
                style={{ width: 180 }}
                options={(shown?.chains ?? []).map((chain) => ({
                  value: chain.id,
                  label: chain.name,
                }))}
              />
            </Form.Item>
          ) : (
            <Form.Item
              name="orgUnitId"
              rules={[{ required: true, message: t('targets.orgUnitRequired') }]}
            >
              <TreeSelect
                aria-label={t('targets.scope.ORG_UNIT')}
                placeholder={t('targets.scope.ORG_UNIT')}
                style={{ width: 200 }}
                treeData={unitTree}
                treeDefaultExpandAll
              />
            </Form.Item>
          )}
          <Form.Item name="metric">
            <Select
              aria-label={t('targets.column.metric')}
              style={{ width: 140 }}
              options={TARGET_METRICS.map((value) => ({
                value,
                label: bilingual(TARGET_METRIC_LABELS[value]),
              }))}
            />
          </Form.Item>
          {metric === 'LANDED_COUNT' && (
            <Form.Item
              name="minInvestment"
              label={t('targets.minInvestment')}
              rules={[{ required: true, message: t('targets.minRequired') }]}
            >
              <InputNumber
                min={0}
                precision={2}
                addonAfter={t('targets.wan')}
                style={{ width: 170 }}
              />
            </Form.Item>
          )}
          <Form.Item
            name="value"
            label={t('targets.column.value')}
            rules={[{ required: true, message: t('targets.valueRequired') }]}
          >
            <InputNumber
              min={0}
              precision={metric && isCountMetric(metric) ? 0 : 2}
              addonAfter={
                metric && isCountMetric(metric) ? t('targets.projects') : t('targets.wan')
              }
              style={{ width: 170 }}
            />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('targets.save')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Card size="small">
        <Table<TargetFieldsFragment>
          size="small"
          rowKey="id"
          loading={loading}
          pagination={false}
          dataSource={shown?.targets ?? []}
          columns={[
            {
              key: 'title',
              title: t('targets.column.target'),
              render: (_, target) => title(target),
            },
            {
              key: 'value',
              title: t('targets.column.value'),
              align: 'right',
              render: (_, target) => figure(target, target.target),
            },
            {
              key: 'actual',
              title: t('targets.column.actual'),
              align: 'right',
              render: (_, target) => figure(target, target.actual),
            },
            {
              key: 'percentage',
              title: t('targets.column.percentage'),
              align: 'right',
              render: (_, target) =>
                target.percentage === null ? '—' : `${target.percentage.toFixed(1)}%`,
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
