/** What every FHIR handler shares: the store, the paging snapshots and the page-size limit. */
import type { Snapshots } from './snapshots';
import type { Store } from './store';

export interface FhirContext {
  store: Store;
  snapshots: Snapshots;
  maxPageSize: number;
}

export const DEFAULT_PAGE_SIZE = 50;
