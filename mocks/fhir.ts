/**
 * Shared msw helpers for FHIR answers: a searchset Bundle (with `next` links for paging tests), a
 * `application/fhir+json` response, and an OperationOutcome.
 */
import type { Bundle, FhirResource, OperationOutcome, Resource } from 'fhir/r4';
import { HttpResponse } from 'msw';
import { TEST_FHIR_BASE } from './server';

export interface BundleOptions {
  /** Absolute URL, or a path under TEST_FHIR_BASE (e.g. `Observation?page=2`). */
  next?: string;
  total?: number;
  /** Resources added with search.mode `include`. */
  included?: readonly Resource[];
}

const absolute = (url: string) =>
  /^https?:/.test(url) ? url : `${TEST_FHIR_BASE}/${url.replace(/^\//, '')}`;

export function bundle(resources: readonly Resource[], options: BundleOptions = {}): Bundle {
  const entry: NonNullable<Bundle['entry']> = [
    ...resources.map((resource) => ({
      fullUrl: `${TEST_FHIR_BASE}/${resource.resourceType}/${resource.id ?? ''}`,
      resource: resource as FhirResource,
      search: { mode: 'match' as const },
    })),
    ...(options.included ?? []).map((resource) => ({
      fullUrl: `${TEST_FHIR_BASE}/${resource.resourceType}/${resource.id ?? ''}`,
      resource: resource as FhirResource,
      search: { mode: 'include' as const },
    })),
  ];
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    ...(options.total !== undefined ? { total: options.total } : {}),
    link: options.next ? [{ relation: 'next', url: absolute(options.next) }] : [],
    entry,
  };
}

/** A FHIR JSON answer (content type `application/fhir+json`). */
export function fhirJson(body: unknown, init: ResponseInit = {}): HttpResponse<string> {
  const headers = new Headers(init.headers);
  headers.set('content-type', 'application/fhir+json');
  return new HttpResponse(JSON.stringify(body), { ...init, headers });
}

export function operationOutcome(
  diagnostics: string,
  code: OperationOutcome['issue'][number]['code'] = 'processing',
  severity: OperationOutcome['issue'][number]['severity'] = 'error',
): OperationOutcome {
  return { resourceType: 'OperationOutcome', issue: [{ severity, code, diagnostics }] };
}

/** An error answer carrying an OperationOutcome. */
export function fhirError(status: number, diagnostics = `HTTP ${status}`, headers?: HeadersInit) {
  return fhirJson(operationOutcome(diagnostics), { status, ...(headers ? { headers } : {}) });
}
