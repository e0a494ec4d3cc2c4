/** Runs the authorize redirect once per page (StrictMode runs effects twice; a second authorize()
 *  would discard the first one's stored state and break the callback). */
import { useEffect, useState } from 'react';
import { panelScopes, scopesFor, type AppConfig, type ServerConfig } from '../../config';
import { authorize } from '../../smart/authorize';
import type { UserMode } from '../../smart/types';

let started = false;

export interface AuthorizeProps {
  config: AppConfig;
  server: ServerConfig;
  iss: string;
  launch?: string | undefined;
  userChoice?: UserMode;
  /** The remote-monitoring panel instead of one patient. */
  panel?: boolean;
}

export function redirectUriFor(server: ServerConfig): string {
  return server.redirectUri ?? `${window.location.origin}/`;
}

export function useAuthorize({
  config,
  server,
  iss,
  launch,
  userChoice,
  panel = false,
}: AuthorizeProps): 'discovery' | undefined {
  const [failure, setFailure] = useState<'discovery'>();
  useEffect(() => {
    if (started) return;
    started = true;
    const type = launch
      ? 'ehr'
      : userChoice === 'clinician'
        ? 'provider-standalone'
        : 'patient-standalone';
    authorize({
      iss,
      ...(launch ? { launch } : {}),
      clientId: server.clientId,
      scopes: panel ? panelScopes(server, launch !== undefined) : scopesFor(server, type),
      redirectUri: redirectUriFor(server),
      pkceMode: config.pkceMode,
      meta: {
        kind: launch ? 'ehr' : 'standalone',
        iss,
        serverId: server.id,
        ...(userChoice ? { userChoice } : {}),
        timeouts: { readMs: config.network.readTimeoutMs, writeMs: config.network.writeTimeoutMs },
        searchConcurrency: config.network.searchConcurrency,
        ...(panel ? { view: 'panel' as const } : {}),
      },
    }).catch(() => {
      started = false;
      setFailure('discovery');
    });
  }, [config, server, iss, launch, userChoice, panel]);
  return failure;
}
