import { BlockersTab } from '../features/blockers';
import { NoticesTab } from '../features/notices';
import { ProjectDrawer, type ExtraTabProject } from '../features/project-drawer';
import { useT } from '../shared/i18n';

// Features do not import each other: the app decides which drawer a page opens, with which tabs.
export function AppProjectDrawer(props: {
  projectId: string | null;
  onClose: () => void;
  onTerminated?: (projectId: string) => void;
  initialTab?: string;
}) {
  const t = useT();
  const extraTabs = (project: ExtraTabProject) => [
    {
      key: 'blockers',
      label: t('drawer.tab.blockers'),
      children: <BlockersTab projectId={project.id} onChanged={() => void project.refetch()} />,
    },
    {
      key: 'notices',
      label: t('nav.notices'),
      children: (
        <NoticesTab
          projectId={project.id}
          projectActive={project.status === 'ACTIVE'}
          onChanged={project.refetch}
        />
      ),
    },
  ];
  return <ProjectDrawer onTerminated={() => undefined} {...props} extraTabs={extraTabs} />;
}
