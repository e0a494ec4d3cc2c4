/** Test helper: a read MedicationEntry (an active amlodipine order unless `fields` say otherwise). */
import type { MedicationEntry } from '../../src/fhir/medications';
import { DAY } from '../../src/clinical/time';

export const medEntry = (fields: Partial<MedicationEntry>): MedicationEntry => ({
  id: 'MedicationRequest/x',
  source: 'request',
  form: 'codeable-concept',
  name: 'Amlodipine 5 MG Oral Tablet',
  concepts: [],
  rxnorm: [],
  identifiers: [],
  strengths: [],
  status: 'active',
  intent: 'order',
  ...fields,
});

/** 2020-01-01 plus `days` days (UTC). */
export const dayAt = (days: number) => Date.UTC(2020, 0, 1) + days * DAY;
