/** SMART discovery: `.well-known/smart-configuration`, the CapabilityStatement's security, the style. */
import { CONTEXT_SCOPES } from './scopes';
import { ROUTES } from './routes';

const CAPABILITIES = [
  'launch-ehr',
  'launch-standalone',
  'client-public',
  'context-ehr-patient',
  'context-ehr-encounter',
  'context-standalone-patient',
  'context-banner',
  'context-style',
  'permission-v1',
  'permission-v2',
  'permission-patient',
  'permission-user',
  'permission-offline',
  'permission-online',
  'sso-openid-connect',
];

const RESOURCE_SCOPES = [
  'patient/*.rs',
  'patient/*.cruds',
  'patient/*.read',
  'patient/*.write',
  'user/*.rs',
  'user/*.read',
];

/** SMART App Launch 2.x §Conformance: field requirement levels as the spec states them. */
export function smartConfiguration(issuer: string): Record<string, unknown> {
  return {
    issuer, // CONDITIONAL: required with sso-openid-connect
    jwks_uri: `${issuer}${ROUTES.jwks}`, // CONDITIONAL: required with sso-openid-connect
    authorization_endpoint: `${issuer}${ROUTES.authorization}`, // CONDITIONAL: required with launch-ehr / launch-standalone
    token_endpoint: `${issuer}${ROUTES.token}`, // REQUIRED
    revocation_endpoint: `${issuer}${ROUTES.revocation}`, // RECOMMENDED
    userinfo_endpoint: `${issuer}${ROUTES.userinfo}`, // not SMART: OpenID Connect discovery
    token_endpoint_auth_methods_supported: ['none'], // OPTIONAL
    grant_types_supported: ['authorization_code', 'refresh_token'], // REQUIRED
    response_types_supported: ['code'], // RECOMMENDED
    scopes_supported: [...CONTEXT_SCOPES, ...RESOURCE_SCOPES], // RECOMMENDED
    code_challenge_methods_supported: ['S256'], // REQUIRED, must not include plain
    capabilities: CAPABILITIES, // REQUIRED
  };
}

/** `rest[0].security` for the CapabilityStatement (SMART's oauth-uris extension). */
export function restSecurity(issuer: string): Record<string, unknown> {
  const uri = (url: string, route: string) => ({ url, valueUri: `${issuer}${route}` });
  return {
    cors: true,
    service: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/restful-security-service',
            code: 'SMART-on-FHIR',
          },
        ],
        text: 'OAuth2 using SMART-on-FHIR profile (see http://docs.smarthealthit.org)',
      },
    ],
    extension: [
      {
        url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
        extension: [
          uri('authorize', ROUTES.authorization),
          uri('token', ROUTES.token),
          uri('revoke', ROUTES.revocation),
        ],
      },
    ],
  };
}

export function withSecurity(
  capability: Record<string, unknown>,
  issuer: string,
): Record<string, unknown> {
  const rest = Array.isArray(capability.rest)
    ? (capability.rest as Record<string, unknown>[])
    : [{ mode: 'server' }];
  const [first = { mode: 'server' }, ...others] = rest;
  return { ...capability, rest: [{ ...first, security: restSecurity(issuer) }, ...others] };
}

/** SMART styling (App Launch "Styling"): what an EHR would hand the app to blend in. */
export const SMART_STYLE = {
  color_background: '#edeae3',
  color_error: '#9e2d2d',
  color_highlight: '#69b5ce',
  color_modal_backdrop: '',
  color_success: '#498e49',
  color_text: '#303030',
  dim_border_radius: '6px',
  dim_font_size: '13px',
  dim_spacing_size: '20px',
  font_family_body: "system-ui, 'Segoe UI', Roboto, Arial, sans-serif",
  font_family_heading: "'HelveticaNeue-Light', Helvetica, Arial, 'Lucida Grande', sans-serif",
};
