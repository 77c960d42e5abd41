export { InspectionPage } from './components/inspection-page';
export type { InspectionDrawerSlotProps, InspectionPageProps } from './components/inspection-page';
