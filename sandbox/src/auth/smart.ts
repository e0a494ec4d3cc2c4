/**
 * SMART additions around oidc-provider's endpoints: a request middleware that works around its OIDC
 * defaults on the authorization endpoint, and a response middleware that turns its token response
 * into a SMART one (granted scopes, launch context, style) and applies the refresh fault.
 */
import type { KoaContext, Middleware, TokenModel } from 'oidc-provider';
import type { GrantRecord, LaunchStore } from './launches';
import { INTERNAL_SCOPE, SMART_SCOPE_PARAM } from './scopes';
import { ROUTES } from './routes';
import { profileOf } from '../profiles';

type Query = Record<string, string | string[] | undefined>;

/** Rewrites the authorization request before oidc-provider reads it. */
function prepareAuthorization(query: Query): Query {
  const scope = typeof query.scope === 'string' ? query.scope : '';
  // oidc-provider keeps only the scopes it knows (OIDC ones) in its params: keep the whole request
  // in our own extra parameter for validation and consent.
  const next: Query = {
    ...query,
    scope: `${scope} ${INTERNAL_SCOPE}`.trim(),
    [SMART_SCOPE_PARAM]: scope,
  };
  // oidc-provider drops offline_access unless prompt=consent; SMART apps never send it. Consent is
  // decided by our interaction routes anyway.
  if (query.prompt === undefined && scope.split(' ').includes('offline_access'))
    next.prompt = 'consent';
  return next;
}

/** Forgets the browser's provider session so each launch logs in (and is granted) afresh. */
function dropSessionCookie(ctx: KoaContext): void {
  const cookie = ctx.req.headers.cookie;
  if (!cookie) return;
  ctx.req.headers.cookie = cookie
    .split(';')
    .filter((c) => !c.trim().startsWith('_session'))
    .join(';');
}

export function smartTokenFields(record: GrantRecord, styleUrl: string): Record<string, unknown> {
  const launchScope = record.scopes.includes('launch');
  const profile = profileOf(record.faults.faults);
  return {
    scope: profile ? profile.echoedScope(record.scopes) : record.scopes.join(' '),
    ...(record.patient ? { patient: record.patient } : {}),
    ...(record.encounter && (launchScope || record.scopes.includes('launch/encounter'))
      ? { encounter: record.encounter }
      : {}),
    need_patient_banner: record.needPatientBanner,
    smart_style_url: styleUrl,
  };
}

export function smartMiddleware(launches: LaunchStore, styleUrl: string): Middleware {
  return async (ctx, next) => {
    if (ctx.path.startsWith(ROUTES.authorization)) {
      dropSessionCookie(ctx);
      if (ctx.path === ROUTES.authorization && ctx.method === 'GET')
        ctx.query = prepareAuthorization(ctx.query);
    }
    await next();
    if (
      ctx.path !== ROUTES.token ||
      ctx.status !== 200 ||
      typeof ctx.body !== 'object' ||
      ctx.body === null
    )
      return;
    const token = ctx.oidc?.entities.AccessToken as TokenModel | undefined;
    const record = launches.grant(token?.grantId);
    if (!record) return;
    if (
      ctx.oidc?.params?.grant_type === 'refresh_token' &&
      record.faults.faults.refresh === 'reject'
    ) {
      ctx.status = 400;
      ctx.body = {
        error: 'invalid_grant',
        error_description: 'refresh rejected (sandbox fault refresh=reject)',
      };
      return;
    }
    Object.assign(ctx.body, smartTokenFields(record, styleUrl));
    const issued = (ctx.body as { access_token?: unknown }).access_token;
    if (typeof issued === 'string' && token?.grantId) launches.rememberToken(issued, token.grantId);
  };
}
