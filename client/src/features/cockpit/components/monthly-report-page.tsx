import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { formatWan, monthPeriod, todayIso } from '@luodi/domain';
import { Button, DatePicker, Flex } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import type { RateFieldsFragment } from '../../../gql/graphql';
import { useLocale, useT } from '../../../shared/i18n';
import { PageError, PageLoading } from '../../../shared/ui/page-states';
import { MonthlyReportDocument } from '../api/cockpit-operations';
import { formatRate, rankRows } from '../model/figures';
import { useTargetFigure, useTargetTitle } from './target-progress';

// On paper: A4, no menu or header, only the report.
const PRINT_CSS = `
.luodi-report { background: #fff; padding: 24px 32px; max-width: 210mm; margin: 0 auto; color: #000; font-size: 12px; }
.luodi-report h1 { font-size: 20px; text-align: center; margin: 0 0 4px; }
.luodi-report h2 { font-size: 14px; margin: 16px 0 6px; border-left: 4px solid #c0392b; padding-left: 6px; }
.luodi-report .sub { text-align: center; color: #555; margin-bottom: 8px; }
.luodi-report table { width: 100%; border-collapse: collapse; }
.luodi-report th, .luodi-report td { border: 1px solid #999; padding: 3px 6px; text-align: right; }
.luodi-report th:first-child, .luodi-report td:first-child { text-align: left; }
.luodi-report th { background: #f3f3f3; }
.luodi-report tr.total td { font-weight: 600; }
.luodi-report .pair { display: grid; grid-template-columns: 2fr 3fr; gap: 12px; align-items: start; }
.luodi-report .bottom { color: #fff; background: #262626; padding: 0 4px; margin-left: 4px; font-size: 11px; }
@media screen and (max-width: 575.98px) {
  .luodi-report { padding: 12px; overflow-x: auto; }
  .luodi-report .pair { grid-template-columns: minmax(0, 1fr); }
}
@media print {
  @page { size: A4 portrait; margin: 10mm; }
  body, #root { background: #fff !important; }
  .ant-layout-sider, .ant-layout-header, .luodi-no-print { display: none !important; }
  .ant-layout-content { padding: 0 !important; }
  .luodi-report { padding: 0; max-width: none; font-size: 9px; line-height: 1.3; }
  .luodi-report h1 { font-size: 15px; }
  .luodi-report h2 { font-size: 11px; margin: 8px 0 3px; }
  .luodi-report th, .luodi-report td { padding: 1px 4px; }
  .luodi-report h2 { break-after: avoid; }
  .luodi-report table { break-inside: avoid; }
}
`;

const currentMonth = () => todayIso().slice(0, 7);

function readMonth(params: URLSearchParams): string {
  const month = params.get('month');
  return month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : currentMonth();
}

/** 按月调度: one printable page of the month's and the year-to-date figures. */
export function MonthlyReportPage() {
  const t = useT();
  const { locale } = useLocale();
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const [params, setParams] = useSearchParams();
  const month = readMonth(params);
  const { from: monthFrom, to: monthTo } = monthPeriod(month);
  const year = Number(month.slice(0, 4));
  const { data, error, refetch } = useQuery(MonthlyReportDocument, {
    variables: { monthFrom, monthTo, yearFrom: `${year}-01-01`, year },
  });
  const targetTitle = useTargetTitle();
  const targetFigure = useTargetFigure();
  if (!data)
    return error ? <PageError error={error} onRetry={() => void refetch()} /> : <PageLoading />;

  const wan = (value: number) => formatWan(value, lang);
  const total = (rows: RateFieldsFragment[]) => rows.find((row) => row.key === 'TOTAL')!;
  const monthTotal = total(data.month);
  const yearTotal = total(data.yearByOrgUnit);
  const indicators: [string, (row: RateFieldsFragment) => string][] = [
    [t('cockpit.kpi.signedCount'), (row) => String(row.signedCount)],
    [t('cockpit.kpi.contracted'), (row) => wan(row.contractedInvestment)],
    [t('cockpit.table.arrived'), (row) => wan(row.arrivedInvestment)],
    [t('cockpit.table.verified'), (row) => wan(row.arrivedVerified)],
    [t('cockpit.kpi.landingRate'), (row) => formatRate(row.landingRate)],
    [t('cockpit.kpi.startRate'), (row) => formatRate(row.startRate)],
    [t('cockpit.kpi.operatingRate'), (row) => formatRate(row.operatingRate)],
    [t('cockpit.kpi.capitalRate'), (row) => formatRate(row.capitalArrivalRate)],
    [t('cockpit.kpi.fulfillmentRate'), (row) => formatRate(row.fulfillmentRate)],
  ];

  const groupTable = (rows: RateFieldsFragment[], header: string) => {
    const groups = rows.filter((row) => row.key !== 'TOTAL');
    const bottoms = new Set(
      rankRows(groups, (row) => row.landingRate)
        .filter((item) => item.bottom)
        .map((item) => item.row.key),
    );
    return (
      <table>
        <thead>
          <tr>
            <th>{header}</th>
            {indicators.map(([label]) => (
              <th key={label}>{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...groups, total(rows)].map((row) => (
            <tr key={row.key} className={row.key === 'TOTAL' ? 'total' : undefined}>
              <td>
                {row.key === 'TOTAL' ? t('cockpit.table.total') : row.label}
                {bottoms.has(row.key) && (
                  <span className="bottom">{t('cockpit.ranking.bottom')}</span>
                )}
              </td>
              {indicators.map(([label, value]) => (
                <td key={label}>{value(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  };

  return (
    <div className="luodi-report" data-testid="monthly-report">
      <style>{PRINT_CSS}</style>
      <Flex className="luodi-no-print" gap={8} justify="flex-end" style={{ marginBottom: 12 }}>
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('report.month')}
          value={dayjs(`${month}-01`)}
          onChange={(value) =>
            value && setParams({ month: value.format('YYYY-MM') }, { replace: true })
          }
        />
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('report.print')}
        </Button>
      </Flex>
      <h1>
        {t('report.title', { unit: data.me.orgUnit.name, year, month: Number(month.slice(5)) })}
      </h1>
      <div className="sub">
        {t('report.subtitle', { from: `${year}-01-01`, to: monthTo, today: todayIso() })}
      </div>

      <div className="pair">
        <section>
          <h2>{t('report.section.indicators')}</h2>
          <table>
            <thead>
              <tr>
                <th>{t('report.indicator')}</th>
                <th>{t('report.thisMonth', { month })}</th>
                <th>{t('report.yearToDate')}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map(([label, value]) => (
                <tr key={label}>
                  <td>{label}</td>
                  <td>{value(monthTotal)}</td>
                  <td>{value(yearTotal)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section>
          <h2>{t('report.section.trend')}</h2>
          <table>
            <thead>
              <tr>
                <th>{t('report.monthColumn')}</th>
                <th>{t('cockpit.trend.signed')}</th>
                <th>{t('cockpit.kpi.contracted')}</th>
                <th>{t('cockpit.trend.landed')}</th>
                <th>{t('cockpit.trend.arrived')}</th>
                <th>{t('cockpit.table.verified')}</th>
              </tr>
            </thead>
            <tbody>
              {data.cockpitTrend.map((row) => (
                <tr key={row.month}>
                  <td>{row.month}</td>
                  <td>{row.signedCount}</td>
                  <td>{wan(row.contractedInvestment)}</td>
                  <td>{row.landedCount}</td>
                  <td>{wan(row.arrivedInvestment)}</td>
                  <td>{wan(row.arrivedVerified)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      <h2>{t('report.section.byOrgUnit')}</h2>
      {groupTable(data.yearByOrgUnit, t('cockpit.group.ORG_UNIT'))}

      <h2>{t('report.section.byChain')}</h2>
      {groupTable(data.yearByChain, t('cockpit.group.CHAIN'))}

      <h2>{t('report.section.targets', { year })}</h2>
      {data.targets.length === 0 ? (
        <p>{t('cockpit.targets.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('targets.column.target')}</th>
              <th>{t('targets.column.value')}</th>
              <th>{t('targets.column.actual')}</th>
              <th>{t('targets.column.percentage')}</th>
            </tr>
          </thead>
          <tbody>
            {data.targets.map((target) => (
              <tr key={target.id}>
                <td>{targetTitle(target)}</td>
                <td>{targetFigure(target, target.target)}</td>
                <td>{targetFigure(target, target.actual)}</td>
                <td>{target.percentage === null ? '—' : `${target.percentage.toFixed(1)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <p style={{ marginTop: 8, color: '#555' }}>{t('report.footnote')}</p>
    </div>
  );
}
