export { ProjectDrawer } from './components/project-drawer';
export type { DrawerTab, ExtraTabProject, ProjectDrawerProps } from './components/project-drawer';
