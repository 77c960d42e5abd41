export { ChainsPage } from './components/chains-page';
export { OrgUnitsPage } from './components/org-units-page';
