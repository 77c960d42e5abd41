import { formatWan } from '@luodi/domain';
import { Segmented, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { RateFieldsFragment } from '../../../gql/graphql';
import type { RateGroup } from '../model/cohort-link';
import { useLocale, useT } from '../../../shared/i18n';
import { cohortBoardPath } from '../model/cohort-link';
import { formatRate } from '../model/figures';
import type { Period } from '../model/period';
import { RANKED_GROUPS, RATE_METRICS } from './ranking-bars';

interface RatesTableProps {
  rowsByGroup: Record<RateGroup, RateFieldsFragment[]>;
  period: Period;
}

/** The rates table behind the charts; a group's name opens its cohort on the board. */
export function RatesTable({ rowsByGroup, period }: RatesTableProps) {
  const t = useT();
  const { locale } = useLocale();
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const [group, setGroup] = useState<RateGroup>('ORG_UNIT');
  const wan = (value: number) => formatWan(value, lang);
  return (
    <>
      <Segmented<RateGroup>
        style={{ marginBottom: 12 }}
        value={group}
        onChange={setGroup}
        options={RANKED_GROUPS.map((item) => ({ value: item.group, label: t(item.label) }))}
      />
      <Table<RateFieldsFragment>
        size="small"
        rowKey="key"
        pagination={false}
        scroll={{ x: 960 }}
        dataSource={rowsByGroup[group]}
        columns={[
          {
            key: 'label',
            title: t(RANKED_GROUPS.find((item) => item.group === group)!.label),
            fixed: 'left',
            render: (_, row) => {
              const path = cohortBoardPath({
                signedFrom: period.from,
                signedTo: period.to,
                group: { by: group, key: row.key },
              });
              const label =
                row.key === 'TOTAL' ? <strong>{t('cockpit.table.total')}</strong> : row.label;
              return path ? <Link to={path}>{label}</Link> : label;
            },
          },
          {
            key: 'signed',
            title: t('cockpit.kpi.signedCount'),
            align: 'right',
            render: (_, row) => row.signedCount,
          },
          {
            key: 'contracted',
            title: t('cockpit.kpi.contracted'),
            align: 'right',
            render: (_, row) => wan(row.contractedInvestment),
          },
          {
            key: 'arrived',
            title: t('cockpit.table.arrived'),
            align: 'right',
            render: (_, row) => wan(row.arrivedInvestment),
          },
          {
            key: 'verified',
            title: t('cockpit.table.verified'),
            align: 'right',
            render: (_, row) => wan(row.arrivedVerified),
          },
          ...RATE_METRICS.map(({ metric, label }) => ({
            key: metric,
            title: t(label),
            align: 'right' as const,
            render: (_: unknown, row: RateFieldsFragment) => formatRate(row[metric]),
          })),
        ]}
      />
    </>
  );
}
