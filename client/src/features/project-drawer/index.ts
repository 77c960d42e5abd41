export { ProjectDrawer } from './components/project-drawer';
export type { DrawerExtraTab, ProjectDrawerProps } from './components/project-drawer';
