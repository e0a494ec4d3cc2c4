export { PatientBanner } from './patient-banner';
export { displayName } from './format';
