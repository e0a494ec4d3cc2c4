/** POST Observation: validated, scope- and compartment-checked, conditional on If-None-Exist. */
import type { FhirRequest, FhirResponse } from '../contracts';
import type { FhirContext } from './context';
import { dateOf, patientOf } from './extract';
import { asRecord, asString, type StoredResource } from './json';
import { fail, failMany, ok } from './outcome';
import { parseQuery } from './query';
import { permits, resolveAccess } from './scopes';
import { runSearch } from './search';
import type { Rec } from './store';
import { validateObservation } from './validate';
import { versionHeaders } from './read';

function draftRec(resource: StoredResource, now: number): Rec {
  const range = dateOf(resource);
  const patient = patientOf(resource);
  return {
    type: 'Observation',
    id: resource.id ?? '',
    resource,
    ...(patient ? { patient } : {}),
    start: range?.start ?? -Infinity,
    end: range?.end ?? -Infinity,
    updated: now,
    seq: -1,
  };
}

function outsideCompartment(patient: string | undefined): FhirResponse {
  return fail(
    403,
    'forbidden',
    `This authorization may not create an Observation for Patient/${patient ?? '?'}.`,
    'Observation.subject',
  );
}

/**
 * If-None-Exist (FHIR R4 http §3.1.0.8.1), searched only where the grant may create: a patient/ grant
 * never learns about another patient's data (a condition naming another patient is answered as the
 * out-of-compartment write it would be), and the answer never states how many resources matched.
 */
function conditionalMatch(
  ctx: FhirContext,
  req: FhirRequest,
  condition: string,
  confine: string | undefined,
): FhirResponse | undefined {
  const q = parseQuery(
    'Observation',
    new URLSearchParams(condition.replace(/^.*\?/, '')),
    ctx.maxPageSize,
  );
  if (confine !== undefined) {
    const other = q.patients?.find((p) => p !== confine);
    if (other !== undefined) return outsideCompartment(other);
    q.patients = [confine];
  }
  const [match, second] = runSearch(ctx.store, q);
  if (second)
    return fail(
      412,
      'duplicate',
      `If-None-Exist "${condition}" matches more than one Observation.`,
    );
  if (!match) return undefined;
  if (!permits(resolveAccess(req.grant, 'Observation', 'r'), match))
    return fail(
      412,
      'duplicate',
      `If-None-Exist "${condition}" matches an Observation this authorization may not read.`,
    );
  return ok(match.resource, 200, {
    ...versionHeaders(match),
    Location: `${req.baseUrl}/Observation/${match.id}/_history/${match.resource.meta?.versionId ?? '1'}`,
  });
}

export function handleCreate(ctx: FhirContext, req: FhirRequest, type: string): FhirResponse {
  if (type !== 'Observation')
    return fail(405, 'not-supported', `Creating ${type} is not supported; only Observation.`);
  const body = asRecord(req.body);
  if (asString(body?.resourceType) !== 'Observation' || !body) {
    return fail(
      400,
      'invalid',
      'The body must be an Observation resource (resourceType "Observation").',
      'Observation',
    );
  }
  const access = resolveAccess(req.grant, 'Observation', 'c');
  if (!access.allowed) return fail(403, 'forbidden', access.reason);
  const now = Date.now();
  const resource: StoredResource = {
    ...structuredClone(body),
    resourceType: 'Observation',
    id: crypto.randomUUID(),
    meta: { ...asRecord(body.meta), versionId: '1', lastUpdated: new Date(now).toISOString() },
  };
  const draft = draftRec(resource, now);
  // The compartment first: validating would say whether another patient exists (422 vs 403).
  if (draft.patient !== undefined && !permits(access, draft))
    return outsideCompartment(draft.patient);
  const issues = validateObservation(body, (id) => ctx.store.get('Patient', id) !== undefined);
  if (issues.length > 0) return failMany(422, issues);
  if (!permits(access, draft)) return outsideCompartment(draft.patient);
  const condition = req.headers['if-none-exist'];
  if (typeof condition === 'string' && condition.trim() !== '') {
    const answer = conditionalMatch(ctx, req, condition, access.confine);
    if (answer) return answer;
  }
  const rec = ctx.store.put(resource, now);
  return ok(resource, 201, {
    ...versionHeaders(rec),
    Location: `${req.baseUrl}/Observation/${rec.id}/_history/1`,
  });
}
