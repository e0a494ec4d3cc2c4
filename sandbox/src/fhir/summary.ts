/**
 * `_summary=true|data` (FHIR R4 search §3.1.1.5.7), done where cheap: `data` drops the narrative;
 * `true` keeps, for Patient and Practitioner (what the public SMART launcher's pickers ask for), only
 * the elements R4 marks "summary", and drops the narrative of every other type. A subsetted resource
 * carries the SUBSETTED tag, as the spec asks. `count` never reaches here (no entries at all).
 */
import { asRecord, records, type StoredResource } from './json';
import type { Summary } from './result-params';

const ALWAYS = ['resourceType', 'id', 'meta', 'implicitRules', 'modifierExtension'];
/** isSummary elements of R4 Patient and Practitioner. */
const SUMMARY_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  Patient: [
    ...ALWAYS,
    'identifier',
    'active',
    'name',
    'telecom',
    'gender',
    'birthDate',
    'deceasedBoolean',
    'deceasedDateTime',
    'address',
    'managingOrganization',
    'link',
  ],
  Practitioner: [
    ...ALWAYS,
    'identifier',
    'active',
    'name',
    'telecom',
    'address',
    'gender',
    'birthDate',
  ],
};

export const SUBSETTED = {
  system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue',
  code: 'SUBSETTED',
};

function tagged(resource: Record<string, unknown>): Record<string, unknown> {
  const meta = asRecord(resource.meta) ?? {};
  const tags = records(meta.tag);
  return { ...resource, meta: { ...meta, tag: [...tags, SUBSETTED] } };
}

/** The resource as `_summary` shows it; the stored resource is never changed. */
export function summarize(
  resource: StoredResource,
  summary: Summary | undefined,
): Record<string, unknown> {
  if (summary !== 'true' && summary !== 'data') return resource;
  const keep = summary === 'true' ? SUMMARY_ELEMENTS[resource.resourceType] : undefined;
  const out = Object.fromEntries(
    Object.entries(resource).filter(([k]) => (keep ? keep.includes(k) : k !== 'text')),
  );
  return tagged(out);
}
