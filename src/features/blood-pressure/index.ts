export { BloodPressurePanel, type BloodPressurePanelProps } from './blood-pressure-panel';
