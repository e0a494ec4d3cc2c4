/** Builders for the FHIR-side tests: small literal datasets and requests, no HTTP. */
import type { Bundle, Observation, Patient, Resource } from 'fhir/r4';
import type { AccessGrant, FhirRequest, FhirResponse, FhirService } from '../src/contracts';
import { serviceFromResources } from '../src/fhir/service';

export const BASE = 'http://127.0.0.1:4400/fhir';
export const OPEN: AccessGrant = { scopes: [], open: true };
export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
const DAY = 86_400_000;
export const T0 = Date.UTC(2024, 0, 1, 12);

export function bp(patient: string, i: number, extra: Partial<Observation> = {}): Observation {
  return {
    resourceType: 'Observation',
    id: `${patient}-bp-${i}`,
    status: 'final',
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/observation-category',
            code: 'vital-signs',
          },
        ],
      },
    ],
    code: { coding: [{ system: LOINC, code: '85354-9' }] },
    subject: { reference: `Patient/${patient}` },
    effectiveDateTime: new Date(T0 + i * DAY).toISOString(),
    component: [
      {
        code: { coding: [{ system: LOINC, code: '8480-6' }] },
        valueQuantity: { value: 120 + (i % 20), unit: 'mmHg', system: UCUM, code: 'mm[Hg]' },
      },
      {
        code: { coding: [{ system: LOINC, code: '8462-4' }] },
        valueQuantity: { value: 80, unit: 'mmHg', system: UCUM, code: 'mm[Hg]' },
      },
    ],
    ...extra,
  };
}

export function lab(patient: string, i: number, code: string): Observation {
  return {
    resourceType: 'Observation',
    id: `${patient}-lab-${code}-${i}`,
    status: 'final',
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/observation-category',
            code: 'laboratory',
          },
        ],
      },
    ],
    code: { coding: [{ system: LOINC, code }] },
    subject: { reference: `Patient/${patient}` },
    effectiveDateTime: new Date(T0 + i * DAY + 3_600_000).toISOString(),
    valueQuantity: { value: 4.1, unit: 'mmol/L', system: UCUM, code: 'mmol/L' },
  };
}

export const patient = (id: string, family = 'Test'): Patient => ({
  resourceType: 'Patient',
  id,
  name: [{ family, given: ['Pat'] }],
  identifier: [{ system: 'urn:mrn', value: `MRN-${id}` }],
});

/** Two patients: p1 with 120 daily BP panels and 10 potassium labs, p2 with 5 BP panels. */
export function dataset(): Resource[] {
  return [
    patient('p1', 'Alvarez'),
    patient('p2', 'Okafor'),
    ...Array.from({ length: 120 }, (_, i) => bp('p1', i)),
    ...Array.from({ length: 10 }, (_, i) => lab('p1', i * 10, '2823-3')),
    ...Array.from({ length: 5 }, (_, i) => bp('p2', i)),
  ];
}

export function makeService(resources: Resource[] = dataset(), maxPageSize?: number): FhirService {
  return serviceFromResources(resources, {
    now: new Date(T0 + 200 * DAY),
    ...(maxPageSize ? { maxPageSize } : {}),
  });
}

export function request(
  path: string,
  grant: AccessGrant = OPEN,
  init: Partial<FhirRequest> = {},
): FhirRequest {
  const [p = '', q = ''] = path.split('?');
  return {
    method: 'GET',
    baseUrl: BASE,
    path: p,
    query: new URLSearchParams(q),
    headers: {},
    grant,
    ...init,
  };
}

export async function call(service: FhirService, req: FhirRequest): Promise<FhirResponse> {
  return service.handle(req);
}

export async function search(
  service: FhirService,
  path: string,
  grant: AccessGrant = OPEN,
): Promise<Bundle> {
  const res = await call(service, request(path, grant));
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Bundle;
}

/** Follows every next link; returns the pages. */
export async function walk(
  service: FhirService,
  path: string,
  grant: AccessGrant = OPEN,
  between?: () => Promise<void>,
): Promise<Bundle[]> {
  const pages = [await search(service, path, grant)];
  for (let next = nextUrl(pages[0]); next; next = nextUrl(pages.at(-1))) {
    await between?.();
    pages.push(await search(service, next.slice(BASE.length + 1), grant));
  }
  return pages;
}

export function nextUrl(bundle: Bundle | undefined): string | undefined {
  return bundle?.link?.find((l) => l.relation === 'next')?.url;
}

export function ids(bundle: Bundle, mode = 'match'): string[] {
  return (bundle.entry ?? [])
    .filter((e) => e.search?.mode === mode)
    .map((e) => e.resource?.id ?? '');
}

export function issueText(res: FhirResponse): string {
  return JSON.stringify(res.body);
}
