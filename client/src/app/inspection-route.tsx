import {
  InspectionPage,
  type InspectionDrawerSlotProps,
  type InspectionPageProps,
} from '../features/inspection';
import { ExportFlaggedButton } from '../features/ledger';
import { AppProjectDrawer } from './project-drawer-slot';
import { sessionToken } from './session-token';

const renderProjectDrawer = (props: InspectionDrawerSlotProps) => <AppProjectDrawer {...props} />;

const renderHeaderExtra: InspectionPageProps['renderHeaderExtra'] = ({ level, filter }) => (
  <ExportFlaggedButton filter={filter} level={level} getToken={sessionToken} />
);

export function InspectionRoute() {
  return (
    <InspectionPage
      renderProjectDrawer={renderProjectDrawer}
      renderHeaderExtra={renderHeaderExtra}
    />
  );
}
