/**
 * `ehr_profile=oracle-health`: Oracle Health (Cerner) Millennium FHIR R4 as its public documentation
 * and developer forums describe it. Sources for each behaviour: docs/ehr-profiles.md#oracle-health.
 */
import { createHash } from 'node:crypto';
import { capCount, mapResources, refused, type EhrProfile } from './types';

/** Page-size caps per type: default and largest `_count` honoured. */
const PAGE_SIZES: Record<string, { fallback: number; cap: number }> = {
  // Millennium R4 "Get a list of observations": default 50, maximum 200.
  Observation: { fallback: 50, cap: 200 },
  // Cerner staff on the FHIR developers group: MedicationStatement pages hold at most 60.
  MedicationStatement: { fallback: 50, cap: 60 },
};

/** "Millennium Medication Order Synonym", https://fhir.cerner.com/<EHR source id>/synonym (the
 *  public sandbox's tenant id stands in for the source id). */
const SYNONYM_SYSTEM = 'https://fhir.cerner.com/ec2458f2-1e24-41c8-b71b-0e701af7583d/synonym';

type Json = Record<string, unknown>;

/** A MedicationRequest's coded medication gets Millennium's order-synonym coding beside RxNorm. */
export function withSynonymCoding(resource: Json): Json {
  const value: unknown = resource.medicationCodeableConcept;
  if (resource.resourceType !== 'MedicationRequest' || typeof value !== 'object' || value === null)
    return resource;
  const concept = value as Json;
  const codings = Array.isArray(concept.coding) ? (concept.coding as Json[]) : [];
  const named = codings.find((c) => typeof c.display === 'string')?.display ?? concept.text;
  if (typeof named !== 'string' || codings.some((c) => c.system === SYNONYM_SYSTEM))
    return resource;
  // A stable made-up synonym id per medication name (the sandbox has no Millennium order catalog).
  const code = String(parseInt(createHash('sha256').update(named).digest('hex').slice(0, 8), 16));
  const synonym = { system: SYNONYM_SYSTEM, code, display: named, userSelected: true };
  return { ...resource, medicationCodeableConcept: { ...concept, coding: [...codings, synonym] } };
}

export const oracleHealth: EhrProfile = {
  id: 'oracle-health',
  // Token responses say expires_in 570 (~9.5 minutes).
  accessTokenTtl: 570,
  // Public clients get a refresh token for online access only.
  refreshTokenFor: (scopes) => scopes.includes('online_access'),
  echoedScope: (scopes) => scopes.join(' '),
  // 401s arrive without CORS headers: in a browser, a network error instead of a status.
  unauthorizedWithoutCors: true,
  search(type, query) {
    if (
      type === 'Observation' &&
      !query.has('patient') &&
      !query.has('subject') &&
      !query.has('_id')
    )
      return {
        ok: false,
        error: refused(400, 'required', 'Observation search needs patient, subject or _id'),
      };
    const sizes = PAGE_SIZES[type];
    let next = sizes ? capCount(query, sizes.cap, sizes.fallback) : query;
    if (type === 'Observation') {
      // "Results are sorted by effective date and time in descending order" (by last update when
      // _lastUpdated is searched), whatever `_sort` asks.
      next = new URLSearchParams(next);
      for (const key of [...next.keys()]) if (key.startsWith('_sort')) next.delete(key);
      next.set('_sort', query.has('_lastUpdated') ? '-_lastUpdated' : '-date');
    }
    return { ok: true, query: next };
  },
  // medication[x] binding: RxNorm and "Millennium Medication Order Synonym" codings.
  answer: (_path, response) => mapResources(response, withSynonymCoding),
};
