export { ProjectDrawer } from './components/project-drawer';
export type { ProjectDrawerProps } from './components/project-drawer';
