export { BoardPage } from './components/board-page';
export type { BoardPageProps, ProjectDrawerSlotProps } from './components/board-page';
