export { PanelView } from './panel-view';
