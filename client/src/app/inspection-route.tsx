import { InspectionPage, type InspectionDrawerSlotProps } from '../features/inspection';
import { AppProjectDrawer } from './project-drawer-slot';

const renderProjectDrawer = (props: InspectionDrawerSlotProps) => <AppProjectDrawer {...props} />;

export function InspectionRoute() {
  return <InspectionPage renderProjectDrawer={renderProjectDrawer} />;
}
