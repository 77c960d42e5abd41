import {
  BoardPage,
  type BoardHeaderSlotProps,
  type ProjectDrawerSlotProps,
} from '../features/board';
import { sessionStore } from '../features/auth';
import { ExportFlaggedButton, ExportLedgerButton, ImportProjectsDialog } from '../features/ledger';
import { ProjectDrawer } from '../features/project-drawer';

// Features do not import each other: the board opens whatever drawer the app gives it.
const renderProjectDrawer = (props: ProjectDrawerSlotProps) => <ProjectDrawer {...props} />;

// The spreadsheet requests carry the session's token in their Authorization header.
const sessionToken = () => sessionStore.get()?.token ?? null;

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
