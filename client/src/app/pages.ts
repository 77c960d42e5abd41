import { lazy } from 'react';

// Each page loads with its own chunk, so signing in does not download every feature.
export const HomePage = lazy(() =>
  import('../features/home/components/home-page').then((module) => ({ default: module.HomePage })),
);
export const UsersPage = lazy(() =>
  import('../features/users/components/users-page').then((module) => ({
    default: module.UsersPage,
  })),
);
export const BoardPage = lazy(() =>
  import('./board-route').then((module) => ({ default: module.BoardRoute })),
);
export const InspectionPage = lazy(() =>
  import('./inspection-route').then((module) => ({ default: module.InspectionRoute })),
);
export const NoticesPage = lazy(() =>
  import('./notices-route').then((module) => ({ default: module.NoticesRoute })),
);
export const ThresholdsPage = lazy(() =>
  import('../features/flag-thresholds').then((module) => ({ default: module.ThresholdsPage })),
);
// The cockpit's pages share one chunk with ECharts; exceljs loads only when exporting.
const cockpit = () => import('../features/cockpit');
export const CockpitPage = lazy(() =>
  cockpit().then((module) => ({ default: module.CockpitPage })),
);
export const MonthlyReportPage = lazy(() =>
  cockpit().then((module) => ({ default: module.MonthlyReportPage })),
);
export const TargetsAdminPage = lazy(() =>
  cockpit().then((module) => ({ default: module.TargetsAdminPage })),
);
export const DispatchPage = lazy(() =>
  import('./dispatch-route').then((module) => ({ default: module.DispatchRoute })),
);
export const DepartmentsPage = lazy(() =>
  import('../features/blockers').then((module) => ({
    default: module.DepartmentsPage,
  })),
);
export const AuditLogPage = lazy(() =>
  import('./audit-log-route').then((module) => ({ default: module.AuditLogRoute })),
);
export const OrgUnitsPage = lazy(() =>
  import('../features/city-setup').then((module) => ({ default: module.OrgUnitsPage })),
);
export const ChainsPage = lazy(() =>
  import('../features/city-setup').then((module) => ({ default: module.ChainsPage })),
);
export const InvestorPage = lazy(() =>
  import('./investor-route').then((module) => ({ default: module.InvestorRoute })),
);
