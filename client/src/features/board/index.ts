export { BoardPage } from './components/board-page';
export type {
  BoardHeaderSlotProps,
  BoardPageProps,
  ProjectDrawerSlotProps,
} from './components/board-page';
