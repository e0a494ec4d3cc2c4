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
  const issues = validateObservation(body, (id) => ctx.store.get('Patient', id) !== undefined);
  if (issues.length > 0) return failMany(422, issues);
  const now = Date.now();
  const resource: StoredResource = {
    ...structuredClone(body),
    resourceType: 'Observation',
    id: crypto.randomUUID(),
    meta: { ...asRecord(body.meta), versionId: '1', lastUpdated: new Date(now).toISOString() },
  };
  const draft = draftRec(resource, now);
  if (!permits(access, draft)) {
    return fail(
      403,
      'forbidden',
      `This authorization may not create an Observation for Patient/${draft.patient ?? '?'}.`,
      'Observation.subject',
    );
  }
  const condition = req.headers['if-none-exist'];
  if (typeof condition === 'string' && condition.trim() !== '') {
    const existing = runSearch(
      ctx.store,
      parseQuery(
        'Observation',
        new URLSearchParams(condition.replace(/^.*\?/, '')),
        ctx.maxPageSize,
      ),
    );
    const [match, second] = existing;
    if (second)
      return fail(
        412,
        'duplicate',
        `If-None-Exist "${condition}" matches ${existing.length} Observations.`,
      );
    if (match) {
      const readable = permits(resolveAccess(req.grant, 'Observation', 'r'), match);
      if (!readable)
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
  }
  const rec = ctx.store.put(resource, now);
  return ok(resource, 201, {
    ...versionHeaders(rec),
    Location: `${req.baseUrl}/Observation/${rec.id}/_history/1`,
  });
}
