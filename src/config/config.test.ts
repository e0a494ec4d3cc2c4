import { describe, expect, it } from 'vitest';
import config from '../../public/config.json';
import { connectOrigins, serverForIssuer } from './issuers';
import { ConfigError, parseConfig } from './load';
import { panelScopes, scopesFor, scopeVersionFor } from './scopes';

const parsed = parseConfig(config);

describe('config', () => {
  it('accepts the committed config', () => {
    expect(parsed.servers[0]?.id).toBe('local-sandbox');
    expect(parsed.pkceMode).toBe('required');
  });

  it('rejects an invalid config with the path', () => {
    expect(() => parseConfig({ servers: [{ id: 'x' }] })).toThrow(ConfigError);
    expect(() => parseConfig({ servers: [{ id: 'x' }] })).toThrow(/servers\.0\.label/);
  });

  it.each([
    ['http://127.0.0.1:4400/fhir', 'local-sandbox'],
    ['http://127.0.0.1:4400/v/abc/fhir', 'local-sandbox'],
    ['https://launch.smarthealthit.org/v/r4/fhir', 'smart-sandbox'],
    ['http://127.0.0.1:4401/fhir', undefined],
    ['http://127.0.0.1:4400.evil.test/fhir', undefined],
    ['https://evil.test/?http://127.0.0.1:4400/', undefined],
    ['http://user:pw@127.0.0.1:4400/fhir', undefined],
    ['javascript:alert(1)', undefined],
  ])('issuer %s -> %s', (iss, id) => {
    expect(serverForIssuer(parsed, iss)?.id).toBe(id);
  });

  it('lists connect origins', () => {
    expect(connectOrigins(parsed)).toEqual([
      'http://127.0.0.1:4400',
      'https://launch.smarthealthit.org',
    ]);
  });

  it('builds v2 scopes with a bare launch for EHR launches and v1 when configured', () => {
    const local = parsed.servers[0];
    if (!local) throw new Error('no server');
    expect(scopesFor(local, 'ehr')).toEqual(
      expect.arrayContaining([
        'launch',
        'openid',
        'fhirUser',
        'online_access',
        'patient/Observation.rs',
        'patient/Observation.c',
      ]),
    );
    expect(scopesFor(local, 'patient-standalone')).toContain('launch/patient');
    expect(scopesFor({ ...local, scopeVersion: 'v1' }, 'ehr')).toEqual(
      expect.arrayContaining(['patient/Observation.read', 'patient/Observation.write']),
    );
  });
});

describe('panel scopes', () => {
  const local = parsed.servers[0];
  if (!local) throw new Error('no server');
  it.each([
    [
      'standalone v2',
      local,
      false,
      ['user/Group.rs', 'user/Observation.rs', 'user/Patient.rs'],
      'launch',
    ],
    ['EHR v2', local, true, ['launch', 'user/Group.rs', 'user/Goal.rs'], 'launch/patient'],
    [
      'standalone v1',
      { ...local, scopeVersion: 'v1' as const },
      false,
      ['user/Group.read'],
      'user/Group.rs',
    ],
  ])('%s', (_name, server, ehr, included, absent) => {
    const scopes = panelScopes(server, ehr);
    expect(scopes).toEqual(expect.arrayContaining(['openid', 'fhirUser', ...included]));
    expect(scopes).not.toContain(absent);
    // Nothing is written from the panel, and nothing is asked for one patient only.
    expect(scopes.some((s) => s.startsWith('patient/') || /\.(c|write)$/.test(s))).toBe(false);
  });
});

describe('scope syntax from the SMART capabilities', () => {
  const local = parsed.servers[0];
  if (!local) throw new Error('no server');
  it.each([
    ['v1 only advertised → v1 even when v2 configured', 'v2', ['permission-v1'], 'v1'],
    ['v1 and v2 → the configured v2', 'v2', ['permission-v1', 'permission-v2'], 'v2'],
    ['v2 only → the configured v2', 'v2', ['permission-v2'], 'v2'],
    ['nothing advertised → the configured v1', 'v1', [], 'v1'],
    ['nothing advertised → the configured v2', 'v2', [], 'v2'],
  ] as const)('%s', (_name, configured, capabilities, expected) => {
    expect(scopeVersionFor({ ...local, scopeVersion: configured }, capabilities)).toBe(expected);
  });
});
