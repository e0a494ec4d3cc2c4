export { RecordReadingPanel } from './record-reading-panel';
