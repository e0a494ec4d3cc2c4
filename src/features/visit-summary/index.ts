export { PrintSummaryButton } from './print-button';
export { VisitSummary } from './visit-summary';
