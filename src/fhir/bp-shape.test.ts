import { describe, expect, it } from 'vitest';
import { observationShape } from './bp-shape';

// Each field the BP reader uses, against the type FHIR R4 gives it
// (https://hl7.org/fhir/R4/observation.html): needed fields ill-typed make the resource malformed;
// evidence ill-typed is dropped (it can only make the setting unknown, never wrong).
const base = { resourceType: 'Observation', id: 'o1', status: 'final', code: { text: 'BP' } };
const shape = (extra: Record<string, unknown>) => observationShape({ ...base, ...extra });

describe('observationShape: not an Observation', () => {
  it.each([
    ['null', null, ''],
    ['an array', [base], ''],
    ['a string', 'Observation', ''],
    ['another resource, id kept', { resourceType: 'Patient', id: 'p1' }, 'p1'],
    ['no resourceType, numeric id', { id: 7 }, ''],
  ])('%s', (_name, raw, id) => {
    expect(observationShape(raw)).toEqual({ ok: false, id, why: 'not-observation' });
  });
});

describe('observationShape: a field the reading needs, ill-typed', () => {
  it.each<[string, Record<string, unknown>]>([
    ['code a string', { code: '85354-9' }],
    ['code.coding an object', { code: { coding: { code: '85354-9' } } }],
    ['code.coding with a null entry', { code: { coding: [null] } }],
    ['status a number', { status: 1 }],
    ['effectiveDateTime a number', { effectiveDateTime: 20240115 }],
    ['effectiveInstant an object', { effectiveInstant: {} }],
    ['effectivePeriod a string', { effectivePeriod: '2024' }],
    ['effectivePeriod an array', { effectivePeriod: [] }],
    ['effectivePeriod.start a number', { effectivePeriod: { start: 1 } }],
    ['effectivePeriod.end a number', { effectivePeriod: { start: '2024-01-15', end: 2 } }],
    ['valueQuantity a number', { valueQuantity: 120 }],
    ['component an object', { component: {} }],
    ['a component that is a string', { component: ['120'] }],
    ['a component code that is a string', { component: [{ code: '8480-6' }] }],
    [
      'a component value that is a number',
      { component: [{ code: { text: 'S' }, valueQuantity: 120 }] },
    ],
  ])('%s: malformed', (_name, extra) => {
    expect(shape(extra)).toEqual({ ok: false, id: 'o1', why: 'malformed' });
  });

  it.each<[string, Record<string, unknown>]>([
    ['no code, status or time at all', { code: undefined, status: undefined }],
    ['a period with only a start', { effectivePeriod: { start: '2024-01-15' } }],
    ['a period with a misspelt stop', { effectivePeriod: { start: '2024-01-15', stop: 1 } }],
    ['an empty period', { effectivePeriod: {} }],
    ['a code with codings', { code: { coding: [{ code: '85354-9' }] } }],
    [
      'components with codes and values',
      { component: [{ code: { text: 'S' }, valueQuantity: { value: 1 } }, {}] },
    ],
    ['times as strings', { effectiveDateTime: 'x', effectiveInstant: 'y' }],
    ['a value quantity', { valueQuantity: { value: 120 } }],
  ])('%s: readable, untouched', (_name, extra) => {
    const raw = { ...base, ...extra };
    const result = observationShape(raw);
    expect(result.ok && result.obs).toBe(raw);
  });
});

describe('observationShape: evidence, ill-typed, is dropped', () => {
  it.each<[string, string, unknown]>([
    ['extension an object', 'extension', { url: 'x' }],
    ['an extension without a url', 'extension', [{ valueCodeableConcept: {} }]],
    ['an extension with a numeric url', 'extension', [{ url: 1 }]],
    [
      'an extension value that is a string',
      'extension',
      [{ url: 'x', valueCodeableConcept: 'home' }],
    ],
    ['an extension that is null', 'extension', [null]],
    ['category a concept, not a list', 'category', { text: 'vital-signs' }],
    ['a category that is a string', 'category', ['vital-signs']],
    ['performer an object', 'performer', { reference: 'Patient/1' }],
    ['a performer reference that is a number', 'performer', [{ reference: 1 }]],
    ['a performer type that is a number', 'performer', [{ type: 1 }]],
    ['a performer that is a string', 'performer', ['Patient/1']],
    ['encounter a string', 'encounter', 'Encounter/1'],
    ['device a list', 'device', [{ reference: 'Device/1' }]],
  ])('%s', (_name, key, value) => {
    const raw = { ...base, [key]: value };
    const result = observationShape(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.obs).not.toBe(raw);
    expect((result.obs as unknown as Record<string, unknown>)[key]).toBeUndefined();
    expect(raw[key as keyof typeof raw]).toBe(value); // the server's JSON is never changed
    expect(result.obs.code).toEqual(base.code);
  });

  it.each<[string, string, unknown]>([
    ['a good extension', 'extension', [{ url: 'x', valueCodeableConcept: { coding: [] } }]],
    ['an extension without a value', 'extension', [{ url: 'x' }]],
    ['categories', 'category', [{ coding: [{ code: 'vital-signs' }] }]],
    [
      'performers by reference and type',
      'performer',
      [{ reference: 'Patient/1' }, { type: 'Patient' }],
    ],
    ['an encounter reference', 'encounter', { reference: 'Encounter/1' }],
    ['a device reference', 'device', { reference: 'Device/1' }],
  ])('%s is kept in place', (_name, key, value) => {
    const raw = { ...base, [key]: value };
    const result = observationShape(raw);
    expect(result.ok && result.obs).toBe(raw);
  });

  it('a numeric id is replaced by an empty one, in a copy', () => {
    const raw = { ...base, id: 42 };
    const result = observationShape(raw);
    expect(result.ok && result.obs.id).toBe('');
    expect(raw.id).toBe(42);
  });

  it('both bad evidence and a numeric id: one copy with both fixed', () => {
    const raw = { ...base, id: 42, device: 'cuff', encounter: 'E/1' };
    const result = observationShape(raw);
    expect(result.ok && [result.obs.id, result.obs.device, result.obs.encounter]).toEqual([
      '',
      undefined,
      undefined,
    ]);
  });
});
