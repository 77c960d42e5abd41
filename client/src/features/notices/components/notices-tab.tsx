import { useQuery } from '@apollo/client/react';
import { Card, Flex, Skeleton } from 'antd';
import { useT } from '../../../shared/i18n';
import { PageError } from '../../../shared/ui/page-states';
import { NoticesDocument } from '../api/notice-operations';
import { IssueNoticeForm } from './notice-forms';
import { NoticeList } from './notice-list';

/** The project drawer's 督办 tab: its notices, and for a supervisor the form to issue one. */
export function NoticesTab({
  projectId,
  projectActive,
  onChanged,
}: {
  projectId: string;
  projectActive: boolean;
  onChanged: () => unknown;
}) {
  const t = useT();
  const { data, error, loading, refetch } = useQuery(NoticesDocument, {
    variables: { projectId },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) {
    if (error) return <PageError error={error} onRetry={() => void refetch()} />;
    return <Skeleton active loading={loading} />;
  }
  const changed = async () => {
    await Promise.all([refetch(), onChanged()]);
  };
  return (
    <Flex vertical gap={12}>
      {data.me.role === 'SUPERVISOR' && projectActive && (
        <Card size="small" title={t('notices.issueTitle')}>
          <IssueNoticeForm projectId={projectId} onDone={changed} />
        </Card>
      )}
      <NoticeList
        notices={data.supervisions}
        viewer={data.me}
        empty={t('notices.noneOnProject')}
        onChanged={changed}
      />
    </Flex>
  );
}
