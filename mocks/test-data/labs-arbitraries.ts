/** fast-check arbitrary for the labs readers' property tests: a lab Observation with confused fields. */
import fc from 'fast-check';
import { anyJson } from './json-arbitraries';

/** A valid laboratory Observation, the starting point of the type confusion. */
export const LAB_BASE = {
  resourceType: 'Observation',
  id: 'k',
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '2823-3' }], text: 'Potassium' },
  effectiveDateTime: '2026-10-01T13:30:00Z',
  valueQuantity: {
    value: 4.2,
    unit: 'mmol/L',
    system: 'http://unitsofmeasure.org',
    code: 'mmol/L',
  },
};

const FIELDS = [
  'id',
  'status',
  'code',
  'valueQuantity',
  'valueString',
  'valueCodeableConcept',
  'valueInteger',
  'valueBoolean',
  'dataAbsentReason',
  'referenceRange',
  'interpretation',
  'effectiveDateTime',
  'effectivePeriod',
  'issued',
  'note',
] as const;
/** A valid lab Observation with some of its fields (or their inner fields) replaced by any JSON. */
export const confusedLab = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...FIELDS), anyJson, { maxKeys: 4 }),
    fc.record({ value: anyJson, unit: anyJson, comparator: anyJson }, { requiredKeys: [] }),
  )
  .map(([outer, inner]) => ({
    ...LAB_BASE,
    referenceRange: [{ low: { value: 3.5, unit: 'mmol/L' }, high: { value: 5.1 } }],
    interpretation: [{ coding: [{ code: 'H' }] }],
    ...outer,
    ...(Object.keys(inner).length
      ? { valueQuantity: { ...LAB_BASE.valueQuantity, ...inner } }
      : {}),
  }));
