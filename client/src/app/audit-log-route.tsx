import { AuditLogPage } from '../features/audit-log';
import { sessionToken } from './session-token';

export function AuditLogRoute() {
  return <AuditLogPage getToken={sessionToken} />;
}
