export { LabsPanel } from './labs-panel';
