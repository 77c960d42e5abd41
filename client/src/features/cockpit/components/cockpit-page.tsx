import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { todayIso } from '@luodi/domain';
import { App, Button, Card, Col, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { RateGroup } from '../model/cohort-link';
import { useT } from '../../../shared/i18n';
import { PageError, PageLoading } from '../../../shared/ui/page-states';
import { CockpitDocument } from '../api/cockpit-operations';
import { readPeriod, writePeriod } from '../model/period';
import { KpiTiles } from './kpi-tiles';
import { PeriodPicker } from './period-picker';
import { RankingBars } from './ranking-bars';
import { exportRates } from './rates-export';
import { RatesTable } from './rates-table';
import { StageFunnel } from './stage-funnel';
import { TargetProgressList } from './target-progress';
import { TrendChart } from './trend-chart';

/** 驾驶舱: the leaders' view of a signing cohort, every figure a door to the projects behind it. */
export function CockpitPage() {
  const t = useT();
  const { message } = App.useApp();
  const today = todayIso();
  const [params, setParams] = useSearchParams();
  const period = readPeriod(params, today);
  const year = Number(period.to.slice(0, 4));
  const { data, previousData, error, loading, refetch } = useQuery(CockpitDocument, {
    variables: { from: period.from, to: period.to, year },
  });
  const [exporting, setExporting] = useState(false);
  const shown = data ?? previousData;

  if (!shown)
    return error ? <PageError error={error} onRetry={() => void refetch()} /> : <PageLoading />;
  const rowsByGroup: Record<RateGroup, typeof shown.byOrgUnit> = {
    ORG_UNIT: shown.byOrgUnit,
    CHAIN: shown.byChain,
    LEADER: shown.byLeader,
    SOURCE_METHOD: shown.bySourceMethod,
  };
  const total = shown.byOrgUnit.find((row) => row.key === 'TOTAL')!;
  const reportMonth = (period.to < today ? period.to : today).slice(0, 7);

  const onExport = async () => {
    setExporting(true);
    try {
      await exportRates(rowsByGroup, period);
    } catch {
      message.error(t('cockpit.export.failed'));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Flex vertical gap={16} style={{ opacity: loading && !data ? 0.6 : 1 }} aria-busy={loading}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {t('cockpit.pageTitle')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('cockpit.pageDescription')}</Typography.Text>
        </div>
        <Flex gap={8} wrap>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void onExport()}>
            {t('cockpit.export')}
          </Button>
          <Link to={`/cockpit/report?month=${reportMonth}`}>
            <Button icon={<PrinterOutlined />}>{t('cockpit.report')}</Button>
          </Link>
        </Flex>
      </Flex>
      <PeriodPicker
        period={period}
        today={today}
        onChange={(next) => setParams((current) => writePeriod(current, next), { replace: true })}
      />
      <KpiTiles total={total} period={period} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card size="small" title={t('cockpit.funnel.title')} style={{ height: '100%' }}>
            <StageFunnel total={total} period={period} />
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card size="small" title={t('cockpit.ranking.title')} style={{ height: '100%' }}>
            <RankingBars rowsByGroup={rowsByGroup} period={period} />
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={t('cockpit.trend.title')}>
            <TrendChart months={shown.cockpitTrend} />
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={t('cockpit.targets.title', { year })}>
            <TargetProgressList targets={shown.targets} />
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={t('cockpit.table.title')}>
            <RatesTable rowsByGroup={rowsByGroup} period={period} />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
