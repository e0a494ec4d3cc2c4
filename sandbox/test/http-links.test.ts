/**
 * Links come from the configured public base, never from the `Host` header (a forged Host, as in DNS
 * rebinding against open mode, must not steer next links, fullUrls, Location or discovery elsewhere).
 */
import { request as httpRequest } from 'node:http';
import type { Bundle } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../src/server';
import { bp, makeService } from './fhir-helpers';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http, because fetch does not let a caller set Host. */
function send(
  url: string,
  host: string,
  init: { method?: string; body?: string; type?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: init.method ?? 'GET',
        headers: { host, ...(init.type ? { 'content-type': init.type } : {}) },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

const FORGED = 'evil.example:4400';

describe.each([
  ['the listening address by default', {}],
  ['SANDBOX_PUBLIC_URL when configured', { publicUrl: 'https://sandbox.example.org/' }],
])('with a forged Host, links use %s', (_name, options) => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ fhir: makeService(), open: true, ...options });
  });
  afterAll(async () => {
    await sandbox.close();
  });
  const base = () => ('publicUrl' in options ? 'https://sandbox.example.org' : sandbox.listenUrl);

  it('search: self, next and every fullUrl', async () => {
    const res = await send(
      `${sandbox.listenUrl}/open/fhir/Observation?patient=p1&_count=2`,
      FORGED,
    );
    expect(res.status).toBe(200);
    const bundle = JSON.parse(res.body) as Bundle;
    const urls = [
      ...(bundle.link ?? []).map((l) => l.url),
      ...(bundle.entry ?? []).map((e) => e.fullUrl ?? ''),
    ];
    expect(urls.length).toBeGreaterThan(2);
    for (const url of urls) expect(url.startsWith(`${base()}/open/fhir/`)).toBe(true);
    expect(res.body).not.toContain('evil.example');
  });

  it('create: Location', async () => {
    const { id: _id, ...reading } = bp('p1', 400);
    const res = await send(`${sandbox.listenUrl}/open/fhir/Observation`, FORGED, {
      method: 'POST',
      type: 'application/fhir+json',
      body: JSON.stringify(reading),
    });
    expect(res.status).toBe(201);
    expect(String(res.headers.location)).toMatch(
      new RegExp(`^${base()}/open/fhir/Observation/[\\w-]+/_history/1$`),
    );
  });

  it('metadata and SMART discovery', async () => {
    const metadata = await send(`${sandbox.listenUrl}/fhir/metadata`, FORGED);
    const discovery = await send(
      `${sandbox.listenUrl}/fhir/.well-known/smart-configuration`,
      FORGED,
    );
    expect(metadata.status).toBe(200);
    expect(discovery.status).toBe(200);
    expect(metadata.body).toContain(`${base()}/fhir`);
    expect(metadata.body).not.toContain('evil.example');
    expect(JSON.parse(discovery.body)).toMatchObject({
      issuer: base(),
      token_endpoint: `${base()}/auth/token`,
    });
  });

  it('the launcher: iss', async () => {
    const res = await send(
      `${sandbox.listenUrl}/launcher?launch_uri=http://127.0.0.1:5173/launch&patient=p1`,
      FORGED,
    );
    expect(res.status).toBe(302);
    const iss = new URL(String(res.headers.location)).searchParams.get('iss');
    expect(iss).toBe(`${base()}/fhir`);
  });
});

describe('publicUrl', () => {
  it.each(['ftp://x.test', 'https://x.test/fhir', 'https://x.test/?a=1', 'not a url'])(
    'refuses %s (an http(s) origin without path)',
    async (publicUrl) => {
      await expect(createSandbox({ fhir: makeService(), publicUrl })).rejects.toThrow('public URL');
    },
  );
});
