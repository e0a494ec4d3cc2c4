/**
 * Checks, page by page, that a `_sort=-date` search really arrives newest first (DESIGN: never trust
 * `_sort`: a server may ignore it and send its own order). Each resource's newest effective time must
 * be at or before the oldest seen before it, within a page and across pages (equal times allowed). Resources are JSON
 * as the server sent it: a value without a readable time is skipped (it cannot break the order).
 */
import { fhirTime } from '../fhir/fhir-date';

const field = (r: object, key: string): unknown =>
  key in r ? (r as Record<string, unknown>)[key] : undefined;

/** Every time effective[x] carries (a period gives both ends): the search `date` matches any of them. */
function timesOf(resource: unknown): number[] {
  if (typeof resource !== 'object' || resource === null) return [];
  const period = field(resource, 'effectivePeriod');
  const values = [
    field(resource, 'effectiveDateTime'),
    field(resource, 'effectiveInstant'),
    ...(typeof period === 'object' && period !== null
      ? [field(period, 'start'), field(period, 'end')]
      : []),
  ];
  return values.map(fhirTime).filter((t): t is number => t !== undefined);
}

export interface OrderCheck {
  /** Feed each page's resources in arrival order. */
  page(resources: readonly unknown[]): void;
  /** True while every page so far was at or before the one before it. */
  readonly newestFirst: boolean;
  /** The oldest time seen in any page so far. */
  readonly oldest: number | undefined;
  /** The newest time seen in any page so far. */
  readonly newest: number | undefined;
}

export function createOrderCheck(): OrderCheck {
  let newestFirst = true;
  let oldest: number | undefined;
  let newest: number | undefined;
  return {
    page(resources) {
      // Within a page too: a server ignoring `_sort` may send one oldest-first page before failing.
      for (const r of resources) {
        const times = timesOf(r);
        if (times.length === 0) continue;
        if (oldest !== undefined && Math.max(...times) > oldest) newestFirst = false;
        const most = Math.max(...times);
        if (newest === undefined || most > newest) newest = most;
        const least = Math.min(...times);
        if (oldest === undefined || least < oldest) oldest = least;
      }
    },
    get newestFirst() {
      return newestFirst;
    },
    get oldest() {
      return oldest;
    },
    get newest() {
      return newest;
    },
  };
}
