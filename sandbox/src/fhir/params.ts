/** The search parameters the sandbox supports, per resource type, and how each reads a resource. */
import { categoryTokens, codeTokens, identifierTokens, plainTokens, type Token } from './extract';
import { asRecord, type Json } from './json';
import { groupManagingEntity, groupMember, type ReferenceGetter } from './references';

export type TokenGetter = (resource: Json) => Token[];

export type ParamDef =
  | { kind: 'token'; get: TokenGetter }
  | { kind: 'reference'; get: ReferenceGetter }
  | { kind: 'patient' }
  | { kind: 'date' }
  | { kind: 'lastUpdated' }
  | { kind: 'id' }
  | { kind: 'name' };

const token = (get: TokenGetter): ParamDef => ({ kind: 'token', get });
const reference = (get: ReferenceGetter): ParamDef => ({ kind: 'reference', get });
const status = token((r) => plainTokens(r.status));
const identifier = token(identifierTokens);
const code = token(codeTokens);
const common: Record<string, ParamDef> = {
  _id: { kind: 'id' },
  _lastUpdated: { kind: 'lastUpdated' },
};
const compartment: Record<string, ParamDef> = {
  patient: { kind: 'patient' },
  subject: { kind: 'patient' },
};
const date: ParamDef = { kind: 'date' };

function concept(field: string): TokenGetter {
  return (r) => categoryTokens({ category: r[field] });
}

export const SEARCH_PARAMS: Readonly<Record<string, Readonly<Record<string, ParamDef>>>> = {
  Patient: { ...common, name: { kind: 'name' }, identifier },
  Practitioner: { ...common, name: { kind: 'name' }, identifier },
  Observation: {
    ...common,
    ...compartment,
    category: token(categoryTokens),
    code,
    date,
    status,
    identifier,
  },
  MedicationRequest: {
    ...common,
    ...compartment,
    status,
    intent: token((r) => plainTokens(r.intent)),
    code,
    authoredon: date,
    identifier,
  },
  MedicationStatement: { ...common, ...compartment, status, code, effective: date, identifier },
  Medication: { ...common, code },
  Condition: {
    ...common,
    ...compartment,
    category: token(categoryTokens),
    code,
    'clinical-status': token(concept('clinicalStatus')),
    identifier,
  },
  Encounter: {
    ...common,
    ...compartment,
    status,
    date,
    class: token((r) => categoryTokens({ category: { coding: [asRecord(r.class) ?? {}] } })),
    identifier,
  },
  Device: { ...common, patient: { kind: 'patient' }, status, identifier },
  Goal: {
    ...common,
    ...compartment,
    'lifecycle-status': token((r) => plainTokens(r.lifecycleStatus)),
    identifier,
  },
  // Not in the patient compartment here: patient/ scopes never reach a Group (scopes.ts).
  Group: {
    ...common,
    identifier,
    'managing-entity': reference(groupManagingEntity),
    member: reference(groupMember),
  },
};

/** Parameters that shape the result rather than filter it. */
export const RESULT_PARAMS: ReadonlySet<string> = new Set([
  '_count',
  '_sort',
  '_summary',
  '_include',
  '_format',
  '_pretty',
]);

export const SUPPORTED_INCLUDES: Readonly<Record<string, readonly string[]>> = {
  MedicationRequest: ['MedicationRequest:medication'],
  MedicationStatement: ['MedicationStatement:medication'],
};

/** A token search value: `system|code`, `|code` (no system), `code` (any system), `system|` (any code). */
export interface TokenValue {
  /** undefined = any system; '' = no system. */
  system?: string;
  code?: string;
}

export function parseTokenValue(text: string): TokenValue {
  const bar = text.indexOf('|');
  if (bar < 0) return { code: text };
  const system = text.slice(0, bar);
  const code = text.slice(bar + 1);
  return code ? { system, code } : { system };
}

export function tokenMatches(value: TokenValue, tokens: readonly Token[]): boolean {
  return tokens.some(
    (t) =>
      (value.system === undefined ||
        (value.system === '' ? t.system === undefined : t.system === value.system)) &&
      (value.code === undefined || t.code === value.code),
  );
}
