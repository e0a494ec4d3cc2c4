/**
 * Issue 13 leftover: a proxy can mount the open API at any path. Links (next, fullUrl, Location,
 * metadata) of `/open/fhir` answers start with SANDBOX_OPEN_PUBLIC_BASE, or, only with
 * SANDBOX_TRUST_PROXY, with the X-Forwarded-Prefix the proxy sends; otherwise a header changes nothing.
 */
import type { Bundle } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxOptionsFromEnv } from '../src/main';
import { forwardedPrefix, openPublicBase } from '../src/open-base';
import { createSandbox, type Sandbox } from '../src/server';
import { bp, makeService } from './fhir-helpers';

async function links(sandbox: Sandbox, headers: Record<string, string> = {}) {
  const first = await fetch(`${sandbox.url}/open/fhir/Observation?patient=p1&_count=10`, {
    headers,
  });
  const bundle = (await first.json()) as Bundle;
  const next = bundle.link?.find((l) => l.relation === 'next')?.url ?? '';
  const meta = (await (await fetch(`${sandbox.url}/open/fhir/metadata`, { headers })).json()) as {
    implementation: { url: string };
  };
  const created = await fetch(`${sandbox.url}/open/fhir/Observation`, {
    method: 'POST',
    headers: { 'content-type': 'application/fhir+json', ...headers },
    body: JSON.stringify({ ...bp('p1', 500), id: undefined }),
  });
  return {
    next,
    fullUrl: bundle.entry?.[0]?.fullUrl ?? '',
    metadata: meta.implementation.url,
    location: created.headers.get('location') ?? '',
  };
}

describe.each([
  [
    'configured',
    { openPublicBase: 'https://proxy.example/any/path/r4/' },
    {},
    'https://proxy.example/any/path/r4',
  ],
  [
    'configured, a forwarded prefix ignored',
    { openPublicBase: 'https://proxy.example/r4', trustProxy: true },
    { 'x-forwarded-prefix': '/else' },
    'https://proxy.example/r4',
  ],
  [
    'trusted X-Forwarded-Prefix',
    { trustProxy: true },
    { 'x-forwarded-prefix': '/sandbox/one/' },
    'ORIGIN/sandbox/one/open/fhir',
  ],
  [
    'untrusted X-Forwarded-Prefix',
    {},
    { 'x-forwarded-prefix': '/sandbox/one' },
    'ORIGIN/open/fhir',
  ],
  [
    'trusted but malformed prefix',
    { trustProxy: true },
    { 'x-forwarded-prefix': '//evil.example/x' },
    'ORIGIN/open/fhir',
  ],
])('open-mode links, %s', (_, options, headers, expected) => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ open: true, fhir: makeService(), ...options });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('start with the public base: next, fullUrl, metadata and Location', async () => {
    const base = expected.replace('ORIGIN', sandbox.url);
    const found = await links(sandbox, headers);
    expect(found.next.startsWith(`${base}/Observation?`)).toBe(true);
    expect(found.fullUrl).toBe(`${base}/Observation/p1-bp-0`);
    expect(found.metadata).toBe(base);
    expect(found.location).toMatch(new RegExp(`^${base.replace(/[.?/]/g, '\\$&')}/Observation/`));
    // The proxy strips its path and forwards the rest: the next link still walks the same search.
    const rest = found.next.slice(base.length);
    const page = (await (
      await fetch(`${sandbox.url}/open/fhir${rest}`, { headers })
    ).json()) as Bundle;
    expect(page.entry).toHaveLength(10);
  });

  it('leave the authorized /fhir base alone', async () => {
    const smart = (await (await fetch(`${sandbox.url}/fhir/metadata`, { headers })).json()) as {
      implementation: { url: string };
    };
    expect(smart.implementation.url).toBe(`${sandbox.url}/fhir`);
  });
});

describe('the settings', () => {
  it.each([
    ['/a/b', '/a/b'],
    ['/a/b/', '/a/b'],
    ['/p1, /p2', '/p1'],
    ['a/b', ''],
    ['/a/../b', ''],
    ['/a b', ''],
    ['/a?x=1', ''],
  ])('X-Forwarded-Prefix %j -> %j', (header, prefix) => {
    expect(forwardedPrefix(header)).toBe(prefix);
  });

  it('refuses a base with a query, and maps the environment', () => {
    expect(() => openPublicBase('https://p.example/r4?x=1')).toThrow('open public base');
    expect(
      sandboxOptionsFromEnv({
        SANDBOX_OPEN_PUBLIC_BASE: 'https://p.example/r4',
        SANDBOX_TRUST_PROXY: '1',
      }),
    ).toMatchObject({ openPublicBase: 'https://p.example/r4', trustProxy: true });
    expect(() => sandboxOptionsFromEnv({ SANDBOX_OPEN_PUBLIC_BASE: 'ftp://p.example' })).toThrow(
      'SANDBOX_OPEN_PUBLIC_BASE',
    );
  });
});
