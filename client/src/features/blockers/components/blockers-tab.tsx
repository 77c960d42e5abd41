import { useQuery } from '@apollo/client/react';
import { BLOCKER_CATEGORY_LABELS, BLOCKER_STATUS_LABELS, choiceLabel } from '@luodi/domain';
import { Button, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { BlockerRowFragment } from '../../../gql/graphql';
import { useBilingual, useLocale, useT } from '../../../shared/i18n';
import { PageError } from '../../../shared/ui/page-states';
import { ProjectBlockersDocument } from '../api/blocker-operations';
import { type BlockerAction, BlockerActionModal } from './blocker-action-modal';
import { blockerRights } from './blocker-rights';
import { RaiseBlockerForm } from './raise-blocker-form';

const STATUS_COLORS = { OPEN: 'blue', ESCALATED: 'purple', RESOLVED: 'green' } as const;

function BlockerDetails({ blocker }: { blocker: BlockerRowFragment }) {
  const t = useT();
  const department = blocker.department;
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <Typography.Text>{blocker.description}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('blockers.line', {
          department: department.name,
          contact: [department.contactPerson, department.phone].filter(Boolean).join(' ') || '—',
          raisedOn: blocker.raisedOn,
          dueOn: blocker.dueOn,
          name: blocker.raisedBy.name,
        })}
      </Typography.Text>
      {blocker.escalatedTo && blocker.status !== 'RESOLVED' && (
        <Typography.Text style={{ fontSize: 12 }}>
          {t('blockers.escalatedLine', {
            leader: blocker.escalatedTo.name,
            note: blocker.escalationNote ?? '',
          })}
        </Typography.Text>
      )}
      {blocker.status === 'RESOLVED' && (
        <Typography.Text type="success" style={{ fontSize: 12 }}>
          {t('blockers.resolvedLine', {
            on: blocker.resolvedOn ?? '',
            name: blocker.resolvedBy?.name ?? '',
            note: blocker.resolutionNote ?? '',
          })}
        </Typography.Text>
      )}
      {blocker.reopenReason && blocker.status !== 'RESOLVED' && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {t('blockers.reopenedLine', { reason: blocker.reopenReason })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** 交办问题 of one project: raise, 销号, 提请领导协调, reopen. */
export function BlockersTab({
  projectId,
  onChanged,
}: {
  projectId: string;
  onChanged: () => void;
}) {
  const t = useT();
  const bilingual = useBilingual();
  const lang = useLocale().locale === 'zh-CN' ? 'zh' : 'en';
  const query = useQuery(ProjectBlockersDocument, {
    variables: { id: projectId },
    fetchPolicy: 'cache-and-network',
  });
  const [acting, setActing] = useState<{
    action: BlockerAction;
    blocker: BlockerRowFragment;
  } | null>(null);
  const { data, error, refetch } = query;
  const project = data?.project;
  const me = data?.me;

  if (!project || !me) {
    if (error) return <PageError error={error} onRetry={() => void refetch()} />;
    return <Skeleton active paragraph={{ rows: 6 }} />;
  }

  const changed = () => {
    void refetch();
    onChanged();
  };
  // Open ones first, the most overdue on top; then the closed ones, newest first.
  const blockers = [...project.blockers].sort(
    (a, b) =>
      Number(a.status === 'RESOLVED') - Number(b.status === 'RESOLVED') ||
      (a.status === 'RESOLVED' ? 0 : a.dueOn.localeCompare(b.dueOn)),
  );
  const canRaise = blockerRights(me, project).raise;

  return (
    <Flex vertical gap={12} data-testid="blockers-tab">
      <Typography.Text type="secondary">
        {t('blockers.summary', { count: project.openBlockerCount })}
      </Typography.Text>
      {canRaise && (
        <RaiseBlockerForm
          projectId={project.id}
          departments={data.departments}
          onRaised={changed}
        />
      )}
      {blockers.length === 0 ? (
        <Empty description={t('blockers.none')} />
      ) : (
        <List
          size="small"
          bordered
          dataSource={blockers}
          renderItem={(blocker) => {
            const rights = blockerRights(me, project, blocker);
            const act = (action: BlockerAction) => () => setActing({ action, blocker });
            return (
              <List.Item
                data-blocker-id={blocker.id}
                actions={[
                  rights.resolve && (
                    <Button key="resolve" type="link" size="small" onClick={act('resolve')}>
                      {t('blockers.resolve.action')}
                    </Button>
                  ),
                  rights.escalate && (
                    <Button key="escalate" type="link" size="small" onClick={act('escalate')}>
                      {t('blockers.escalate.action')}
                    </Button>
                  ),
                  rights.reopen && (
                    <Button key="reopen" type="link" size="small" onClick={act('reopen')}>
                      {t('blockers.reopen.action')}
                    </Button>
                  ),
                ].filter(Boolean)}
              >
                <Flex vertical gap={4} style={{ minWidth: 0 }}>
                  <Flex gap={4} wrap>
                    <Tag>{choiceLabel(BLOCKER_CATEGORY_LABELS, blocker.category, lang)}</Tag>
                    <Tag color={STATUS_COLORS[blocker.status]}>
                      {bilingual(BLOCKER_STATUS_LABELS[blocker.status])}
                    </Tag>
                    {blocker.overdue ? (
                      <Tag color="red">
                        {t('blockers.overdueDays', { days: blocker.overdueDays })}
                      </Tag>
                    ) : (
                      blocker.status !== 'RESOLVED' && (
                        <Tag>{t('blockers.ageDays', { days: blocker.ageDays })}</Tag>
                      )
                    )}
                  </Flex>
                  <BlockerDetails blocker={blocker} />
                </Flex>
              </List.Item>
            );
          }}
        />
      )}
      <BlockerActionModal
        action={acting?.action ?? null}
        blocker={acting?.blocker ?? null}
        leaders={project.escalationLeaders}
        onClose={() => setActing(null)}
        onChanged={changed}
      />
    </Flex>
  );
}
