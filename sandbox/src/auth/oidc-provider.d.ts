/**
 * The subset of oidc-provider 9 the sandbox uses. The package ships no types and @types/oidc-provider
 * lags the major; declaring only what we call keeps lint's no-unsafe-* rules meaningful.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface KoaContext {
    path: string;
    method: string;
    status: number;
    body: unknown;
    type: string;
    req: IncomingMessage;
    query: Record<string, string | string[] | undefined>;
    set(field: string, value: string): void;
    oidc?: OidcContext;
  }

  export interface OidcContext {
    route?: string;
    params?: Record<string, unknown>;
    client?: ClientModel;
    entities: Record<string, unknown>;
  }

  export type Middleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;

  export interface ClientModel {
    clientId: string;
    redirectUris: string[];
  }

  export interface TokenModel {
    jti: string;
    grantId?: string;
    accountId?: string;
    clientId?: string;
    exp?: number;
    scope?: string;
  }

  export interface GrantModel {
    addOIDCScope(scope: string): void;
    rejectOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  export interface InteractionDetails {
    uid: string;
    prompt: { name: string; reasons: string[] };
    params: Record<string, unknown>;
  }

  export interface AdapterPayload {
    [key: string]: unknown;
    grantId?: string;
    uid?: string;
    userCode?: string;
    consumed?: number;
  }

  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Promise<Record<string, unknown>> | Record<string, unknown>;
  }

  export type Configuration = Record<string, unknown>;

  export class Provider {
    constructor(issuer: string, configuration: Configuration);
    issuer: string;
    proxy: boolean;
    use(middleware: Middleware): void;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    on(event: string, listener: (...args: unknown[]) => void): void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    AccessToken: { find(value: string): Promise<TokenModel | undefined> };
    RefreshToken: { find(value: string): Promise<TokenModel | undefined> };
    Grant: (new (init: { accountId: string; clientId: string }) => GrantModel) & {
      find(id: string): Promise<GrantModel | undefined>;
    };
    Client: { prototype: { redirectUriAllowed: (this: ClientModel, value: string) => boolean } };
  }

  export class OIDCProviderError extends Error {
    constructor(status: number, message: string);
    error_description?: string;
  }

  export const errors: {
    InvalidRequest: new (description?: string) => OIDCProviderError;
    InvalidScope: new (description: string, scope?: string) => OIDCProviderError;
    AccessDenied: new (description?: string) => OIDCProviderError;
    InvalidGrant: new (description?: string) => OIDCProviderError;
    InvalidTarget: new (description?: string) => OIDCProviderError;
  };

  export default Provider;
}
