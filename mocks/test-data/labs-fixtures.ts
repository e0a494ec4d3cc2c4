/** Literal lab Observations for the clinical table tests (one resource per case). */
import type { Observation } from 'fhir/r4';
import { readLabs } from '../../src/fhir/labs';
import { type AnalyteSummary, summarizeLabs } from '../../src/clinical/labs';

export function labObs(id: string, fields: Partial<Observation>): Observation {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: '2823-3' }], text: 'Potassium' },
    effectiveDateTime: '2026-10-01T13:30:00Z',
    ...fields,
  };
}
export const ucumQty = (value: number, code: string, comparator?: '<' | '<=' | '>=' | '>') => ({
  value,
  unit: code,
  system: 'http://unitsofmeasure.org',
  code,
  ...(comparator ? { comparator } : {}),
});

export const loinc = (code: string, text?: string) => ({
  coding: [{ system: 'http://loinc.org', code }],
  ...(text ? { text } : {}),
});
export const summarize = (obs: Observation[], sex?: 'male' | 'female') =>
  summarizeLabs(readLabs(obs), sex ? { sex } : {});
export const only = (obs: Observation[], sex?: 'male' | 'female'): AnalyteSummary => {
  const [a] = summarize(obs, sex).analytes;
  if (!a) throw new Error('no analyte');
  return a;
};
export const range = (low: number | undefined, high: number | undefined, unit: string) => ({
  ...(low !== undefined ? { low: ucumQty(low, unit) } : {}),
  ...(high !== undefined ? { high: ucumQty(high, unit) } : {}),
});
