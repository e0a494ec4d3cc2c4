/**
 * The seam between the sandbox's HTTP/auth side (auth/, launcher/, faults, server.ts) and its FHIR
 * side (fhir/). The auth side authenticates the request, decides the grant, injects faults, and then
 * hands a parsed request to the FHIR handler, which enforces scopes and the patient compartment.
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface AccessGrant {
  /** Scopes granted to the token (space-split). */
  scopes: readonly string[];
  /** The launch patient: patient/ scopes confine reads and writes to this compartment. */
  patient?: string;
  /** e.g. `Practitioner/practitioner-1` or `Patient/hypertension-home`. */
  fhirUser?: string;
  /** Open mode: no token, every read/search/create allowed. */
  open?: boolean;
}

export interface FhirRequest {
  method: string;
  /** The FHIR base the request came in on, without trailing slash, e.g. `http://127.0.0.1:4400/fhir`.
   *  Every link and fullUrl in the answer is built from it. */
  baseUrl: string;
  /** Path below the base, without leading slash: `Observation`, `Observation/abc`, `metadata`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (POST/PUT), undefined otherwise. Invalid JSON never reaches the handler. */
  body?: unknown;
  grant: AccessGrant;
}

export interface FhirResponse {
  status: number;
  headers?: Record<string, string>;
  /** A FHIR resource (Bundle, OperationOutcome, ...), serialized as application/fhir+json. */
  body: unknown;
}

export type FhirHandler = (request: FhirRequest) => FhirResponse | Promise<FhirResponse>;
