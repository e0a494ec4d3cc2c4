export { MedicationsPanel } from './medications-panel';
export { MedicationTimeline, type MedicationTimelineProps } from './medication-timeline';
