import { SUPERVISION_STATUS_LABELS, awaitsReply } from '@luodi/domain';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { NoticeFieldsFragment, Role } from '../../../gql/graphql';
import { useBilingual, useT } from '../../../shared/i18n';
import { useNoticeActions } from '../hooks/use-notice-actions';
import { NoticeResponseForm } from './notice-forms';

const STATUS_COLORS = { ISSUED: 'blue', REPLIED: 'gold', RETURNED: 'volcano', CLOSED: 'default' };

export interface NoticeViewer {
  id: string;
  role: Role;
}

/** One 督办 with its exchange, and the next step the viewer may take on it. */
export function NoticeCard({
  notice,
  viewer,
  onOpenProject,
  onChanged,
}: {
  notice: NoticeFieldsFragment;
  viewer: NoticeViewer;
  onOpenProject?: (projectId: string) => void;
  onChanged?: () => unknown;
}) {
  const t = useT();
  const bilingual = useBilingual();
  const actions = useNoticeActions(onChanged);
  const [responding, setResponding] = useState<'reply' | 'close' | 'return' | null>(null);
  const mayReply = awaitsReply(notice.status) && notice.answerer.id === viewer.id;
  const mayDecide = notice.status === 'REPLIED' && viewer.role === 'SUPERVISOR';

  const finish = (ok: boolean) => ok && setResponding(null);
  const projectTitle = `${notice.project.name}（${notice.project.code}）`;

  return (
    <Card
      size="small"
      data-testid={`notice-${notice.id}`}
      title={
        <Flex gap={8} align="center" wrap>
          <Tag color={STATUS_COLORS[notice.status]}>
            {bilingual(SUPERVISION_STATUS_LABELS[notice.status])}
          </Tag>
          {onOpenProject ? (
            <Button
              type="link"
              style={{ padding: 0 }}
              onClick={() => onOpenProject(notice.project.id)}
            >
              {projectTitle}
            </Button>
          ) : (
            <span>{projectTitle}</span>
          )}
          {notice.daysOverdue !== null && notice.daysOverdue !== undefined && (
            <Tag color="red">{t('notices.overdue', { days: notice.daysOverdue })}</Tag>
          )}
        </Flex>
      }
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('notices.due', { date: notice.dueOn })}
        </Typography.Text>
      }
    >
      <Flex vertical gap={6}>
        <Typography.Text>{notice.demand}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('notices.issuedBy', {
            name: notice.issuedBy.name,
            at: notice.issuedAt.slice(0, 10),
            answerer: notice.answerer.name,
            unit: notice.project.orgUnit.name,
          })}
        </Typography.Text>
        {notice.reply && (
          <Typography.Paragraph style={{ margin: 0, padding: 8, background: '#fafafa' }}>
            <Typography.Text strong>
              {t('notices.replyBy', { name: notice.repliedBy?.name ?? '' })}
            </Typography.Text>
            {notice.reply}
          </Typography.Paragraph>
        )}
        {notice.returnReason && notice.status !== 'CLOSED' && (
          <Typography.Text type="danger">
            {t('notices.returnedBecause', {
              count: notice.returnCount,
              reason: notice.returnReason,
            })}
          </Typography.Text>
        )}
        {notice.status === 'CLOSED' && (
          <Typography.Text type="success">
            {t('notices.closedWith', { note: notice.closingNote ?? '—' })}
          </Typography.Text>
        )}
        {responding ? (
          <NoticeResponseForm
            kind={responding}
            busy={actions.busy}
            onCancel={() => setResponding(null)}
            onSubmit={async (text, dueOn, form) => {
              if (responding === 'reply')
                finish(await actions.reply(notice.id, notice.version, text, form));
              if (responding === 'close')
                finish(await actions.close(notice.id, notice.version, text || null, form));
              if (responding === 'return') {
                finish(
                  await actions.sendBack(notice.id, notice.version, { reason: text, dueOn }, form),
                );
              }
            }}
          />
        ) : (
          (mayReply || mayDecide) && (
            <Flex gap={8} justify="flex-end">
              {mayReply && (
                <Button type="primary" onClick={() => setResponding('reply')}>
                  {t('notices.replyAction')}
                </Button>
              )}
              {mayDecide && (
                <>
                  <Button danger onClick={() => setResponding('return')}>
                    {t('notices.returnAction')}
                  </Button>
                  <Button type="primary" onClick={() => setResponding('close')}>
                    {t('notices.closeAction')}
                  </Button>
                </>
              )}
            </Flex>
          )
        )}
      </Flex>
    </Card>
  );
}
