import { monthPeriod } from '@luodi/domain';
import { useNavigate } from 'react-router-dom';
import type { CockpitQuery } from '../../../gql/graphql';
import { useT } from '../../../shared/i18n';
import { cohortBoardPath } from '../model/cohort-link';
import { Chart } from './chart';

type TrendMonth = CockpitQuery['cockpitTrend'][number];

/** Signings and landings per month (bars, clickable) with the capital that arrived (line, 万元). */
export function TrendChart({ months }: { months: TrendMonth[] }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Chart
      label={t('cockpit.trend.title')}
      height={260}
      option={{
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 40, right: 64, top: 36, bottom: 28 },
        xAxis: { type: 'category', data: months.map((month) => month.month) },
        yAxis: [
          { type: 'value', name: t('cockpit.trend.projects'), minInterval: 1 },
          { type: 'value', name: t('cockpit.trend.wan'), splitLine: { show: false } },
        ],
        series: [
          {
            name: t('cockpit.trend.signed'),
            type: 'bar',
            data: months.map((month) => month.signedCount),
            color: '#c0392b',
          },
          {
            name: t('cockpit.trend.landed'),
            type: 'bar',
            data: months.map((month) => month.landedCount),
            color: '#e67e22',
          },
          {
            name: t('cockpit.trend.arrived'),
            type: 'line',
            yAxisIndex: 1,
            smooth: true,
            data: months.map((month) => month.arrivedInvestment),
            color: '#2c7be5',
          },
        ],
      }}
      onClick={({ seriesIndex, dataIndex }) => {
        const { from, to } = monthPeriod(months[dataIndex].month);
        // Arrivals are counted by the day money came in; the board has no filter for that.
        const path =
          seriesIndex === 0
            ? cohortBoardPath({ signedFrom: from, signedTo: to })
            : seriesIndex === 1
              ? cohortBoardPath({ landedFrom: from, landedTo: to })
              : null;
        if (path) navigate(path);
      }}
    />
  );
}
