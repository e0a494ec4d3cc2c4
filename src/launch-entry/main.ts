/**
 * `/launch` without React (issue 12). With `iss` it checks the iss against config.json's allowlist,
 * reads the server's SMART discovery, stores the launch's state as fhirclient does and redirects to
 * the authorization server; the app (index.html) completes the sign-in at the redirect URI. Without
 * `iss` (the start page, where a person picks a server) it hands over to the app itself.
 */
import { panelScopes, scopesFor, scopeVersionFor } from '../config/scopes';
import { serverForIssuer } from '../config/issuers';
import { loadConfig } from '../config/load';
import { saveLaunchMeta } from '../smart/launch-meta';
import { notConfigured, showStatus, signInFailed, unknownServer } from './page';
import { prepareAuthorize } from './smart-launch';
import '../styles/global.css';

async function launch(iss: string, launchToken: string | undefined, panel: boolean): Promise<void> {
  showStatus('Starting Tensio…');
  let config;
  try {
    config = await loadConfig();
  } catch {
    notConfigured();
    return;
  }
  const server = serverForIssuer(config, iss);
  if (!server) {
    unknownServer(iss);
    return;
  }
  showStatus(`Connecting to ${server.label}…`);
  try {
    const url = await prepareAuthorize({
      iss,
      ...(launchToken ? { launch: launchToken } : {}),
      clientId: server.clientId,
      scope: (endpoints) => {
        const asked = { ...server, scopeVersion: scopeVersionFor(server, endpoints.capabilities) };
        return (
          panel
            ? panelScopes(asked, launchToken !== undefined)
            : scopesFor(asked, launchToken ? 'ehr' : 'patient-standalone')
        ).join(' ');
      },
      redirectUri: server.redirectUri ?? `${window.location.origin}/`,
      pkceMode: config.pkceMode,
    });
    saveLaunchMeta({
      kind: launchToken ? 'ehr' : 'standalone',
      iss,
      serverId: server.id,
      timeouts: { readMs: config.network.readTimeoutMs, writeMs: config.network.writeTimeoutMs },
      searchConcurrency: config.network.searchConcurrency,
      ...(panel ? { view: 'panel' as const } : {}),
    });
    window.location.assign(url);
  } catch {
    signInFailed();
  }
}

const params = new URLSearchParams(window.location.search);
const iss = params.get('iss');
// `view=panel`: the remote-monitoring panel (an EHR registers it as its own launch URL).
if (iss) void launch(iss, params.get('launch') ?? undefined, params.get('view') === 'panel');
else void import('../main');
