import { BoardPage, type ProjectDrawerSlotProps } from '../features/board';
import { BlockersTab } from '../features/blockers';
import { type DrawerExtraTab, ProjectDrawer } from '../features/project-drawer';
import { useT } from '../shared/i18n';

// Features do not import each other: the board opens whatever drawer the app gives it, and the
// drawer shows the tabs other features lend it.
function ProjectDrawerWithTabs(props: ProjectDrawerSlotProps) {
  const t = useT();
  const extraTabs: DrawerExtraTab[] = [
    {
      key: 'blockers',
      label: t('drawer.tab.blockers'),
      render: (projectId, onChanged) => <BlockersTab projectId={projectId} onChanged={onChanged} />,
    },
  ];
  return <ProjectDrawer {...props} extraTabs={extraTabs} />;
}

const renderProjectDrawer = (props: ProjectDrawerSlotProps) => <ProjectDrawerWithTabs {...props} />;

export function BoardRoute() {
  return <BoardPage renderProjectDrawer={renderProjectDrawer} />;
}
