import { useQuery } from '@apollo/client/react';
import { Flex, Segmented, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Role } from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../shared/i18n';
import { PageError } from '../../../shared/ui/page-states';
import { NoticesDocument } from '../api/notice-operations';
import { NoticeList } from './notice-list';

const VIEWS = {
  toAnswer: { labelKey: 'notices.view.toAnswer', variables: { mine: true, awaitingReply: true } },
  mine: { labelKey: 'notices.view.mine', variables: { mine: true } },
  toClose: { labelKey: 'notices.view.toClose', variables: { status: 'REPLIED' as const } },
  awaiting: { labelKey: 'notices.view.awaiting', variables: { awaitingReply: true } },
  all: { labelKey: 'notices.view.all', variables: {} },
} satisfies Record<string, { labelKey: MessageKey; variables: object }>;
type View = keyof typeof VIEWS;

/** Supervisors work from what awaits their decision; everyone else from what awaits their answer. */
function viewsFor(role: Role): View[] {
  return role === 'SUPERVISOR' ? ['toClose', 'awaiting', 'all'] : ['toAnswer', 'mine', 'all'];
}

export interface NoticesPageProps {
  /** Opens a project (the app gives the drawer). */
  renderProjectDrawer?: (props: { projectId: string | null; onClose: () => void }) => ReactNode;
}

/** 督办: the inbox of notices to answer, and the supervisor's desk of answers to judge. */
export function NoticesPage({ renderProjectDrawer }: NoticesPageProps) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const viewer = useQuery(NoticesDocument, { variables: { mine: true, awaitingReply: true } });
  const role = viewer.data?.me.role;
  const views = role ? viewsFor(role) : [];
  const requested = params.get('view') as View | null;
  const view = requested && views.includes(requested) ? requested : views[0];
  const list = useQuery(NoticesDocument, {
    variables: view ? VIEWS[view].variables : {},
    skip: !view,
    fetchPolicy: 'cache-and-network',
  });
  const openProject = params.get('project');
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  const error = viewer.error ?? list.error;
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('notices.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('notices.subtitle')}</Typography.Text>
      </div>
      {views.length > 0 && (
        <Segmented
          value={view}
          onChange={(value) => setParam('view', String(value))}
          options={views.map((key) => ({ value: key, label: t(VIEWS[key].labelKey) }))}
        />
      )}
      {error ? (
        <PageError error={error} onRetry={() => void list.refetch()} />
      ) : !list.data || !viewer.data ? (
        <Skeleton active />
      ) : (
        <NoticeList
          notices={list.data.supervisions}
          viewer={viewer.data.me}
          empty={t('notices.none')}
          onOpenProject={(projectId) => setParam('project', projectId)}
          onChanged={() => Promise.all([list.refetch(), viewer.refetch()])}
        />
      )}
      {renderProjectDrawer?.({ projectId: openProject, onClose: () => setParam('project', null) })}
    </Flex>
  );
}
