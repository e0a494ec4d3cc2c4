import { describe, expect, it } from 'vitest';
import development from '../../public/config.json';
import production from '../../docs/config.example.json';
import { ConfigError, parseConfig } from './parse';
import { assertProductionConfig, devServersIn } from './production';

const server = (fhirBaseUrl: string, extra: Record<string, unknown> = {}) => ({
  id: 'x',
  label: 'X',
  fhirBaseUrl,
  clientId: 'c',
  ...extra,
});
const configOf = (...servers: ReturnType<typeof server>[]) => parseConfig({ servers });

describe('production config', () => {
  it('refuses the development config (loopback and public sandbox) unless allowed', () => {
    const dev = parseConfig(development);
    expect(devServersIn(dev)).toEqual([
      'local-sandbox (loopback: http://127.0.0.1:4400/fhir)',
      expect.stringMatching(
        /^smart-sandbox \(public sandbox: https:\/\/launch\.smarthealthit\.org\//,
      ),
    ]);
    expect(() => {
      assertProductionConfig(dev, false);
    }).toThrow(ConfigError);
    expect(() => {
      assertProductionConfig(dev, false);
    }).toThrow(/TENSIO_ALLOW_DEV_SERVERS=1/);
    expect(() => {
      assertProductionConfig(dev, true);
    }).not.toThrow();
  });

  it('accepts the documented production example', () => {
    expect(() => {
      assertProductionConfig(parseConfig(production), false);
    }).not.toThrow();
  });

  it.each([
    ['localhost', server('http://localhost:8080/fhir'), true],
    ['a *.localhost name', server('http://ehr.localhost/fhir'), true],
    ['127.0.0.2', server('http://127.0.0.2/fhir'), true],
    ['IPv6 loopback', server('http://[::1]:4400/fhir'), true],
    [
      'loopback only in issuerPrefix',
      server('https://ehr.example.org/fhir', {
        match: 'prefix',
        issuerPrefix: 'http://127.0.0.1:4400/',
      }),
      true,
    ],
    [
      'loopback only in extraOrigins',
      server('https://ehr.example.org/fhir', { extraOrigins: ['http://localhost:9000'] }),
      true,
    ],
    ['the public sandbox', server('https://launch.smarthealthit.org/v/r4/fhir'), true],
    ['a hospital EHR', server('https://fhir.hospital.example.org/r4'), false],
    ['a name that only starts like loopback', server('https://127.0.0.1.example.org/fhir'), false],
    [
      'a look-alike of the sandbox',
      server('https://launch.smarthealthit.org.example.org/fhir'),
      false,
    ],
  ])('%s -> refused: %s', (_name, entry, refused) => {
    expect(devServersIn(configOf(entry)).length > 0).toBe(refused);
  });
});
