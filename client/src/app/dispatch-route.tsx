import { DispatchPage } from '../features/blockers';
import { sessionToken } from './session-token';

export function DispatchRoute() {
  return <DispatchPage getToken={sessionToken} />;
}
