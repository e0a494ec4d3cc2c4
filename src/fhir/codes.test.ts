import { describe, expect, it } from 'vitest';
import {
  BP_OBSERVATION_CODES,
  CATEGORY,
  ENCOUNTER_CLASS,
  LOINC,
  MEASUREMENT_SETTING_URL,
  SNOMED,
  SYSTEM,
  UCUM,
  token,
} from './codes';

// The codes a server sends are exact strings: one wrong character and nothing matches.
describe('code systems (FHIR R4 terminology, https://hl7.org/fhir/R4/terminologies-systems.html)', () => {
  it.each([
    ['loinc', 'http://loinc.org'],
    ['snomed', 'http://snomed.info/sct'],
    ['ucum', 'http://unitsofmeasure.org'],
    ['observationCategory', 'http://terminology.hl7.org/CodeSystem/observation-category'],
    ['actCode', 'http://terminology.hl7.org/CodeSystem/v3-ActCode'],
    ['dataAbsentReason', 'http://terminology.hl7.org/CodeSystem/data-absent-reason'],
  ] as const)('%s is %s', (name, uri) => {
    expect(SYSTEM[name]).toBe(uri);
  });
});

describe('blood-pressure codes (US Core vital signs; US Core 7 average BP panel)', () => {
  it.each([
    ['bpPanel', '85354-9'],
    ['bpPanelLegacy', '55284-4'],
    ['systolic', '8480-6'],
    ['diastolic', '8462-4'],
    ['bpAverage', '96607-7'],
    ['systolicAverage', '96608-5'],
    ['diastolicAverage', '96609-3'],
    ['heartRate', '8867-4'],
  ] as const)('LOINC %s is %s', (name, code) => {
    expect(LOINC[name]).toBe(code);
  });

  it('a BP search asks for both panels, both components and the average panel', () => {
    expect(BP_OBSERVATION_CODES).toEqual(['85354-9', '55284-4', '8480-6', '8462-4', '96607-7']);
  });

  it.each([
    ['SNOMED home environment', SNOMED.home, '264362003'],
    ['UCUM mmHg', UCUM.mmHg, 'mm[Hg]'],
    ['UCUM kPa', UCUM.kPa, 'kPa'],
    ['UCUM per minute', UCUM.perMinute, '/min'],
    ['vital-signs category', CATEGORY.vitalSigns, 'vital-signs'],
    ['Personal Health Device category', CATEGORY.phd, 'phd'],
    ['ambulatory encounter', ENCOUNTER_CLASS.ambulatory, 'AMB'],
    ['home health encounter', ENCOUNTER_CLASS.home, 'HH'],
    ['virtual encounter', ENCOUNTER_CLASS.virtual, 'VR'],
    [
      'measurement-setting extension',
      MEASUREMENT_SETTING_URL,
      'http://hl7.org/fhir/us/vitals/StructureDefinition/MeasurementSettingExt',
    ],
  ])('%s', (_name, value, expected) => {
    expect(value).toBe(expected);
  });

  it('a search token is system|code', () => {
    expect(token(SYSTEM.loinc, LOINC.systolic)).toBe('http://loinc.org|8480-6');
  });
});
