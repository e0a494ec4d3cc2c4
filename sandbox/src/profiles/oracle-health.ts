/**
 * `ehr_profile=oracle-health`: Oracle Health (Cerner) Millennium FHIR R4 as its public documentation
 * and developer forums describe it. Sources for each behaviour: docs/ehr-profiles.md#oracle-health.
 */
import { capCount, refused, type EhrProfile } from './types';

/** Page-size caps per type: default and largest `_count` honoured. */
const PAGE_SIZES: Record<string, { fallback: number; cap: number }> = {
  // Millennium R4 "Get a list of observations": default 50, maximum 200.
  Observation: { fallback: 50, cap: 200 },
  // Cerner staff on the FHIR developers group: MedicationStatement pages hold at most 60.
  MedicationStatement: { fallback: 50, cap: 60 },
};

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
  answer: (_path, response) => response,
};
