import {
  BoardPage,
  type BoardHeaderSlotProps,
  type ProjectDrawerSlotProps,
} from '../features/board';
import { ExportFlaggedButton, ExportLedgerButton, ImportProjectsDialog } from '../features/ledger';
import { AppProjectDrawer } from './project-drawer-slot';
import { sessionToken } from './session-token';

const renderProjectDrawer = (props: ProjectDrawerSlotProps) => <AppProjectDrawer {...props} />;

const renderHeaderExtra = ({ filter, role, reload }: BoardHeaderSlotProps) => (
  <>
    {(role === 'STAFF' || role === 'ADMIN') && (
      <ImportProjectsDialog getToken={sessionToken} onImported={reload} />
    )}
    <ExportLedgerButton filter={filter} getToken={sessionToken} />
    <ExportFlaggedButton filter={filter} getToken={sessionToken} />
  </>
);

export function BoardRoute() {
  return (
    <BoardPage renderProjectDrawer={renderProjectDrawer} renderHeaderExtra={renderHeaderExtra} />
  );
}
