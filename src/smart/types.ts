/**
 * The contract between the SMART layer and everything above it. Features and queries see these types,
 * never fhirclient. Implementations live beside this file (gateway.ts, session.ts).
 */
import type { OperationOutcome, Resource } from 'fhir/r4';
import type { Identity } from './id-token';

/** Search parameters: repeated keys as arrays (e.g. `date: ['ge2024-01-01', 'le2024-12-31']`). */
export type SearchParams = Readonly<Record<string, string | readonly string[] | undefined>>;

export type FhirErrorKind =
  | 'unauthorized' // 401: token refused; the session is over
  | 'forbidden' // 403: scope not granted or outside the compartment
  | 'not-found' // 404 / 410
  | 'invalid' // 400 / 412 / 422: the server refused our request or resource
  | 'rate-limited' // 429 (after retries)
  | 'server' // 5xx (after retries)
  | 'network' // no response at all
  | 'timeout' // no answer within the request's deadline (retryable)
  | 'malformed' // a response that is not the FHIR JSON we asked for
  | 'session-ended'; // no usable token (state gone, refresh refused)

/** A failed FHIR interaction as a value: classified by HTTP status, never by message text. */
export class FhirError extends Error {
  override readonly name = 'FhirError';
  constructor(
    readonly kind: FhirErrorKind,
    message: string,
    readonly status?: number,
    readonly outcome?: OperationOutcome,
  ) {
    super(message);
  }
}

export function isFhirError(value: unknown): value is FhirError {
  return value instanceof FhirError;
}

/**
 * Whether a failure ends what the caller is doing: anything not a FhirError (a bug, an abort), or the
 * session over (401, no usable token). Everything else is a partial-data failure the caller reports.
 */
export const endsSession = (e: unknown): boolean => asPartialFailure(e) === undefined;

/** The error as a partial-data failure to report, or undefined when it ends the session. */
export const asPartialFailure = (e: unknown): FhirError | undefined =>
  isFhirError(e) && e.kind !== 'unauthorized' && e.kind !== 'session-ended' ? e : undefined;

export interface SearchPage<T extends Resource> {
  /** Entries with search.mode `match` (or no mode), in server order. */
  resources: T[];
  /** Entries with search.mode `include` / `outcome`-free extras. */
  included: Resource[];
  /** Bundle.total as the server claims it (advisory only: never trusted for counting). */
  total?: number;
  nextUrl?: string;
}

export interface SearchProgress {
  pages: number;
  resources: number;
  /** The server's claimed total, when it sent one. */
  total?: number;
}

export interface SearchAllOptions {
  /** `_count` to ask for (servers may cap it). */
  pageSize?: number;
  /** Stop after this many pages (default 500); `truncated` says so. */
  maxPages?: number;
  onProgress?: (progress: SearchProgress) => void;
  /** Called with each page's matches as it arrives, for drawing while paging. */
  onPage?: (page: SearchPage<Resource>) => void;
  /** false: a caller that reads every page in `onPage` gets no `resources` back (100,000 raw
   *  resources otherwise stay in memory after they were read). Default true. */
  keepResources?: boolean;
  signal?: AbortSignal;
  /**
   * `_sort` to ask for, e.g. `-date` (newest first, so a failed later page costs the oldest data). A
   * server that refuses it (400) is asked again without it; one that ignores it sends its own order,
   * so callers check the order of what arrives rather than trust it (DESIGN: never trust `_sort`).
   */
  sort?: string;
}

/** Options of a windowed search: each window is walked like `searchAll`; callbacks name the window. */
export interface SearchWindowsOptions extends Omit<SearchAllOptions, 'onPage' | 'onProgress'> {
  onPage?: (window: number, page: SearchPage<Resource>) => void;
  onProgress?: (window: number, progress: SearchProgress) => void;
  /** Called as each window ends, in the order they end. */
  onWindow?: (window: number, outcome: WindowOutcome<Resource>) => void;
}

/** How one window of a windowed search ended: its pages, or the failure of its first page. */
export type WindowOutcome<T extends Resource> =
  { ok: true; result: SearchAllResult<T> } | { ok: false; error: FhirError };

export interface SearchAllResult<T extends Resource> {
  /** Matches across all pages, de-duplicated by resourceType/id. */
  resources: T[];
  /** Included resources across all pages, de-duplicated. */
  included: Resource[];
  pages: number;
  /** True when maxPages stopped the walk before the last page. */
  truncated: boolean;
  /** Set when a page failed after retries: `resources` holds what arrived before it (partial data). */
  failure?: FhirError;
  total?: number;
  /** The `_sort` the server accepted (absent when none was asked for or it was refused). */
  sortedBy?: string;
}

export interface CreateResult<T extends Resource> {
  resource: T;
  /** False when a conditional create matched an existing resource (HTTP 200 instead of 201). */
  created: boolean;
  location?: string;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** Typed access to the launch's FHIR server. Retries 429/5xx with backoff (honouring Retry-After). */
export interface FhirGateway {
  readonly serverUrl: string;
  read<T extends Resource>(
    resourceType: T['resourceType'],
    id: string,
    options?: RequestOptions,
  ): Promise<T>;
  search<T extends Resource>(
    resourceType: T['resourceType'],
    params: SearchParams,
    options?: RequestOptions,
  ): Promise<SearchPage<T>>;
  searchAll<T extends Resource>(
    resourceType: T['resourceType'],
    params: SearchParams,
    options?: SearchAllOptions,
  ): Promise<SearchAllResult<T>>;
  /**
   * One search split into windows (each an extra set of parameters, e.g. a date range), walked a few
   * at a time, the first first; fewer at once after the server answered 429. Outcomes in window order.
   */
  searchWindows<T extends Resource>(
    resourceType: T['resourceType'],
    params: SearchParams,
    windows: readonly SearchParams[],
    options?: SearchWindowsOptions,
  ): Promise<WindowOutcome<T>[]>;
  /** POST; with `ifNoneExist` a conditional create (`If-None-Exist` header), never a duplicate. */
  create<T extends Resource>(
    resource: T,
    options?: RequestOptions & { ifNoneExist?: string },
  ): Promise<CreateResult<T>>;
}

/** Sign-out: the server revoked the tokens, offers no revocation, or did not confirm it. */
export type RevokeOutcome = 'revoked' | 'not-offered' | 'failed';

export type LaunchKind = 'ehr' | 'standalone';
export type UserMode = 'patient' | 'clinician';

export interface ResourceRef {
  resourceType: string;
  id: string;
}

/** Everything the UI may know about the current launch. Tokens are deliberately absent. */
export interface SessionBase {
  serverUrl: string;
  encounterId?: string;
  launchKind: LaunchKind;
  mode: UserMode;
  fhirUser?: ResourceRef;
  requestedScopes: readonly string[];
  grantedScopes: readonly string[];
  needPatientBanner: boolean;
  smartStyleUrl?: string;
  /** Epoch ms when the access token expires, when known. */
  expiresAt?: number;
  /** What the id_token proved: `fhirUser` above is set only when it was verified. */
  identity: Identity;
  gateway: FhirGateway;
  /** Revokes the tokens where the server offers it and clears this tab's storage. */
  signOut: () => Promise<RevokeOutcome>;
}

/** A launch with a patient: the dashboard's session. */
export interface SmartSession extends SessionBase {
  patientId: string;
}

/**
 * A launch that opens the remote-monitoring panel (`/launch?view=panel`): `user/` scopes, no patient
 * in context; the user picks patients in the app, each shown with this session's gateway.
 */
export interface PanelSession extends SessionBase {
  view: 'panel';
}

export const isPanelSession = (s: SmartSession | PanelSession): s is PanelSession => 'view' in s;
