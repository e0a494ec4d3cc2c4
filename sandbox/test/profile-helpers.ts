/** Launches under an EHR profile for the profile tests: tokens, a bearer GET, the store's last query. */
import { fhirGet, fullLaunch, type StartedSandbox } from './auth-helpers';

export const SCOPE_ONLINE =
  'launch openid fhirUser online_access patient/*.rs patient/Observation.c';
export const SCOPE_OFFLINE = 'launch openid fhirUser offline_access patient/*.rs';

export async function launchWith(
  sandbox: StartedSandbox,
  profile: string | undefined,
  scope: string,
  extra: Record<string, string> = {},
) {
  const query = {
    patient: 'hypertension-home',
    ...extra,
    ...(profile ? { ehr_profile: profile } : {}),
  };
  const { tokens, iss } = await fullLaunch(sandbox, query, scope);
  return { tokens, iss, accessToken: String(tokens.access_token) };
}

/** GETs `<base>/<path>` and returns the answer with the query the FHIR store was handed. */
export async function searchVia(
  sandbox: StartedSandbox,
  base: string,
  path: string,
  token: string,
) {
  const before = sandbox.fhir.requests.length;
  const response = await fhirGet(`${base}/${path}`, token);
  const reached = sandbox.fhir.requests.slice(before).at(-1);
  return { response, body: (await response.json()) as Record<string, unknown>, reached };
}

export async function revoke(sandbox: StartedSandbox, accessToken: string): Promise<void> {
  await fetch(`${sandbox.url}/auth/revoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: 'tensio', token: accessToken }).toString(),
  });
}

/** A browser-like GET (with Origin) of a FHIR URL with a token: the CORS headers of the answer. */
export async function corsGet(url: string, token: string) {
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, origin: 'http://127.0.0.1:5173' },
  });
  return {
    status: response.status,
    allowOrigin: response.headers.get('access-control-allow-origin'),
  };
}
