/**
 * The seam between the sandbox's HTTP/auth side (auth/, launcher/, faults, server.ts) and its FHIR
 * side (fhir/). The auth side authenticates the request, decides the grant, injects faults, and then
 * hands a parsed request to the FHIR handler, which enforces scopes and the patient compartment.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { PagingLimits } from './fhir/snapshots';

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
  /** The FHIR base of the request (public origin + base path, never from `Host`), without trailing
   *  slash, e.g. `http://127.0.0.1:4400/fhir`. Every link and fullUrl in the answer is built from it. */
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

export interface PersonSummary {
  id: string;
  /** Display name, e.g. "Maria Alvarez". */
  name: string;
  birthDate?: string;
  /** For patients: the persona id it belongs to, when it is one. */
  description?: string;
}

/** What the FHIR side offers the auth/launcher side. Built by `createFhirService` (fhir/service.ts). */
export interface FhirService {
  handle: FhirHandler;
  /** CapabilityStatement for `baseUrl`, without `rest[0].security`: the auth side adds the oauth-uris. */
  capabilityStatement(baseUrl: string): Record<string, unknown>;
  /** Patients and practitioners for the launcher's and login page's pickers. */
  listPeople(): { patients: PersonSummary[]; practitioners: PersonSummary[] };
  /** Whether a resource exists (to validate launch context such as patient or encounter). */
  exists(resourceType: string, id: string): boolean;
  /** The newest Encounter id of a patient, for EHR launch context, if any. */
  latestEncounter(patientId: string): string | undefined;
}

export interface FhirServiceOptions {
  /** The instant personas are generated relative to. */
  now: Date;
  /** SANDBOX_DATA: a folder of Bundles / resources loaded at start-up. */
  dataDir?: string;
  /** Largest `_count` honoured (default 1000). */
  maxPageSize?: number;
  /** Paging snapshot bounds and clock (fhir/snapshots.ts DEFAULT_PAGING); tests shrink them. */
  paging?: Partial<PagingLimits>;
}
