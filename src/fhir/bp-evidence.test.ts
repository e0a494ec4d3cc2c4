import type { Encounter, Observation } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { indexEncounters, settingOf, sourceOf } from './bp-evidence';

// Home vs office only from evidence in the resource (DESIGN: "Unknown stays unknown"): the Vital
// Signs IG measurement-setting extension (SNOMED 264362003 home), then Encounter.class (v3 ActCode
// HH / AMB), then the PHD IG's `phd` category, a patient or related-person performer, a device.
const SNOMED = 'http://snomed.info/sct';
const ACT = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const SETTING_URL = 'http://hl7.org/fhir/us/vitals/StructureDefinition/MeasurementSettingExt';

const obs = (fields: Partial<Observation>): Observation => ({
  resourceType: 'Observation',
  status: 'final',
  code: { text: 'BP' },
  ...fields,
});
const setting = (url: string, code: string, system = SNOMED) => ({
  extension: [{ url, valueCodeableConcept: { coding: [{ system, code }] } }],
});
const enc = (id: string, code: string, system: string | undefined = ACT): Encounter => ({
  resourceType: 'Encounter',
  id,
  status: 'finished',
  class: { ...(system ? { system } : {}), code },
});
const ENCOUNTERS = indexEncounters([
  enc('home', 'HH'),
  enc('amb', 'AMB'),
  enc('vr', 'VR'),
  enc('local', 'AMB', 'urn:local'),
  enc('nosys', 'HH', undefined),
]);

describe('settingOf: the strongest evidence wins', () => {
  it.each<[string, Partial<Observation>, string, string]>([
    [
      'the Vital Signs IG extension, home',
      setting(SETTING_URL, '264362003'),
      'home',
      'measurement-setting',
    ],
    [
      'an older draft URL (measurementSetting)',
      setting('http://example.org/measurementSetting', '264362003'),
      'home',
      'measurement-setting',
    ],
    [
      'a lookalike URL in capitals',
      setting('urn:x:MEASUREMENT-SETTING', '264362003'),
      'home',
      'measurement-setting',
    ],
    [
      'the extension with another setting code',
      setting(SETTING_URL, '22232009'),
      'unknown',
      'none',
    ],
    [
      'the home code under another system',
      setting(SETTING_URL, '264362003', 'urn:local'),
      'unknown',
      'none',
    ],
    [
      'the home code in an unrelated extension',
      setting('http://example.org/body-site', '264362003'),
      'unknown',
      'none',
    ],
    [
      'a home-health encounter',
      { encounter: { reference: 'Encounter/home' } },
      'home',
      'encounter-home',
    ],
    [
      'an ambulatory encounter',
      { encounter: { reference: 'Encounter/amb' } },
      'office',
      'encounter-ambulatory',
    ],
    [
      'an absolute encounter reference',
      { encounter: { reference: 'https://ehr.example/fhir/Encounter/amb' } },
      'office',
      'encounter-ambulatory',
    ],
    ['a bare encounter id', { encounter: { reference: 'home' } }, 'home', 'encounter-home'],
    [
      'an encounter class without a system',
      { encounter: { reference: 'Encounter/nosys' } },
      'home',
      'encounter-home',
    ],
    [
      'an encounter class in a local system',
      { encounter: { reference: 'Encounter/local' } },
      'unknown',
      'none',
    ],
    [
      'a virtual encounter says nothing',
      { encounter: { reference: 'Encounter/vr' } },
      'unknown',
      'none',
    ],
    [
      'an encounter not in the index',
      { encounter: { reference: 'Encounter/gone' } },
      'unknown',
      'none',
    ],
    ['the PHD category', { category: [{ coding: [{ code: 'phd' }] }] }, 'home', 'phd-category'],
    [
      'a patient performer',
      { performer: [{ reference: 'Patient/1' }] },
      'home',
      'patient-performer',
    ],
    [
      'a related-person performer (by type)',
      { performer: [{ type: 'RelatedPerson' }] },
      'home',
      'patient-performer',
    ],
    [
      'a practitioner performer says nothing of the setting',
      { performer: [{ reference: 'Practitioner/1' }] },
      'unknown',
      'none',
    ],
    ['a device', { device: { reference: 'Device/cuff' } }, 'home', 'device'],
    ['nothing at all', {}, 'unknown', 'none'],
  ])('%s', (_name, fields, where, evidence) => {
    expect(settingOf(obs(fields), ENCOUNTERS)).toEqual({ setting: where, evidence });
  });

  it.each<[string, Partial<Observation>, string]>([
    [
      'the extension over an ambulatory encounter',
      { ...setting(SETTING_URL, '264362003'), encounter: { reference: 'Encounter/amb' } },
      'measurement-setting',
    ],
    [
      'an ambulatory encounter over a patient performer',
      { encounter: { reference: 'Encounter/amb' }, performer: [{ reference: 'Patient/1' }] },
      'encounter-ambulatory',
    ],
    [
      'an ambulatory encounter over a device',
      { encounter: { reference: 'Encounter/amb' }, device: { reference: 'Device/1' } },
      'encounter-ambulatory',
    ],
    [
      'the PHD category over a patient performer',
      { category: [{ coding: [{ code: 'phd' }] }], performer: [{ reference: 'Patient/1' }] },
      'phd-category',
    ],
    [
      'a patient performer over a device',
      { performer: [{ reference: 'Patient/1' }], device: { reference: 'Device/1' } },
      'patient-performer',
    ],
  ])('%s', (_name, fields, evidence) => {
    expect(settingOf(obs(fields), ENCOUNTERS).evidence).toBe(evidence);
  });

  it('without an encounter index the encounter is no evidence', () => {
    expect(settingOf(obs({ encounter: { reference: 'Encounter/home' } }))).toEqual({
      setting: 'unknown',
      evidence: 'none',
    });
  });

  it('indexes encounters by Encounter/<id>, skipping those without an id', () => {
    const index = indexEncounters([enc('a', 'HH'), { ...enc('x', 'AMB'), id: undefined }]);
    expect([...index.keys()]).toEqual(['Encounter/a']);
  });
});

describe('sourceOf: who measured', () => {
  it.each<[string, Partial<Observation>, string]>([
    ['a device', { device: { reference: 'Device/1' } }, 'device'],
    ['the PHD category', { category: [{ coding: [{ code: 'phd' }] }] }, 'device'],
    [
      'a device over a patient performer',
      { device: { reference: 'Device/1' }, performer: [{ reference: 'Patient/1' }] },
      'device',
    ],
    ['a patient', { performer: [{ reference: 'Patient/1' }] }, 'patient'],
    ['a related person', { performer: [{ reference: 'RelatedPerson/1' }] }, 'patient'],
    [
      'a patient over a practitioner',
      { performer: [{ reference: 'Practitioner/1' }, { reference: 'Patient/1' }] },
      'patient',
    ],
    ['a practitioner', { performer: [{ reference: 'Practitioner/1' }] }, 'clinician'],
    ['a practitioner role', { performer: [{ reference: 'PractitionerRole/1' }] }, 'clinician'],
    ['an organization', { performer: [{ reference: 'Organization/1' }] }, 'clinician'],
    ['a care team', { performer: [{ type: 'CareTeam' }] }, 'clinician'],
    [
      'the type wins over the reference',
      { performer: [{ type: 'Patient', reference: 'Practitioner/1' }] },
      'patient',
    ],
    ['a performer of no known type', { performer: [{ display: 'Nurse Ann' }] }, 'unknown'],
    ['nothing', {}, 'unknown'],
  ])('%s', (_name, fields, source) => {
    expect(sourceOf(obs(fields))).toBe(source);
  });
});
