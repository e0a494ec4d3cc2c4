/**
 * The FhirGateway over one launch's FHIR server. Requests go through our own `fetch` (not fhirclient's
 * `request()`, which returns only the first page by default, changes shape with `flat`, and wipes its
 * state on any 401) with the bearer taken from the launch's token source at each attempt.
 * The bearer is only ever attached to URLs under the launch's FHIR base: a `next` link pointing
 * anywhere else is refused rather than followed with the token.
 */
import type { Bundle, Resource } from 'fhir/r4';
import {
  DEFAULT_RETRY,
  DEFAULT_TIMEOUTS,
  exchange,
  type RequestTimeouts,
  type RetryPolicy,
  type TimeoutSignal,
} from './http';
import { appendParams, isResource, toSearchPage } from './bundle';
import { type Hidden401, hidden401Check } from './hidden-401';
import { walkPages } from './paging';
import { runWindows } from './windowed';
import {
  FhirError,
  isFhirError,
  type CreateResult,
  type FhirGateway,
  type RequestOptions,
  type SearchAllOptions,
  type SearchAllResult,
  type SearchParams,
  type SearchWindowsOptions,
} from './types';

/** Windows of one search in flight at once unless configured (config.json `network`). */
export const DEFAULT_SEARCH_CONCURRENCY = 4;

/** Where the bearer comes from; the fhirclient adapter (client.ts) and tests implement it. */
export interface TokenSource {
  /** `Bearer …`, or null when there is no token (state gone). */
  authorizationHeader(): string | null;
  /**
   * Refreshes when the token is (nearly) expired; rejects when the refresh was refused, or with a
   * `network`/`timeout` FhirError when the token endpoint did not answer (the session lives on).
   * `signal` only stops this caller's wait: it never cancels the refresh other requests share.
   */
  ensureFresh(signal?: AbortSignal): Promise<void>;
  /** After a 401, tries one refresh; true when a new token arrived. */
  refreshAfterUnauthorized(): Promise<boolean>;
  /** Epoch ms the current access token expires at, when known (to read a hidden 401). */
  expiresAt?(): number | undefined;
}

export interface GatewayOptions {
  serverUrl: string;
  tokens: TokenSource;
  /** Called once when the session is over (401 after refresh, refresh refused, no token). */
  onSessionEnded?: (error: FhirError) => void;
  retry?: Partial<RetryPolicy>;
  /** Per-attempt deadlines (config.json `network`); tests pass short ones. */
  timeouts?: Partial<RequestTimeouts>;
  /** Makes each attempt's deadline signal (default AbortSignal.timeout). */
  timeoutSignal?: TimeoutSignal;
  /** Windows of a windowed search in flight at once (default 4); halved after each 429. */
  searchConcurrency?: number;
}

export function createGateway(options: GatewayOptions): FhirGateway {
  const base = options.serverUrl.replace(/\/+$/, '');
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const timeouts: RequestTimeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  let ended = false;
  let concurrency = Math.max(
    1,
    Math.floor(options.searchConcurrency ?? DEFAULT_SEARCH_CONCURRENCY),
  );
  /** A 429 (Retry-After) says the server wants fewer requests: windows started later run fewer at once. */
  const rateLimited = (response: Response) => {
    if (response.status === 429) concurrency = Math.max(1, Math.floor(concurrency / 2));
    return response;
  };

  const hidden401 = hidden401Check({
    base,
    expiresAt: () => options.tokens.expiresAt?.(),
    probeTimeoutMs: timeouts.readMs,
  });
  /** A network failure that may be a refused token (a 401 without CORS headers), and how sure. */
  const masked = async (error: unknown): Promise<Hidden401> =>
    error instanceof FhirError && error.kind === 'network' ? hidden401() : undefined;
  const asUnauthorized = (error: FhirError) =>
    new FhirError(
      'unauthorized',
      `${error.message.replace(/: no response from the server$/, '')}: the server refused the access token (its answer was unreadable, as a 401 without CORS headers is)`,
      401,
    );

  const endSession = (error: FhirError): FhirError => {
    if (!ended) {
      ended = true;
      options.onSessionEnded?.(error);
    }
    return error;
  };

  /** Only our own server's URLs get the token (a hostile `next` link must not exfiltrate it). */
  const ownUrl = (raw: string): URL => {
    const url = new URL(raw, `${base}/`);
    if (url.href !== base && !url.href.startsWith(`${base}/`) && !url.href.startsWith(`${base}?`)) {
      throw new FhirError(
        'malformed',
        'The server sent a link outside its own FHIR base; not followed',
      );
    }
    return url;
  };

  /** One refresh after a 401: done, impossible (no refresh token), or refused by the server. */
  const renew = async (): Promise<'refreshed' | 'cannot' | 'refused'> => {
    try {
      return (await options.tokens.refreshAfterUnauthorized()) ? 'refreshed' : 'cannot';
    } catch {
      return 'refused';
    }
  };

  async function call(
    url: URL,
    what: string,
    init: {
      method?: string;
      body?: string;
      headers?: Record<string, string>;
      retryServerErrors?: boolean;
    },
    signal?: AbortSignal,
  ) {
    let refreshed = false;
    for (;;) {
      try {
        await options.tokens.ensureFresh(signal);
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        // The token endpoint did not answer (offline, stalled): retryable, the session is not over.
        if (isFhirError(error) && (error.kind === 'network' || error.kind === 'timeout'))
          throw error;
        throw endSession(new FhirError('session-ended', 'The session could not be renewed'));
      }
      const auth = options.tokens.authorizationHeader();
      if (!auth)
        throw endSession(
          new FhirError('session-ended', 'No access token: the app must be launched again'),
        );
      try {
        return await exchange({
          what,
          policy,
          retryServerErrors: init.retryServerErrors ?? true,
          ...(signal ? { signal } : {}),
          timeoutMs: (init.method ?? 'GET') === 'GET' ? timeouts.readMs : timeouts.writeMs,
          ...(options.timeoutSignal ? { timeoutSignal: options.timeoutSignal } : {}),
          send: (attemptSignal) =>
            fetch(url, {
              method: init.method ?? 'GET',
              headers: { accept: 'application/fhir+json', authorization: auth, ...init.headers },
              ...(init.body !== undefined ? { body: init.body } : {}),
              signal: attemptSignal,
              referrerPolicy: 'no-referrer',
              credentials: 'omit',
            }).then(rateLimited),
        });
      } catch (caught) {
        const hidden = await masked(caught);
        const error = hidden && caught instanceof FhirError ? asUnauthorized(caught) : caught;
        if (error instanceof FhirError && error.kind === 'unauthorized') {
          const renewal = refreshed ? 'done' : await renew();
          if (renewal === 'refreshed') {
            refreshed = true;
            continue;
          }
          // The server is up and a fresh token failed the same way (after the retries): the request
          // cannot get through, but the session is not what it refuses.
          if (hidden === 'reachable' && renewal === 'done') throw caught;
          throw endSession(error);
        }
        throw error;
      }
    }
  }

  async function getBundle(url: URL, what: string, signal?: AbortSignal): Promise<Bundle> {
    const { body } = await call(url, what, {}, signal);
    if (!isResource(body) || body.resourceType !== 'Bundle') {
      throw new FhirError('malformed', `${what}: the server did not answer with a Bundle`);
    }
    return body as Bundle;
  }

  const search = async <T extends Resource>(
    type: T['resourceType'],
    params: SearchParams,
    opts?: RequestOptions,
  ) =>
    toSearchPage<T>(
      await getBundle(
        appendParams(ownUrl(`${base}/${type}`), params),
        `Searching ${type}`,
        opts?.signal,
      ),
    );

  function searchAll<T extends Resource>(
    type: T['resourceType'],
    params: SearchParams,
    opts: SearchAllOptions = {},
  ): Promise<SearchAllResult<T>> {
    const firstUrl = (sort: string | undefined) =>
      appendParams(ownUrl(`${base}/${type}`), {
        ...params,
        ...(opts.pageSize ? { _count: String(opts.pageSize) } : {}),
        ...(sort ? { _sort: sort } : {}),
      });
    const walk = (sort: string | undefined) =>
      walkPages<T>(firstUrl(sort), opts, (url, signal) =>
        getBundle(ownUrl(url.href), `Searching ${type}`, signal).then((b) => toSearchPage<T>(b)),
      ).then((r) => (sort ? { ...r, sortedBy: sort } : r));
    if (!opts.sort) return walk(undefined);
    // A first page refused as a bad request (400: "_sort not supported") is asked again unsorted.
    return walk(opts.sort).catch((error: unknown) => {
      if (error instanceof FhirError && error.kind === 'invalid' && error.status === 400)
        return walk(undefined);
      throw error;
    });
  }

  return {
    serverUrl: base,

    async read<T extends Resource>(
      type: T['resourceType'],
      id: string,
      opts?: RequestOptions,
    ): Promise<T> {
      const what = `Reading ${type}/${id}`;
      const { body } = await call(
        ownUrl(`${base}/${type}/${encodeURIComponent(id)}`),
        what,
        {},
        opts?.signal,
      );
      if (!isResource(body) || body.resourceType !== type)
        throw new FhirError('malformed', `${what}: unexpected answer`);
      return body as T;
    },

    search,

    searchAll,

    searchWindows<T extends Resource>(
      type: T['resourceType'],
      params: SearchParams,
      windows: readonly SearchParams[],
      opts: SearchWindowsOptions = {},
    ) {
      const { onPage, onProgress, onWindow, ...rest } = opts;
      return runWindows<T>(
        windows.length,
        (i) =>
          searchAll<T>(
            type,
            { ...params, ...windows[i] },
            {
              ...rest,
              ...(onPage
                ? {
                    onPage: (page) => {
                      onPage(i, page);
                    },
                  }
                : {}),
              ...(onProgress
                ? {
                    onProgress: (p) => {
                      onProgress(i, p);
                    },
                  }
                : {}),
            },
          ),
        { limit: () => concurrency, ...(onWindow ? { onWindow } : {}) },
      );
    },

    async create<T extends Resource>(
      resource: T,
      opts: RequestOptions & { ifNoneExist?: string } = {},
    ) {
      const what = `Saving ${resource.resourceType}`;
      const { response, body } = await call(
        ownUrl(`${base}/${resource.resourceType}`),
        what,
        {
          method: 'POST',
          body: JSON.stringify(resource),
          headers: {
            'content-type': 'application/fhir+json',
            prefer: 'return=representation',
            ...(opts.ifNoneExist ? { 'if-none-exist': opts.ifNoneExist } : {}),
          },
          // A plain POST retried after a 5xx may store the resource twice; a conditional one may not.
          retryServerErrors: opts.ifNoneExist !== undefined,
        },
        opts.signal,
      );
      const location =
        response.headers.get('location') ?? response.headers.get('content-location') ?? undefined;
      let stored: Resource | undefined =
        isResource(body) && body.resourceType === resource.resourceType ? body : undefined;
      if (!stored && location) {
        const { body: read } = await call(ownUrl(location), what, {}, opts.signal);
        if (isResource(read)) stored = read;
      }
      if (!stored)
        throw new FhirError('malformed', `${what}: the server did not return the stored resource`);
      const result: CreateResult<T> = { resource: stored as T, created: response.status === 201 };
      if (location) result.location = location;
      return result;
    },
  };
}
