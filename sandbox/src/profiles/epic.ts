/**
 * `ehr_profile=epic`: Epic on FHIR as its public documentation and issue trackers describe it. Sources
 * for each behaviour: docs/ehr-profiles.md#epic.
 */
import type { FhirResponse } from '../contracts';
import { isSearchset, refused, type EhrProfile } from './types';

const REFRESH_SCOPES = new Set(['offline_access', 'online_access']);

/** The coding system of Epic's search warnings, as one Epic searchset showed it (inferno-program#229). */
const EPIC_MESSAGE_SYSTEM = 'urn:oid:1.2.840.114350.1.13.5325.1.7.2.657369';

function outcomeEntry(text: string, code?: string) {
  const coding = code ? { coding: [{ system: EPIC_MESSAGE_SYSTEM, code, display: text }] } : {};
  return {
    resource: {
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'warning', code: 'processing', details: { ...coding, text } }],
    },
    search: { mode: 'outcome' },
  };
}

/** Every searchset carries Epic's "may not contain the entire record" warning; an empty one says so. */
function withOutcomes(response: FhirResponse): FhirResponse {
  const body = response.body;
  if (response.status !== 200 || !isSearchset(body)) return response;
  const entries = Array.isArray(body.entry) ? body.entry : [];
  const outcomes = [
    outcomeEntry(
      'This response includes information available to the authorized user at the time of the request. It may not contain the entire record available in the system.',
      '4119',
    ),
    // An empty result says so in an OperationOutcome (cqframework/cql-engine#9).
    ...(entries.length === 0 ? [outcomeEntry('Resource request returns no results.')] : []),
  ];
  return { ...response, body: { ...body, entry: [...entries, ...outcomes] } };
}

export const epic: EhrProfile = {
  id: 'epic',
  // No public Epic figure was found; the sandbox's one hour is kept.
  accessTokenTtl: 3600,
  // Refresh tokens go to confidential clients only; Tensio is a public client.
  refreshTokenFor: () => false,
  // offline_access may be granted but is not echoed in `scope` (smart-on-fhir/client-js#138).
  echoedScope: (scopes) => scopes.filter((s) => !REFRESH_SCOPES.has(s)).join(' '),
  unauthorizedWithoutCors: false,
  search(type, query) {
    // open.epic.com Observation search: "Both patient and code or category are required".
    if (type === 'Observation' && !query.has('code') && !query.has('category')) {
      return {
        ok: false,
        error: refused(400, 'required', 'Observation search needs a code or category parameter'),
      };
    }
    return { ok: true, query };
  },
  answer: (path, response) => (/^[A-Z][A-Za-z]+$/.test(path) ? withOutcomes(response) : response),
};
