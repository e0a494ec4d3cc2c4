/**
 * The scopes Tensio asks for (SMART App Launch 2.x §Scopes). v2 by default (`.rs`, `.c`); v1
 * (`.read`, `.write`) for servers configured so. The grant may be narrower: panels check what was granted.
 */
import type { ServerConfig } from './schema';

export type LaunchType = 'ehr' | 'patient-standalone' | 'provider-standalone';

/** Resource types the panels read (banner, BP, labs, medications, encounter setting, BP goal). */
export const READ_TYPES = [
  'Patient',
  'Observation',
  'MedicationRequest',
  'MedicationStatement',
  'Medication',
  'Condition',
  'Encounter',
  'Goal',
] as const;

/**
 * The scope syntax to ask in: the configured one, unless the server's SMART configuration advertises
 * only `permission-v1` (SMART App Launch 2.x §Capabilities), when v2 scopes would be trimmed to nothing
 * (Oracle Health registers an app as v1 or v2, docs/ehr-profiles.md). Advertising nothing, or v2,
 * keeps the configuration's choice.
 */
export function scopeVersionFor(
  server: ServerConfig,
  capabilities: readonly string[],
): ServerConfig['scopeVersion'] {
  const v1 = capabilities.includes('permission-v1');
  const v2 = capabilities.includes('permission-v2');
  return v1 && !v2 ? 'v1' : server.scopeVersion;
}

export function resourceScopes(server: ServerConfig): string[] {
  if (server.resourceScopes) return server.resourceScopes.split(/\s+/).filter(Boolean);
  const read = server.scopeVersion === 'v1' ? 'read' : 'rs';
  const scopes = READ_TYPES.map((t) => `patient/${t}.${read}`);
  if (server.write)
    scopes.push(
      server.scopeVersion === 'v1' ? 'patient/Observation.write' : 'patient/Observation.c',
    );
  return scopes;
}

/**
 * The remote-monitoring panel (issue 14): `user/` reads, so a practitioner's token reaches every
 * enrolled patient, plus `Group` for the program's membership; nothing written from the panel. An EHR
 * launch keeps its bare `launch`; a standalone one asks no `launch/patient` (no patient picker).
 */
export const PANEL_READ_TYPES = ['Group', ...READ_TYPES] as const;

export function panelScopes(server: ServerConfig, ehr: boolean): string[] {
  const read = server.scopeVersion === 'v1' ? 'read' : 'rs';
  const refresh = server.refreshScope === 'none' ? [] : [server.refreshScope];
  return [
    ...(ehr ? ['launch'] : []),
    'openid',
    'fhirUser',
    ...refresh,
    ...PANEL_READ_TYPES.map((t) => `user/${t}.${read}`),
  ];
}

export function scopesFor(server: ServerConfig, type: LaunchType): string[] {
  // A bare `launch` for EHR launches: fhirclient only appends it when no scope matches /launch/.
  const context = type === 'ehr' ? ['launch'] : ['launch/patient'];
  const refresh = server.refreshScope === 'none' ? [] : [server.refreshScope];
  return [...context, 'openid', 'fhirUser', ...refresh, ...resourceScopes(server)];
}
