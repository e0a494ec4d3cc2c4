/**
 * SMART scopes, v1 (`patient/*.read`, `user/Observation.write`) and v2 (`patient/Observation.rs`,
 * `.cruds`, `?category=` restrictions), turned into what a request may do: which interactions on which
 * types, confined to the launch patient or not, and which resources a restricted scope lets through.
 */
import type { AccessGrant } from '../contracts';
import { COMPARTMENT_TYPES } from './extract';
import { parseTokenValue, SEARCH_PARAMS, tokenMatches } from './params';
import type { Rec } from './store';

export type Interaction = 'c' | 'r' | 'u' | 'd' | 's';

export interface Scope {
  context: 'patient' | 'user' | 'system';
  type: string;
  interactions: ReadonlySet<Interaction>;
  /** v2 `?param=value` restrictions: all must hold. */
  restrictions: readonly [string, string][];
}

const SCOPE_RE = /^(patient|user|system)\/([A-Za-z]+|\*)\.([a-z*]+)(?:\?(.*))?$/;
const V1: Record<string, Interaction[]> = {
  read: ['r', 's'],
  write: ['c', 'u', 'd'],
  '*': ['c', 'r', 'u', 'd', 's'],
};

export function parseScope(text: string): Scope | undefined {
  const m = SCOPE_RE.exec(text);
  if (!m) return undefined;
  const [, context, type, perms, query] = m;
  if (!context || !type || !perms) return undefined;
  let interactions = V1[perms];
  if (!interactions) {
    if (!/^c?r?u?d?s?$/.test(perms)) return undefined;
    interactions = Array.from(perms.matchAll(/[cruds]/g), (m) => m[0] as Interaction);
  }
  const restrictions = query ? [...new URLSearchParams(query).entries()] : [];
  return {
    context: context as Scope['context'],
    type,
    interactions: new Set(interactions),
    restrictions,
  };
}

export type Access =
  | { allowed: false; reason: string }
  | {
      allowed: true;
      /** When every applicable scope is a patient/ scope: the patient the request is confined to. */
      confine?: string;
      /** When some resources are outside what the scopes grant (compartment or restrictions). */
      filter?: (rec: Rec) => boolean;
    };

function restrictionsHold(scope: Scope, rec: Rec): boolean {
  const params = SEARCH_PARAMS[rec.type] ?? {};
  return scope.restrictions.every(([name, value]) => {
    const def = params[name];
    if (def?.kind !== 'token') return false;
    const tokens = def.get(rec.resource);
    return value.split(',').some((v) => tokenMatches(parseTokenValue(v), tokens));
  });
}

/** Types outside the patient compartment that name many patients (Group.member). */
export const MANY_PATIENT_TYPES: ReadonlySet<string> = new Set(['Group']);

export function inCompartment(rec: Rec, patient: string): boolean {
  return !COMPARTMENT_TYPES.has(rec.type) || rec.patient === patient;
}

/**
 * The patient a scope confines to: patient/ scopes to the launch patient; user/ scopes to the user
 * when the user is a Patient (a patient's "user" data is their own); otherwise none (practitioner).
 */
function compartmentOf(scope: Scope, grant: AccessGrant): string | undefined {
  if (scope.context === 'patient') return grant.patient;
  const user = grant.fhirUser?.split('/');
  return scope.context === 'user' && user?.length === 2 && user[0] === 'Patient'
    ? user[1]
    : undefined;
}

export function resolveAccess(grant: AccessGrant, type: string, interaction: Interaction): Access {
  if (grant.open) return { allowed: true };
  const scopes = grant.scopes
    .map(parseScope)
    .filter(
      (s): s is Scope =>
        !!s && (s.type === '*' || s.type === type) && s.interactions.has(interaction),
    );
  if (scopes.length === 0) {
    return {
      allowed: false,
      reason: `No granted scope allows ${describe(interaction)} of ${type}.`,
    };
  }
  const withContext = scopes
    .filter((s) => s.context !== 'patient' || grant.patient !== undefined)
    .map((scope) => ({ scope, patient: compartmentOf(scope, grant) }));
  if (withContext.length === 0) {
    return {
      allowed: false,
      reason: `patient/ scopes for ${type} need a launch patient, and this grant has none.`,
    };
  }
  // A program's Group lists many patients: a scope confined to one patient never reaches it.
  const usable = MANY_PATIENT_TYPES.has(type)
    ? withContext.filter((u) => u.patient === undefined)
    : withContext;
  if (usable.length === 0) {
    return {
      allowed: false,
      reason: `${type} lists other patients: scopes confined to one patient (patient/, or a patient's own user/) do not reach it; a practitioner's user/ scope does.`,
    };
  }
  const patients = new Set(usable.map((u) => u.patient));
  const [only] = patients;
  const confine = COMPARTMENT_TYPES.has(type) && patients.size === 1 ? only : undefined;
  const plain = usable.some(
    (u) => u.scope.restrictions.length === 0 && (u.patient === undefined || u.patient === confine),
  );
  if (plain) return { allowed: true, ...(confine !== undefined ? { confine } : {}) };
  const filter = (rec: Rec) =>
    usable.some(
      (u) =>
        (u.patient === undefined || inCompartment(rec, u.patient)) &&
        restrictionsHold(u.scope, rec),
    );
  return { allowed: true, ...(confine !== undefined ? { confine } : {}), filter };
}

/** Whether one resource may be read (or created) under the grant. */
export function permits(access: Access, rec: Rec): boolean {
  if (!access.allowed) return false;
  if (access.confine !== undefined && !inCompartment(rec, access.confine)) return false;
  return !access.filter || access.filter(rec);
}

function describe(interaction: Interaction): string {
  const words: Record<Interaction, string> = {
    c: 'create',
    r: 'read',
    u: 'update',
    d: 'delete',
    s: 'search',
  };
  return words[interaction];
}
