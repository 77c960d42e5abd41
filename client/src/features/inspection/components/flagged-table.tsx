import {
  FLAG_LABELS,
  STAGE_LABELS,
  daysBetween,
  formatWan,
  fromCents,
  toCents,
  todayIso,
} from '@luodi/domain';
import { Button, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { FlaggedRowFragment } from '../../../gql/graphql';
import { useBilingual, useFlagReason, useLocale, useT } from '../../../shared/i18n';

/** Days since the worst flag reached its colour: how long the project has been in trouble. */
export function daysOverdue(row: Pick<FlaggedRowFragment, 'flags'>, today = todayIso()): number {
  const red = row.flags.filter((flag) => flag.level === 'RED');
  const worst = red.length > 0 ? red : row.flags;
  const since = worst.map((flag) => flag.since).sort()[0];
  return since ? Math.max(0, daysBetween(since, today)) : 0;
}

export function FlaggedTable({
  rows,
  loading,
  onOpen,
  onIssue,
}: {
  rows: readonly FlaggedRowFragment[];
  loading: boolean;
  onOpen: (projectId: string) => void;
  onIssue?: (projectId: string) => void;
}) {
  const t = useT();
  const bilingual = useBilingual();
  const flagReason = useFlagReason();
  const { locale } = useLocale();
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const columns: ColumnsType<FlaggedRowFragment> = [
    {
      title: t('inspection.col.project'),
      key: 'project',
      render: (_, row) => (
        <Flex vertical gap={0}>
          <Button
            type="link"
            style={{ padding: 0, height: 'auto', textAlign: 'left', whiteSpace: 'normal' }}
            onClick={() => onOpen(row.id)}
          >
            {row.name}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.code} · {bilingual(STAGE_LABELS[row.stage])} · {row.orgUnit.name} ·{' '}
            {row.chain.name}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('inspection.col.flags'),
      key: 'flags',
      render: (_, row) => (
        <Flex vertical gap={4} align="flex-start">
          {row.flags.map((flag) => (
            <Tooltip key={flag.kind} title={t('inspection.flagSince', { since: flag.since })}>
              <Tag color={flag.level === 'RED' ? 'red' : 'gold'} style={{ whiteSpace: 'normal' }}>
                {t('board.card.flagDescription', {
                  label: bilingual(FLAG_LABELS[flag.kind]),
                  reason: flagReason(flag.reason),
                })}
              </Tag>
            </Tooltip>
          ))}
        </Flex>
      ),
    },
    {
      title: t('inspection.col.days'),
      key: 'days',
      width: 96,
      align: 'right',
      render: (_, row) => t('inspection.days', { days: daysOverdue(row) }),
    },
    {
      title: t('inspection.col.money'),
      key: 'money',
      width: 190,
      render: (_, row) => (
        <Flex vertical gap={0} style={{ fontSize: 12 }}>
          <span>
            {t('inspection.contracted', { amount: formatWan(row.contractedInvestment, lang) })}
          </span>
          <span>{t('inspection.verified', { amount: formatWan(row.arrivedVerified, lang) })}</span>
          <span>
            {t('inspection.unverified', {
              amount: formatWan(
                fromCents(toCents(row.arrivedInvestment) - toCents(row.arrivedVerified)),
                lang,
              ),
            })}
          </span>
        </Flex>
      ),
    },
    {
      title: t('inspection.col.leader'),
      key: 'leader',
      width: 110,
      render: (_, row) =>
        row.leader?.name ?? (
          <Typography.Text type="danger">{t('inspection.noLeader')}</Typography.Text>
        ),
    },
    {
      title: t('inspection.col.owner'),
      key: 'owner',
      width: 90,
      render: (_, row) => row.owner.name,
    },
    {
      title: t('inspection.col.actions'),
      key: 'actions',
      width: 150,
      render: (_, row) => (
        <Flex gap={4}>
          <Button size="small" onClick={() => onOpen(row.id)}>
            {t('inspection.open')}
          </Button>
          {onIssue && (
            <Button size="small" danger onClick={() => onIssue(row.id)}>
              {t('inspection.issue')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Table<FlaggedRowFragment>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows as FlaggedRowFragment[]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('inspection.empty') }}
    />
  );
}
