import { describe, expect, it } from 'vitest';
import { epic } from '../src/profiles/epic';
import { sandboxForFile } from './auth-helpers';
import {
  corsGet,
  launchWith,
  revoke,
  SCOPE_OFFLINE,
  SCOPE_ONLINE,
  searchVia,
} from './profile-helpers';

const sandbox = sandboxForFile();

type Entry = { resource?: { resourceType?: string }; search?: { mode?: string } };
const entriesOf = (body: Record<string, unknown>) => (body.entry ?? []) as Entry[];

describe('ehr_profile=epic: tokens', () => {
  it.each([
    ['offline_access', SCOPE_OFFLINE],
    ['online_access', SCOPE_ONLINE],
  ])('a public client asking %s gets no refresh token and no echo of it', async (asked, scope) => {
    const { tokens } = await launchWith(sandbox, 'epic', scope);
    expect(tokens.refresh_token).toBeUndefined();
    expect(String(tokens.scope).split(' ')).not.toContain(asked);
    expect(String(tokens.scope).split(' ')).toContain('patient/*.rs');
    expect(tokens.expires_in).toBe(3600);
  });

  it('without a profile the same request gets a refresh token and the echo', async () => {
    const { tokens } = await launchWith(sandbox, undefined, SCOPE_OFFLINE);
    expect(typeof tokens.refresh_token).toBe('string');
    expect(String(tokens.scope).split(' ')).toContain('offline_access');
  });

  it('a 401 keeps its CORS headers', async () => {
    const { accessToken } = await launchWith(sandbox, 'epic', SCOPE_ONLINE);
    await revoke(sandbox, accessToken);
    expect(await corsGet(`${sandbox.fhirBase}/Observation?code=x`, accessToken)).toEqual({
      status: 401,
      allowOrigin: 'http://127.0.0.1:5173',
    });
  });
});

describe('ehr_profile=epic: searches', () => {
  it.each(['Observation?patient=p', 'Observation?patient=p&date=ge2024-01-01'])(
    '%s (no code, no category) is refused with 400',
    async (path) => {
      const { accessToken } = await launchWith(sandbox, 'epic', SCOPE_ONLINE);
      const { response, body, reached } = await searchVia(
        sandbox,
        sandbox.fhirBase,
        path,
        accessToken,
      );
      expect(response.status).toBe(400);
      expect(body.resourceType).toBe('OperationOutcome');
      expect(reached?.path).not.toBe('Observation');
    },
  );

  it.each(['Observation?patient=p&code=85354-9', 'Observation?patient=p&category=laboratory'])(
    '%s reaches the store unchanged',
    async (path) => {
      const { accessToken } = await launchWith(sandbox, 'epic', SCOPE_ONLINE);
      const { response, reached } = await searchVia(sandbox, sandbox.fhirBase, path, accessToken);
      expect(response.status).toBe(200);
      expect(`${reached?.path}?${reached?.query.toString()}`).toBe(path);
    },
  );

  it('an empty searchset carries the partial-record warning and a no-results outcome', async () => {
    const { accessToken } = await launchWith(sandbox, 'epic', SCOPE_ONLINE);
    const { body } = await searchVia(sandbox, sandbox.fhirBase, 'Condition?patient=p', accessToken);
    const entries = entriesOf(body);
    expect(entries.map((e) => [e.resource?.resourceType, e.search?.mode])).toEqual([
      ['OperationOutcome', 'outcome'],
      ['OperationOutcome', 'outcome'],
    ]);
  });
});

describe('epic.answer', () => {
  const bundle = (entry: unknown[]) => ({
    status: 200,
    body: { resourceType: 'Bundle', type: 'searchset', total: 1, entry },
  });
  const match = { resource: { resourceType: 'Observation', id: 'o1' }, search: { mode: 'match' } };

  it('adds one outcome entry after the matches and leaves total alone', () => {
    const out = epic.answer('Observation', bundle([match])).body as Record<string, unknown>;
    const entries = entriesOf(out);
    expect(entries[0]).toEqual(match);
    expect(entries.slice(1).map((e) => e.search?.mode)).toEqual(['outcome']);
    expect(out.total).toBe(1);
  });

  it.each([
    ['a read', 'Observation/o1', { status: 200, body: { resourceType: 'Observation', id: 'o1' } }],
    ['an error', 'Observation', { status: 400, body: { resourceType: 'OperationOutcome' } }],
    ['metadata', 'metadata', { status: 200, body: { resourceType: 'CapabilityStatement' } }],
  ])('leaves %s untouched', (_name, path, response) => {
    expect(epic.answer(path, response)).toBe(response);
  });
});
