/**
 * Code systems and codes the app reads, named once (medplum's habit: constants, never literals in
 * readers). Shared by every feature: BP, labs, medications, record-reading.
 */
export const SYSTEM = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  ucum: 'http://unitsofmeasure.org',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  dataAbsentReason: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
} as const;

/** LOINC codes for blood pressure (US Core vital signs; US Core 7 adds the average BP panel). */
export const LOINC = {
  /** US Core blood-pressure panel. */
  bpPanel: '85354-9',
  /** Older BP panel (the public SMART sandbox's data). */
  bpPanelLegacy: '55284-4',
  systolic: '8480-6',
  diastolic: '8462-4',
  /** US Core 7 average blood pressure panel, with its mean systolic/diastolic components. */
  bpAverage: '96607-7',
  systolicAverage: '96608-5',
  diastolicAverage: '96609-3',
  heartRate: '8867-4',
} as const;

/** Every code a BP search asks for. */
export const BP_OBSERVATION_CODES = [
  LOINC.bpPanel,
  LOINC.bpPanelLegacy,
  LOINC.systolic,
  LOINC.diastolic,
  LOINC.bpAverage,
] as const;

export const SNOMED = {
  /** Home (environment): the measurement setting of home readings. */
  home: '264362003',
} as const;

export const UCUM = {
  mmHg: 'mm[Hg]',
  kPa: 'kPa',
  perMinute: '/min',
} as const;

/** US Core / Vital Signs with Qualifying Elements measurement-setting extension. */
export const MEASUREMENT_SETTING_URL =
  'http://hl7.org/fhir/us/vitals/StructureDefinition/MeasurementSettingExt';

/** Observation.category codes (observation-category), plus the Personal Health Device IG's `phd`. */
export const CATEGORY = {
  vitalSigns: 'vital-signs',
  phd: 'phd',
} as const;

/** Encounter.class codes (v3 ActCode) that tell home from office. */
export const ENCOUNTER_CLASS = {
  ambulatory: 'AMB',
  home: 'HH',
  virtual: 'VR',
} as const;

/** `system|code` token for a search parameter. */
export const token = (system: string, code: string) => `${system}|${code}`;
