export { presentApiError } from './present-api-error';
export { readApiError } from './read-api-error';
export { useReportApiError } from './use-report-api-error';
