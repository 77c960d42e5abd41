import { Empty, Flex } from 'antd';
import type { NoticeFieldsFragment } from '../../../gql/graphql';
import { NoticeCard, type NoticeViewer } from './notice-card';

export function NoticeList({
  notices,
  viewer,
  empty,
  onOpenProject,
  onChanged,
}: {
  notices: readonly NoticeFieldsFragment[];
  viewer: NoticeViewer;
  empty: string;
  onOpenProject?: (projectId: string) => void;
  onChanged?: () => unknown;
}) {
  if (notices.length === 0) return <Empty description={empty} />;
  return (
    <Flex vertical gap={12}>
      {notices.map((notice) => (
        <NoticeCard
          key={notice.id}
          notice={notice}
          viewer={viewer}
          onOpenProject={onOpenProject}
          onChanged={onChanged}
        />
      ))}
    </Flex>
  );
}
