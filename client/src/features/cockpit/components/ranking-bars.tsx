import { Empty, Flex, Segmented, Select, Tag, Typography } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useNavigate } from 'react-router-dom';
import type { RateFieldsFragment } from '../../../gql/graphql';
import type { RateGroup } from '../model/cohort-link';
import { useT, type MessageKey } from '../../../shared/i18n';
import { cohortBoardPath } from '../model/cohort-link';
import { formatRate, rankRows } from '../model/figures';
import type { Period } from '../model/period';

export type RateMetric =
  'landingRate' | 'startRate' | 'operatingRate' | 'capitalArrivalRate' | 'fulfillmentRate';
export const RATE_METRICS: { metric: RateMetric; label: MessageKey }[] = [
  { metric: 'landingRate', label: 'cockpit.kpi.landingRate' },
  { metric: 'startRate', label: 'cockpit.kpi.startRate' },
  { metric: 'operatingRate', label: 'cockpit.kpi.operatingRate' },
  { metric: 'capitalArrivalRate', label: 'cockpit.kpi.capitalRate' },
  { metric: 'fulfillmentRate', label: 'cockpit.kpi.fulfillmentRate' },
];
export const RANKED_GROUPS: { group: RateGroup; label: MessageKey }[] = [
  { group: 'ORG_UNIT', label: 'cockpit.group.ORG_UNIT' },
  { group: 'CHAIN', label: 'cockpit.group.CHAIN' },
  { group: 'LEADER', label: 'cockpit.group.LEADER' },
  { group: 'SOURCE_METHOD', label: 'cockpit.group.SOURCE_METHOD' },
];

const rowStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: '132px 1fr 72px',
  alignItems: 'center',
  gap: 8,
  padding: '3px 4px',
  border: 'none',
  background: 'none',
  width: '100%',
  textAlign: 'start',
  cursor: 'pointer',
  borderRadius: 4,
  font: 'inherit',
};
const trackStyle: CSSProperties = {
  height: 14,
  background: '#f0f0f0',
  borderRadius: 7,
  overflow: 'hidden',
};
const nameStyle: CSSProperties = {
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
};

interface RankingBarsProps {
  rowsByGroup: Record<RateGroup, RateFieldsFragment[]>;
  period: Period;
}

/**
 * 红黑榜: the groups best first on the chosen rate, the lowest marked; each bar opens the board on
 * that group's cohort (the rate's denominator).
 */
export function RankingBars({ rowsByGroup, period }: RankingBarsProps) {
  const t = useT();
  const navigate = useNavigate();
  const [group, setGroup] = useState<RateGroup>('ORG_UNIT');
  const [metric, setMetric] = useState<RateMetric>('landingRate');
  const metricLabel = t(RATE_METRICS.find((item) => item.metric === metric)!.label);
  const rows = rowsByGroup[group].filter((row) => row.key !== 'TOTAL');
  const ranked = rankRows(rows, (row) => row[metric]);

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap justify="space-between">
        <Segmented<RateGroup>
          aria-label={t('cockpit.ranking.groupBy')}
          value={group}
          onChange={setGroup}
          options={RANKED_GROUPS.map((item) => ({ value: item.group, label: t(item.label) }))}
        />
        <Select<RateMetric>
          aria-label={t('cockpit.ranking.metric')}
          value={metric}
          onChange={setMetric}
          style={{ width: 140 }}
          options={RATE_METRICS.map((item) => ({ value: item.metric, label: t(item.label) }))}
        />
      </Flex>
      {ranked.length === 0 && <Empty description={t('cockpit.noData')} />}
      <div data-testid="ranking">
        {ranked.map(({ row, value, bottom }) => {
          const path = cohortBoardPath({
            signedFrom: period.from,
            signedTo: period.to,
            group: { by: group, key: row.key },
          });
          const shown = formatRate(value);
          return (
            <button
              key={row.key}
              type="button"
              style={{ ...rowStyle, cursor: path ? 'pointer' : 'default' }}
              disabled={!path}
              data-testid="rank-bar"
              onClick={() => path && navigate(path)}
            >
              {/* The button's name is its text: "泸溪县 落地率 71.4%", the metric for screen readers. */}
              <span style={nameStyle} title={row.label}>
                {row.label}
                {bottom && (
                  <Tag color="black" style={{ marginInlineStart: 4 }}>
                    {t('cockpit.ranking.bottom')}
                  </Tag>
                )}
              </span>{' '}
              <span className="luodi-visually-hidden">{metricLabel} </span>
              <span style={trackStyle} aria-hidden>
                <span
                  style={{
                    display: 'block',
                    height: '100%',
                    width: `${Math.min(100, (value ?? 0) * 100)}%`,
                    background: bottom ? '#262626' : '#c0392b',
                  }}
                />
              </span>{' '}
              <Typography.Text
                type={value === null ? 'secondary' : undefined}
                style={{ textAlign: 'end' }}
              >
                {shown}
                <Typography.Text
                  type="secondary"
                  style={{ fontSize: 11, marginInlineStart: 4 }}
                  aria-hidden
                >
                  ({row.signedCount})
                </Typography.Text>
              </Typography.Text>
            </button>
          );
        })}
      </div>
    </Flex>
  );
}
