export { Panel, type PanelProps } from './panel';
export {
  EmptyState,
  ErrorState,
  formatProgress,
  LoadingState,
  NotAuthorizedState,
  PartialNotice,
  UnreadableCount,
  type RetryableProps,
  type UnreadableItem,
} from './states';
export { describeFhirError } from './describe-error';
export { PanelBoundary } from './panel-boundary';
