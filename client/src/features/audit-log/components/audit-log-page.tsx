import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, type BilingualLabel } from '@luodi/domain';
import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import type { AuditLogQuery } from '../../../gql/graphql';
import { downloadFile } from '../../../shared/files';
import { useBilingual, useT } from '../../../shared/i18n';
import { PageError } from '../../../shared/ui/page-states';
import {
  AuditActorOptionsDocument,
  auditLogExportPath,
  type AuditLogFilter,
} from '../api/audit-log-operations';
import { changeLines } from '../api/audit-changes';
import { useAuditLog } from '../hooks/use-audit-log';
import { useKeyboardScroll } from '../hooks/use-keyboard-scroll';

type AuditEventRow = AuditLogQuery['auditLog']['edges'][number]['node'];

export interface AuditLogPageProps {
  /** The session token for the Excel download (sent as a header). */
  getToken: () => string | null;
}

const labelOf = (
  labels: Record<string, BilingualLabel>,
  key: string,
  pick: (l: BilingualLabel) => string,
) => (labels[key] ? pick(labels[key]) : key);

/** 设置 → 操作日志 (督查, 管理员): every audit event, filtered, newest first, exportable. */
export function AuditLogPage({ getToken }: AuditLogPageProps) {
  const t = useT();
  const bilingual = useBilingual();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<AuditLogFilter>({});
  const [exporting, setExporting] = useState(false);
  const log = useAuditLog(filter);
  const actors = useQuery(AuditActorOptionsDocument);
  const tableBox = useRef<HTMLDivElement>(null);
  useKeyboardScroll(tableBox, t('auditLog.pageTitle'), [log.events.length]);
  const change = (patch: Partial<AuditLogFilter>) =>
    setFilter((current) => ({ ...current, ...patch }));

  async function exportLog() {
    setExporting(true);
    try {
      await downloadFile(
        auditLogExportPath(filter),
        getToken(),
        t('auditLog.exportFile', { date: dayjs().format('YYYY-MM-DD') }),
      );
    } catch (error) {
      void message.error(
        error instanceof Error && error.message ? error.message : t('errors.NETWORK'),
      );
    } finally {
      setExporting(false);
    }
  }

  const columns: TableColumnsType<AuditEventRow> = [
    {
      title: t('auditLog.column.at'),
      dataIndex: 'at',
      width: 170,
      render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss'),
    },
    {
      title: t('auditLog.column.actor'),
      width: 150,
      render: (_, event) => (
        <Flex vertical>
          <Typography.Text>{event.actor.name}</Typography.Text>
          {event.actor.username && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {event.actor.username}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('auditLog.column.action'),
      dataIndex: 'action',
      width: 140,
      render: (action: string) => (
        <Tag color={/FAILED|REFUSED|DEACTIVATE|RESET/.test(action) ? 'red' : 'default'}>
          {labelOf(AUDIT_ACTION_LABELS, action, bilingual)}
        </Tag>
      ),
    },
    {
      title: t('auditLog.column.entity'),
      width: 130,
      render: (_, event) =>
        `${labelOf(AUDIT_ENTITY_LABELS, event.entity, bilingual)}${event.entityId !== '0' ? ` #${event.entityId}` : ''}`,
    },
    {
      title: t('auditLog.column.address'),
      dataIndex: 'address',
      width: 140,
      render: (address: string | null) => address ?? '—',
    },
    {
      title: t('auditLog.column.changes'),
      dataIndex: 'changes',
      render: (changes: string) => {
        const lines = changeLines(changes);
        if (lines.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <Flex vertical gap={2}>
            {lines.slice(0, 6).map((line) => (
              <Typography.Text key={line.field} style={{ fontSize: 13, wordBreak: 'break-all' }}>
                {line.field && <Typography.Text strong>{line.field}</Typography.Text>}{' '}
                {line.before && `${line.before} → `}
                {line.after}
              </Typography.Text>
            ))}
            {lines.length > 6 && (
              <Typography.Text type="secondary">
                {t('auditLog.moreChanges', { count: lines.length - 6 })}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {t('auditLog.pageTitle')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('auditLog.pageDescription')}</Typography.Text>
        </div>
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportLog()}>
          {t('auditLog.export')}
        </Button>
      </Flex>
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('auditLog.filter.actor')}
            aria-label={t('auditLog.filter.actor')}
            style={{ width: 200, maxWidth: '100%' }}
            loading={actors.loading}
            value={filter.actorId}
            onChange={(actorId?: string) => change({ actorId })}
            options={(actors.data?.users ?? []).map((user) => ({
              value: user.id,
              label: `${user.name}（${user.username}）`,
            }))}
          />
          <Select
            allowClear
            placeholder={t('auditLog.filter.entity')}
            aria-label={t('auditLog.filter.entity')}
            style={{ width: 160, maxWidth: '100%' }}
            value={filter.entity}
            onChange={(entity?: string) => change({ entity })}
            options={Object.entries(AUDIT_ENTITY_LABELS).map(([value, label]) => ({
              value,
              label: bilingual(label),
            }))}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('auditLog.filter.action')}
            aria-label={t('auditLog.filter.action')}
            style={{ width: 180, maxWidth: '100%' }}
            value={filter.action}
            onChange={(action?: string) => change({ action })}
            options={Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({
              value,
              label: bilingual(label),
            }))}
          />
          <DatePicker.RangePicker
            aria-label={t('auditLog.filter.period')}
            placeholder={[t('auditLog.filter.from'), t('auditLog.filter.to')]}
            value={filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null}
            onChange={(range) => {
              const [from, to] = (range ?? []) as [Dayjs | null, Dayjs | null];
              change({ from: from?.format('YYYY-MM-DD'), to: to?.format('YYYY-MM-DD') });
            }}
          />
        </Flex>
        {log.error && log.events.length === 0 ? (
          <PageError error={log.error} onRetry={log.refetch} />
        ) : (
          <div ref={tableBox}>
            <Table<AuditEventRow>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={log.events}
              loading={log.loading && log.events.length === 0}
              pagination={false}
              scroll={{ x: 960 }}
              locale={{
                emptyText: (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('auditLog.empty')} />
                ),
              }}
            />
            <Flex justify="center" style={{ marginTop: 16 }}>
              {log.hasMore ? (
                <Button onClick={log.loadMore} loading={log.loading}>
                  {t('auditLog.loadMore')}
                </Button>
              ) : (
                log.events.length > 0 && (
                  <Typography.Text type="secondary">
                    {t('auditLog.end', { count: log.events.length })}
                  </Typography.Text>
                )
              )}
            </Flex>
          </div>
        )}
      </Card>
    </Flex>
  );
}
