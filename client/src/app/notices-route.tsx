import { NoticesPage, type NoticesPageProps } from '../features/notices';
import { AppProjectDrawer } from './project-drawer-slot';

const renderProjectDrawer: NoticesPageProps['renderProjectDrawer'] = (props) => (
  <AppProjectDrawer {...props} initialTab="notices" />
);

export function NoticesRoute() {
  return <NoticesPage renderProjectDrawer={renderProjectDrawer} />;
}
