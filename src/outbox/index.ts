export { Outbox, type NewEntry, type OutboxOptions } from './outbox';
export { outboxBackoffMs } from './retry-policy';
export { idbOutboxStore, OUTBOX_DB_NAME, type OutboxStore } from './store';
export { newUuid } from './ids';
export type { OutboxEntry, OutboxItem, OutboxScope, PendingState, SentEntry } from './types';
export {
  expiresAt,
  expiresSoon,
  isExpired,
  RETENTION_DAYS,
  RETENTION_MS,
  WARNING_DAYS,
} from './retention';
export type { WaitingCount } from './store';
