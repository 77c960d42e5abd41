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
export const InspectionPage = lazy(() =>
  import('./inspection-route').then((module) => ({ default: module.InspectionRoute })),
);
export const NoticesPage = lazy(() =>
  import('./notices-route').then((module) => ({ default: module.NoticesRoute })),
);
export const ThresholdsPage = lazy(() =>
  import('../features/flag-thresholds').then((module) => ({ default: module.ThresholdsPage })),
);
