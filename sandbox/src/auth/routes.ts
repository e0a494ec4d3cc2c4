/** oidc-provider's endpoints, all under /auth (the FHIR bases and the launcher own the rest). */
export const ROUTES = {
  authorization: '/auth/authorize',
  token: '/auth/token',
  jwks: '/auth/jwks',
  userinfo: '/auth/userinfo',
  revocation: '/auth/revoke',
  end_session: '/auth/logout',
  pushed_authorization_request: '/auth/par',
  code_verification: '/auth/device',
  device_authorization: '/auth/device/auth',
  introspection: '/auth/introspect',
  registration: '/auth/register',
  backchannel_authentication: '/auth/backchannel',
  challenge: '/auth/challenge',
} as const;
