import { describe, expect, it } from 'vitest';
import { canCreate, canRead, parseResourceScope, splitScopes } from './scopes';

describe('parseResourceScope', () => {
  it.each([
    ['patient/Observation.read', 'patient', 'Observation', 'rs'],
    ['patient/*.read', 'patient', '*', 'rs'],
    ['patient/Observation.write', 'patient', 'Observation', 'cud'],
    ['user/Patient.*', 'user', 'Patient', 'cruds'],
    ['patient/Observation.rs', 'patient', 'Observation', 'rs'],
    ['patient/Observation.c', 'patient', 'Observation', 'c'],
    ['patient/Observation.cruds', 'patient', 'Observation', 'cruds'],
  ])('reads %s', (scope, context, type, perms) => {
    const parsed = parseResourceScope(scope);
    expect(parsed?.context).toBe(context);
    expect(parsed?.resourceType).toBe(type);
    expect([...(parsed?.interactions ?? [])].sort().join('')).toBe(perms.split('').sort().join(''));
  });

  it('keeps a v2 query restriction', () => {
    expect(parseResourceScope('patient/Observation.rs?category=laboratory')?.restriction).toBe(
      'category=laboratory',
    );
  });

  it.each([
    'openid',
    'launch',
    'launch/patient',
    'patient/Observation.sr',
    'patient/Observation.x',
    'fhirUser',
  ])('returns undefined for %s (not a resource scope, or letters out of order)', (scope) => {
    expect(parseResourceScope(scope)).toBeUndefined();
  });
});

describe('canRead / canCreate', () => {
  it('grants reading only the types in the grant', () => {
    const granted = splitScopes('launch openid patient/Observation.rs patient/Patient.r');
    expect(canRead(granted, 'Observation')).toBe(true);
    expect(canRead(granted, 'MedicationRequest')).toBe(false);
    expect(canCreate(granted, 'Observation')).toBe(false);
  });

  it('treats the v1 wildcard as every type', () => {
    const granted = splitScopes('patient/*.read patient/Observation.write');
    expect(canRead(granted, 'MedicationRequest')).toBe(true);
    expect(canCreate(granted, 'Observation')).toBe(true);
    expect(canCreate(granted, 'Condition')).toBe(false);
  });

  it('never counts system scopes for a user-facing launch', () => {
    expect(canRead(['system/Observation.rs'], 'Observation')).toBe(false);
  });

  it('grants nothing for an empty scope string', () => {
    expect(canRead(splitScopes(undefined), 'Patient')).toBe(false);
  });
});
