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

export function scopesFor(server: ServerConfig, type: LaunchType): string[] {
  // A bare `launch` for EHR launches: fhirclient only appends it when no scope matches /launch/.
  const context = type === 'ehr' ? ['launch'] : ['launch/patient'];
  const refresh = server.refreshScope === 'none' ? [] : [server.refreshScope];
  return [...context, 'openid', 'fhirUser', ...refresh, ...resourceScopes(server)];
}
