export { ThresholdsPage } from './components/thresholds-page';
