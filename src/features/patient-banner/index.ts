export { PatientBanner } from './patient-banner';
