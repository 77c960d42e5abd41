import { BoardPage, type ProjectDrawerSlotProps } from '../features/board';
import { ProjectDrawer } from '../features/project-drawer';

// Features do not import each other: the board opens whatever drawer the app gives it.
const renderProjectDrawer = (props: ProjectDrawerSlotProps) => <ProjectDrawer {...props} />;

export function BoardRoute() {
  return <BoardPage renderProjectDrawer={renderProjectDrawer} />;
}
