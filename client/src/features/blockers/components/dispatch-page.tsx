import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { addDays, todayIso } from '@luodi/domain';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Segmented,
  Skeleton,
  Statistic,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useT } from '../../../shared/i18n';
import { downloadFile } from '../../../shared/files';
import { PageError } from '../../../shared/ui/page-states';
import {
  type DispatchGrouping,
  groupBlockers,
  useDispatchSheet,
} from '../hooks/use-dispatch-sheet';
import { DepartmentSummaryTable, OpenBlockersTable } from './dispatch-tables';

export interface DispatchPageProps {
  /** The signed-in person's token: the export honours their scope. */
  getToken: () => string | null;
}

/** The default period: the last three months, what a 调度会 usually looks back over. */
const DEFAULT_PERIOD_DAYS = 90;

/**
 * 调度: every open 交办问题 in scope, grouped by leader or by department, overdue first; the
 * departments' 销号 figures for a period; an Excel export and a print layout for the meeting.
 */
export function DispatchPage({ getToken }: DispatchPageProps) {
  const t = useT();
  const { message } = App.useApp();
  const today = todayIso();
  const [period, setPeriod] = useState<[string, string]>([
    addDays(today, -DEFAULT_PERIOD_DAYS),
    today,
  ]);
  const [grouping, setGrouping] = useState<DispatchGrouping>('leader');
  const [exporting, setExporting] = useState(false);
  const sheet = useDispatchSheet(period[0], period[1]);
  const groups = useMemo(() => groupBlockers(sheet.blockers, grouping), [sheet.blockers, grouping]);
  const overdueCount = sheet.blockers.filter((blocker) => blocker.overdue).length;

  async function exportSheet() {
    setExporting(true);
    try {
      await downloadFile(
        `/export/dispatch.xlsx?from=${period[0]}&to=${period[1]}`,
        getToken(),
        t('dispatch.exportFile', { date: today }),
      );
    } catch (error) {
      // The export answers { message } in Chinese when it refuses; a network failure has no body.
      void message.error(
        error instanceof Error && error.message ? error.message : t('errors.NETWORK'),
      );
    } finally {
      setExporting(false);
    }
  }

  if (sheet.error && !sheet.summary && sheet.blockers.length === 0) {
    return <PageError error={sheet.error} onRetry={sheet.refetch} />;
  }

  return (
    <Flex vertical gap={16} data-testid="dispatch-page">
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {t('dispatch.title')}
          </Typography.Title>
          <Typography.Text type="secondary" className="luodi-no-print">
            {t('dispatch.description')}
          </Typography.Text>
          <Typography.Text className="luodi-print-only">
            {t('dispatch.printedOn', { date: today, from: period[0], to: period[1] })}
          </Typography.Text>
        </div>
        <Flex gap={8} wrap className="luodi-no-print">
          <Button
            icon={<DownloadOutlined />}
            loading={exporting}
            onClick={() => void exportSheet()}
          >
            {t('dispatch.export')}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('dispatch.print')}
          </Button>
        </Flex>
      </Flex>

      <Card
        title={t('dispatch.openTitle')}
        extra={
          <Segmented<DispatchGrouping>
            className="luodi-no-print"
            value={grouping}
            onChange={setGrouping}
            options={[
              { value: 'leader', label: t('dispatch.byLeader') },
              { value: 'department', label: t('dispatch.byDepartment') },
            ]}
          />
        }
      >
        <Flex gap={32} style={{ marginBottom: 16 }}>
          <Statistic title={t('dispatch.openCount')} value={sheet.blockers.length} />
          <Statistic
            title={t('dispatch.overdueCount')}
            value={overdueCount}
            styles={{ content: overdueCount > 0 ? { color: '#cf1322' } : undefined }}
          />
        </Flex>
        {!sheet.complete && sheet.blockers.length === 0 ? (
          <Skeleton active />
        ) : groups.length === 0 ? (
          <Empty description={t('dispatch.noneOpen')} />
        ) : (
          <Flex vertical gap={20}>
            {groups.map((group) => (
              <section
                key={group.key}
                data-group={group.name ?? ''}
                className="luodi-dispatch-group"
              >
                <Typography.Title level={5} style={{ marginTop: 0 }}>
                  {group.name ?? t('dispatch.noLeader')}
                  <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginLeft: 8 }}>
                    {t('dispatch.groupCounts', {
                      count: group.blockers.length,
                      overdue: group.overdueCount,
                    })}
                  </Typography.Text>
                </Typography.Title>
                <OpenBlockersTable blockers={group.blockers} groupedBy={grouping} />
              </section>
            ))}
          </Flex>
        )}
      </Card>

      <Card
        title={t('dispatch.summaryTitle')}
        extra={
          <DatePicker.RangePicker
            className="luodi-no-print"
            allowClear={false}
            value={[dayjs(period[0]), dayjs(period[1])]}
            onChange={(range) => {
              const [from, to] = (range ?? []) as [Dayjs | null, Dayjs | null];
              if (from && to) setPeriod([from.format('YYYY-MM-DD'), to.format('YYYY-MM-DD')]);
            }}
            presets={[
              {
                label: t('dispatch.preset.month'),
                value: [dayjs(today).startOf('month'), dayjs(today)],
              },
              {
                label: t('dispatch.preset.quarter'),
                value: [dayjs(today).subtract(DEFAULT_PERIOD_DAYS, 'day'), dayjs(today)],
              },
              {
                label: t('dispatch.preset.year'),
                value: [dayjs(today).startOf('year'), dayjs(today)],
              },
            ]}
            aria-label={t('dispatch.period')}
          />
        }
      >
        <Typography.Paragraph type="secondary">
          {t('dispatch.summaryNote', { from: period[0], to: period[1] })}
        </Typography.Paragraph>
        {sheet.summary ? (
          <DepartmentSummaryTable rows={sheet.summary.rows} total={sheet.summary.total} />
        ) : (
          <Skeleton active />
        )}
      </Card>
    </Flex>
  );
}
