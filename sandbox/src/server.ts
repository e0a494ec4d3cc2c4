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
import { handleFhirRoute } from './auth/gateway';
import { originOf, redirect, sendHtml, sendJson } from './auth/http';
import { SMART_STYLE } from './auth/discovery';
import { launch, type LaunchOutcome } from './launcher/headless';
import { renderLauncher } from './launcher/page';
import { renderEhr } from './launcher/ehr';
import { errorPage } from './launcher/html';

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
  /** Default launch URL on the launcher page. */
  appLaunchUrl?: string;
}

export interface Sandbox {
  /** `http://127.0.0.1:<port>`: the launcher and the issuer. */
  url: string;
  /** `http://127.0.0.1:<port>/fhir`. */
  fhirBase: string;
  close(): Promise<void>;
}

const FHIR_BASE = /^(\/fhir|\/open\/fhir|\/v\/[A-Za-z0-9_-]+\/fhir)(?:\/(.*))?$/;
const INTERACTION = /^\/interaction\/([A-Za-z0-9_-]+)(?:\/(login|consent))?$/;

function launchRoute(res: ServerResponse, outcome: LaunchOutcome): void {
  if (outcome.ok) redirect(res, outcome.location);
  else sendHtml(res, 400, errorPage('Launch refused', outcome.message));
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
  const fhir = options.fhir ?? (await createFhirService({ now: new Date(), ...options.fhirOptions }));
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.writeHead(503).end();
  };
  const server = createServer((req, res) => {
    handler(req, res);
  });
  const port = await listen(server, options.port ?? 0);
  const issuer = `http://127.0.0.1:${port}`;
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
  const interactions = createInteractionRoutes({ issuer, provider, launches, fhir, ehrConsent: options.ehrConsent ?? false });
  const appLaunchUrl = options.appLaunchUrl ?? 'http://127.0.0.1:5173/launch';
  const providerCallback = provider.callback();
  const open = options.open ?? false;
  const ownRoute = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const path = url.pathname;
    const fhirMatch = FHIR_BASE.exec(path);
    if (fhirMatch?.[1] && (open || fhirMatch[1] !== '/open/fhir')) {
      const base = `${originOf(req, issuer)}${fhirMatch[1]}`;
      await handleFhirRoute({ issuer, provider, launches, fhir }, req, res, {
        base, path: fhirMatch[2] ?? '', query: url.searchParams, open: fhirMatch[1] === '/open/fhir',
      });
      return true;
    }
    const uid = INTERACTION.exec(path);
    if (uid?.[1]) {
      const step = uid[2] === 'login' ? interactions.login : uid[2] === 'consent' ? interactions.consent : interactions.show;
      if ((uid[2] === undefined) !== (req.method === 'GET')) return false;
      await step(req, res, uid[1]);
      return true;
    }
    if (req.method !== 'GET') return false;
    if (path === '/') sendHtml(res, 200, renderLauncher({ fhir, appLaunchUrl, issuer }));
    else if (path === '/launcher') launchRoute(res, launch({ issuer, launches, fhir }, url.searchParams));
    else if (path === '/ehr') sendHtml(res, 200, renderEhr(url.searchParams, fhir));
    else if (path === '/smart-style.json') sendJson(res, 200, SMART_STYLE);
    else return false;
    return true;
  };
  const route = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', issuer);
    ownRoute(req, res, url)
      .then((handled) => {
        if (!handled) providerCallback(req, res);
      })
      .catch((error: unknown) => {
        if (res.headersSent) return res.destroy();
        sendHtml(res, 400, errorPage('Request failed', error instanceof Error ? error.message : String(error)));
      });
  };
  handler = (req, res) => {
    if (applyCors(cors, req, res)) return;
    route(req, res);
  };
  return {
    url: issuer,
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
