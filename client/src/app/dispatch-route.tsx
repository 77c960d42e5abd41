import { DispatchPage } from '../features/blockers';
import { authorizedFetch } from './authorized-fetch';

export function DispatchRoute() {
  return <DispatchPage authorizedFetch={authorizedFetch} />;
}
