export { CockpitPage } from './components/cockpit-page';
export { MonthlyReportPage } from './components/monthly-report-page';
export { TargetsAdminPage } from './components/targets-admin-page';
