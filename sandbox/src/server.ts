/**
 * The sandbox's HTTP composition: one node:http server on 127.0.0.1. Routes: the launcher and the
 * simulated EHR, the authorization server's interaction pages, the FHIR bases (`/fhir`, pre-answered
 * `/v/<options>/fhir`, and `/open/fhir` in open mode), and everything else to oidc-provider.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FhirService, FhirServiceOptions } from './contracts';
import { createFhirService } from './fhir/service';
import { ClientPolicy, type ClientConfig } from './auth/clients';
import { applyCors, createCorsPolicy } from './auth/cors';
import { createInteractionRoutes } from './auth/interaction';
import { LaunchStore } from './auth/launches';
import { createProvider } from './auth/provider';
import { smartMiddleware } from './auth/smart';
import { handleFhirRoute } from './fhir-front-door';
import { redirect, sendHtml, sendJson } from './auth/http';
import { SMART_STYLE } from './auth/discovery';
import { launch, type LaunchOutcome } from './launcher/headless';
import { renderLauncher } from './launcher/page';
import { renderEhr } from './launcher/ehr';
import { launchUriPolicy } from './launcher/launch-uri';
import { errorPage } from './html';
import { createRouter, type Route } from './router';
import { openBaseResolver } from './open-base';

export interface SandboxOptions {
  /** Default 0 (ephemeral). Always bound on 127.0.0.1. */
  port?: number;
  /** A ready FhirService (tests); otherwise one is created with `fhirOptions`. */
  fhir?: FhirService;
  fhirOptions?: Partial<FhirServiceOptions>;
  /** SANDBOX_OPEN: serve the FHIR API without authorization at /open/fhir. */
  open?: boolean;
  /** SANDBOX_LOOSE: accept any client id. */
  loose?: boolean;
  /** SANDBOX_EHR_CONSENT: EHR launches show the consent page too. */
  ehrConsent?: boolean;
  /** Allowed CORS origins for the FHIR API; default: any loopback origin. */
  corsOrigins?: readonly string[];
  /** Extra clients with exact redirect URIs. */
  clients?: readonly ClientConfig[];
  /** Default launch URL on the launcher page (its origin may be launched, see `launchOrigins`). */
  appLaunchUrl?: string;
  /** SANDBOX_LAUNCH_ORIGINS: origins besides loopback that `/launcher` may send a launch to. */
  launchOrigins?: readonly string[];
  /**
   * SANDBOX_PUBLIC_URL: the origin clients reach the sandbox at (issuer, FHIR bases, every link and
   * Location). Default `http://127.0.0.1:<port>`. The `Host` header is never used for links.
   */
  publicUrl?: string;
  /** SANDBOX_OPEN_PUBLIC_BASE: the base every open-mode link starts with (a proxy's path). */
  openPublicBase?: string;
  /** SANDBOX_TRUST_PROXY: open-mode links follow `X-Forwarded-Prefix` (unless openPublicBase is set). */
  trustProxy?: boolean;
}

export interface Sandbox {
  /** The public origin (`publicUrl`, default `http://127.0.0.1:<port>`): the launcher and the issuer. */
  url: string;
  /** `http://127.0.0.1:<port>`: where the server really listens. */
  listenUrl: string;
  /** `http://127.0.0.1:<port>/fhir`. */
  fhirBase: string;
  close(): Promise<void>;
}

const FHIR_BASE = /^(\/fhir|\/open\/fhir|\/v\/[A-Za-z0-9_-]+\/fhir)(?:\/(.*))?$/;

function launchRoute(res: ServerResponse, outcome: LaunchOutcome): void {
  if (outcome.ok) redirect(res, outcome.location);
  else sendHtml(res, 400, errorPage('Launch refused', outcome.message));
}

/** `https://sandbox.example.org/` -> `https://sandbox.example.org`; anything but a bare origin throws. */
export function publicOrigin(value: string): string {
  const url = URL.parse(value);
  if (
    !url ||
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.href !== `${url.origin}/`
  )
    throw new Error(`public URL must be an http(s) origin without path, got "${value}"`);
  return url.origin;
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const fhir =
    options.fhir ?? (await createFhirService({ now: new Date(), ...options.fhirOptions }));
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.writeHead(503).end();
  };
  const server = createServer((req, res) => {
    handler(req, res);
  });
  const publicUrl = options.publicUrl === undefined ? undefined : publicOrigin(options.publicUrl);
  const port = await listen(server, options.port ?? 0);
  const listenUrl = `http://127.0.0.1:${port}`;
  const issuer = publicUrl ?? listenUrl;
  const launches = new LaunchStore();
  const cors = createCorsPolicy(options.corsOrigins);
  const provider = createProvider({
    issuer,
    clients: new ClientPolicy({ clients: options.clients, loose: options.loose }),
    launches,
    fhir,
    corsAllowed: cors.allowed,
  });
  provider.use(smartMiddleware(launches, `${issuer}/smart-style.json`));
  const interactions = createInteractionRoutes({
    issuer,
    provider,
    launches,
    fhir,
    ehrConsent: options.ehrConsent ?? false,
  });
  const appLaunchUrl = options.appLaunchUrl ?? 'http://127.0.0.1:5173/launch';
  const open = options.open ?? false;
  const openBase = openBaseResolver({
    origin: issuer,
    ...(options.openPublicBase !== undefined ? { configured: options.openPublicBase } : {}),
    trustProxy: options.trustProxy ?? false,
  });
  const launchUri = launchUriPolicy([...(options.launchOrigins ?? []), appLaunchUrl]);
  const gateway = { issuer, provider, launches, fhir, launchUri };
  const routes: Route[] = [
    {
      method: '*',
      pattern: FHIR_BASE,
      handle: (req, res, m, url) => {
        const base = m[1] ?? '/fhir';
        if (base === '/open/fhir' && !open) return false;
        const route = {
          // Never from the Host header: a forged Host (DNS rebinding) must not steer links elsewhere.
          base: base === '/open/fhir' ? openBase(req) : `${issuer}${base}`,
          path: m[2] ?? '',
          query: url.searchParams,
          open: base === '/open/fhir',
        };
        return handleFhirRoute(gateway, req, res, route).then(() => true);
      },
    },
    {
      method: 'GET',
      pattern: /^\/interaction\/([\w-]+)$/,
      handle: (req, res, m) => interactions.show(req, res, m[1] ?? ''),
    },
    {
      method: 'POST',
      pattern: /^\/interaction\/([\w-]+)\/login$/,
      handle: (req, res, m) => interactions.login(req, res, m[1] ?? ''),
    },
    {
      method: 'POST',
      pattern: /^\/interaction\/([\w-]+)\/consent$/,
      handle: (req, res, m) => interactions.consent(req, res, m[1] ?? ''),
    },
    {
      method: 'GET',
      pattern: /^\/$/,
      handle: (_req, res) => {
        sendHtml(res, 200, renderLauncher({ fhir, appLaunchUrl, issuer }));
      },
    },
    {
      method: 'GET',
      pattern: /^\/launcher$/,
      handle: (_req, res, _m, url) => {
        launchRoute(res, launch(gateway, url.searchParams));
      },
    },
    {
      method: 'GET',
      pattern: /^\/ehr$/,
      handle: (_req, res, _m, url) => {
        const app = launchUri(url.searchParams.get('app'));
        if (app.ok) sendHtml(res, 200, renderEhr(url.searchParams, fhir, app.url));
        else sendHtml(res, 400, errorPage('Launch refused', app.message));
      },
    },
    {
      method: 'GET',
      pattern: /^\/smart-style\.json$/,
      handle: (_req, res) => {
        sendJson(res, 200, SMART_STYLE);
      },
    },
  ];
  const route = createRouter(routes, provider.callback(), issuer);
  handler = (req, res) => {
    if (applyCors(cors, req, res)) return;
    route(req, res);
  };
  return {
    url: issuer,
    listenUrl,
    fhirBase: `${issuer}/fhir`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
