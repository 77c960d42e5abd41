import { BLOCKER_CATEGORY_LABELS, choiceLabel, formatRate } from '@luodi/domain';
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { DispatchSummaryQuery } from '../../../gql/graphql';
import { useLocale, useT } from '../../../shared/i18n';
import type { DispatchBlocker, DispatchGrouping } from '../hooks/use-dispatch-sheet';

type SummaryRow = DispatchSummaryQuery['dispatchSummary']['rows'][number];

const overdueText = { color: '#cf1322', fontWeight: 600 } as const;

/** One leader's or one department's open blockers, overdue first, with their age in days. */
export function OpenBlockersTable({
  blockers,
  groupedBy,
}: {
  blockers: DispatchBlocker[];
  groupedBy: DispatchGrouping;
}) {
  const t = useT();
  const lang = useLocale().locale === 'zh-CN' ? 'zh' : 'en';
  const columns: ColumnsType<DispatchBlocker> = [
    {
      key: 'project',
      title: t('dispatch.col.project'),
      render: (_, b) => (
        <>
          <div>{b.project.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {b.project.code} · {b.project.orgUnit.name}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'category',
      title: t('dispatch.col.category'),
      width: 72,
      render: (_, b) => choiceLabel(BLOCKER_CATEGORY_LABELS, b.category, lang),
    },
    { key: 'description', title: t('dispatch.col.description'), dataIndex: 'description' },
    groupedBy === 'leader'
      ? {
          key: 'department',
          title: t('dispatch.col.department'),
          width: 110,
          render: (_, b) => b.department.name,
        }
      : {
          key: 'leader',
          title: t('dispatch.col.leader'),
          width: 90,
          render: (_, b) => b.responsibleLeader?.name ?? t('dispatch.noLeader'),
        },
    { key: 'raisedOn', title: t('dispatch.col.raisedOn'), dataIndex: 'raisedOn', width: 104 },
    { key: 'dueOn', title: t('dispatch.col.dueOn'), dataIndex: 'dueOn', width: 104 },
    {
      key: 'age',
      title: t('dispatch.col.age'),
      width: 80,
      align: 'right',
      render: (_, b) => t('dispatch.days', { days: b.ageDays }),
    },
    {
      key: 'overdue',
      title: t('dispatch.col.overdue'),
      width: 80,
      align: 'right',
      render: (_, b) =>
        b.overdue ? (
          <span style={overdueText}>{t('dispatch.days', { days: b.overdueDays })}</span>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <Table<DispatchBlocker>
      size="small"
      rowKey="id"
      pagination={false}
      columns={columns}
      dataSource={blockers}
      rowClassName={(b) => (b.overdue ? 'luodi-overdue-row' : '')}
      onRow={(b) => ({ 'data-blocker-id': b.id, 'data-overdue': b.overdue || undefined }) as never}
    />
  );
}

/** Per department: raised in the period, 销号, 销号率, still open (of which overdue). */
export function DepartmentSummaryTable({ rows, total }: { rows: SummaryRow[]; total: SummaryRow }) {
  const t = useT();
  const columns: ColumnsType<SummaryRow> = [
    {
      key: 'label',
      title: t('dispatch.col.department'),
      render: (_, row) => (row.key === 'TOTAL' ? t('cockpit.table.total') : row.label),
    },
    { key: 'raised', title: t('dispatch.col.raised'), dataIndex: 'raised', align: 'right' },
    { key: 'resolved', title: t('dispatch.col.resolved'), dataIndex: 'resolved', align: 'right' },
    {
      key: 'rate',
      title: t('dispatch.col.rate'),
      align: 'right',
      render: (_, row) => formatRate(row.resolutionRate),
    },
    {
      key: 'stillOpen',
      title: t('dispatch.col.stillOpen'),
      dataIndex: 'stillOpen',
      align: 'right',
    },
    {
      key: 'overdue',
      title: t('dispatch.col.overdueOpen'),
      align: 'right',
      render: (_, row) => (row.overdue > 0 ? <span style={overdueText}>{row.overdue}</span> : 0),
    },
  ];
  return (
    <Table<SummaryRow>
      size="small"
      rowKey="key"
      pagination={false}
      columns={columns}
      dataSource={[...rows, total]}
      rowClassName={(row) => (row.key === 'TOTAL' ? 'luodi-total-row' : '')}
      data-testid="dispatch-summary"
    />
  );
}
