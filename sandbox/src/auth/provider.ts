/**
 * oidc-provider configured as the SMART authorization server. The SMART parts live beside it
 * (LaunchStore, smart.ts); here are the hooks that make the provider honour them.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider, { type Account, type KoaContext, type TokenModel } from 'oidc-provider';
import type { FhirService } from '../contracts';
import { createAdapterClass } from './adapter';
import type { ClientPolicy } from './clients';
import { GRANT_TTL_S, type LaunchStore } from './launches';
import { renderOAuthError } from './pages';
import { CONTEXT_SCOPES, INTERNAL_SCOPE, SMART_SCOPE_PARAM, hasRefresh } from './scopes';
import { validateAuthorizationRequest } from './validate';
import { ROUTES } from './routes';
import { profileOf } from '../profiles';

export interface ProviderDeps {
  issuer: string;
  clients: ClientPolicy;
  launches: LaunchStore;
  fhir: FhirService;
  corsAllowed: (origin: string) => boolean;
}

function signingKey(): Record<string, unknown> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { ...jwk, kid: randomBytes(8).toString('hex'), use: 'sig', alg: 'RS256' };
}

export function createProvider(deps: ProviderDeps): Provider {
  const { issuer, launches, fhir } = deps;
  const grantOf = (token: TokenModel | undefined) => launches.grant(token?.grantId);
  const provider = new Provider(issuer, {
    adapter: createAdapterClass(deps.clients),
    jwks: { keys: [signingKey()] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    routes: ROUTES,
    scopes: [...CONTEXT_SCOPES, INTERNAL_SCOPE],
    claims: { openid: ['sub'], fhirUser: ['fhirUser'], profile: ['name'] },
    // Put scope claims (fhirUser) into the ID token itself: SMART apps read it from there.
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    pkce: { required: () => true },
    allowOmittingSingleRegisteredRedirectUri: false,
    features: { devInteractions: { enabled: false }, revocation: { enabled: true } },
    extraParams: {
      launch: null,
      [SMART_SCOPE_PARAM]: null,
      aud: validateAuthorizationRequest(deps),
    },
    clientBasedCORS: (_ctx: unknown, origin: string) => deps.corsAllowed(origin),
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    // A fresh grant for every launch: never reuse what an earlier launch in this browser consented to.
    loadExistingGrant: async (ctx: { oidc: { result?: { consent?: { grantId?: string } } } }) => {
      const grantId = ctx.oidc.result?.consent?.grantId;
      return grantId ? findGrant(provider, grantId) : undefined;
    },
    issueRefreshToken: (
      _ctx: unknown,
      client: { grantTypeAllowed(t: string): boolean },
      source: TokenModel,
    ) => {
      const record = grantOf(source);
      const scopes = record?.scopes ?? [];
      const profile = profileOf(record?.faults.faults);
      const wanted = profile ? profile.refreshTokenFor(scopes) : hasRefresh(scopes);
      return client.grantTypeAllowed('refresh_token') && wanted;
    },
    findAccount: (_ctx: unknown, sub: string, token?: TokenModel): Account => ({
      accountId: sub,
      claims: () => {
        const base = grantOf(token)?.base ?? `${issuer}/fhir`;
        return { sub, fhirUser: `${base}/${sub}`, name: personName(fhir, sub) };
      },
    }),
    ttl: {
      AccessToken: (_ctx: unknown, token: TokenModel) => {
        const faults = grantOf(token)?.faults.faults;
        return faults?.token_ttl ?? profileOf(faults)?.accessTokenTtl ?? 3600;
      },
      AuthorizationCode: 60,
      IdToken: 3600,
      RefreshToken: 24 * 3600,
      Interaction: 3600,
      Session: 3600,
      Grant: GRANT_TTL_S,
    },
    renderError: (ctx: KoaContext, out: Record<string, string>) => {
      ctx.type = 'html';
      ctx.body = renderOAuthError(out);
    },
  });
  const original = provider.Client.prototype.redirectUriAllowed;
  provider.Client.prototype.redirectUriAllowed = function redirectUriAllowed(value: string) {
    return deps.clients.redirectAllowed(this.clientId, value) || original.call(this, value);
  };
  return provider;
}

async function findGrant(provider: Provider, grantId: string): Promise<unknown> {
  return provider.Grant.find(grantId);
}

function personName(fhir: FhirService, sub: string): string | undefined {
  const [type, id] = sub.split('/');
  const people = fhir.listPeople();
  const list = type === 'Patient' ? people.patients : people.practitioners;
  return list.find((p) => p.id === id)?.name;
}
