import { BoardPage, type ProjectDrawerSlotProps } from '../features/board';
import { AppProjectDrawer } from './project-drawer-slot';

const renderProjectDrawer = (props: ProjectDrawerSlotProps) => <AppProjectDrawer {...props} />;

export function BoardRoute() {
  return <BoardPage renderProjectDrawer={renderProjectDrawer} />;
}
