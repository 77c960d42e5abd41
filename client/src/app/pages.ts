import { lazy } from 'react';

// Each page loads with its own chunk, so signing in does not download every feature.
export const HomePage = lazy(() =>
  import('../features/home/components/home-page').then((module) => ({ default: module.HomePage })),
);
export const UsersPage = lazy(() =>
  import('../features/users/components/users-page').then((module) => ({
    default: module.UsersPage,
  })),
);
export const BoardPage = lazy(() =>
  import('./board-route').then((module) => ({ default: module.BoardRoute })),
);
export const DispatchPage = lazy(() =>
  import('./dispatch-route').then((module) => ({ default: module.DispatchRoute })),
);
export const DepartmentsPage = lazy(() =>
  import('../features/blockers/components/departments-page').then((module) => ({
    default: module.DepartmentsPage,
  })),
);
