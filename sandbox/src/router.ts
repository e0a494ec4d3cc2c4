/** The sandbox's route table over node:http: our routes first, then a fallback (oidc-provider). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendHtml } from './auth/http';
import { errorPage } from './html';

export type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  match: RegExpExecArray,
  url: URL,
) => unknown;

/** One row of the route table; a handler answering `false` passes the request on (to oidc-provider). */
export interface Route {
  method: 'GET' | 'POST' | '*';
  pattern: RegExp;
  handle: Handler;
}

/** Our routes first, then oidc-provider (its /auth endpoints, discovery, 404s). */
export function createRouter(
  routes: readonly Route[],
  fallback: (req: IncomingMessage, res: ServerResponse) => void,
  issuer: string,
) {
  const fail = (res: ServerResponse, error: unknown) => {
    if (res.headersSent) res.destroy();
    else
      sendHtml(
        res,
        400,
        errorPage('Request failed', error instanceof Error ? error.message : String(error)),
      );
  };
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = URL.parse(req.url ?? '/', issuer);
    if (!url) {
      fail(res, new Error('malformed request URL'));
      return;
    }
    for (const r of routes) {
      const match = r.pattern.exec(url.pathname);
      if (!match || (r.method !== '*' && r.method !== req.method)) continue;
      Promise.resolve(r.handle(req, res, match, url)).then(
        (handled) => {
          if (handled === false) fallback(req, res);
        },
        (error: unknown) => {
          fail(res, error);
        },
      );
      return;
    }
    fallback(req, res);
  };
}
