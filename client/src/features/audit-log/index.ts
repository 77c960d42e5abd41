export { AuditLogPage } from './components/audit-log-page';
export type { AuditLogPageProps } from './components/audit-log-page';
