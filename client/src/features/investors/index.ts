export { InvestorPage } from './components/investor-page';
export type { InvestorPageProps } from './components/investor-page';
