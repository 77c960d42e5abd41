export { BlockersTab } from './components/blockers-tab';
export { DepartmentsPage } from './components/departments-page';
export { DispatchPage } from './components/dispatch-page';
export type { DispatchPageProps } from './components/dispatch-page';
