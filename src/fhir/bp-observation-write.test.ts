/**
 * The exact Observation a home reading is written back as (US Core blood-pressure profile; Vital Signs
 * with Qualifying Elements IG for setting and body position; SNOMED body structures for the arm), the
 * device's UTC offset in every kind of zone, and what the outbox list reads back from a stored item.
 */
import { describe, expect, it } from 'vitest';
import { buildBpObservation, summarizeBpObservation, toFhirDateTime } from './bp-observation';
import type { Arm, BodyPosition } from './bp-types';
import { ZonedDate } from '../../mocks/test-data/zoned-date';

const UUID = '6f1d3c2e-8a4b-4c5d-9e0f-112233445566';
const takenAt = new Date('2026-11-22T07:30:00-05:00');
const snomed = (code: string, display: string) => ({
  coding: [{ system: 'http://snomed.info/sct', code, display }],
  text: display,
});
const loinc = (code: string, display: string) => ({
  coding: [{ system: 'http://loinc.org', code, display }],
  text: display,
});
const ucum = (value: number, unit: string, code: string) => ({
  value,
  unit,
  system: 'http://unitsofmeasure.org',
  code,
});

describe('buildBpObservation: the whole resource, as the server receives it', () => {
  it('a reading with pulse, arm, position and note', () => {
    const obs = buildBpObservation(
      {
        systolic: 141,
        diastolic: 91,
        pulse: 72,
        takenAt,
        arm: 'left',
        position: 'standing',
        note: 'n',
      },
      { patientId: 'pat-1', uuid: UUID },
    );
    expect(obs).toStrictEqual({
      resourceType: 'Observation',
      meta: { profile: ['http://hl7.org/fhir/us/core/StructureDefinition/us-core-blood-pressure'] },
      extension: [
        {
          url: 'http://hl7.org/fhir/us/vitals/StructureDefinition/MeasurementSettingExt',
          valueCodeableConcept: snomed('264362003', 'Home (environment)'),
        },
        {
          url: 'http://hl7.org/fhir/us/vitals/StructureDefinition/BodyPositionExt',
          valueCodeableConcept: snomed('10904000', 'Orthostatic body position'),
        },
      ],
      identifier: [{ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${UUID}` }],
      status: 'final',
      category: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/observation-category',
              code: 'vital-signs',
              display: 'Vital Signs',
            },
          ],
          text: 'Vital Signs',
        },
      ],
      code: loinc('85354-9', 'Blood pressure panel with all children optional'),
      subject: { reference: 'Patient/pat-1' },
      effectiveDateTime: '2026-11-22T07:30:00-05:00',
      performer: [{ reference: 'Patient/pat-1' }],
      bodySite: snomed('368208006', 'Left upper arm structure'),
      note: [{ text: 'n' }],
      component: [
        {
          code: loinc('8480-6', 'Systolic blood pressure'),
          valueQuantity: ucum(141, 'mmHg', 'mm[Hg]'),
        },
        {
          code: loinc('8462-4', 'Diastolic blood pressure'),
          valueQuantity: ucum(91, 'mmHg', 'mm[Hg]'),
        },
        { code: loinc('8867-4', 'Heart rate'), valueQuantity: ucum(72, 'beats/minute', '/min') },
      ],
    });
  });

  it.each<[Arm, string, string]>([
    ['left', '368208006', 'Left upper arm structure'],
    ['right', '368209003', 'Right upper arm structure'],
  ])('arm %s is SNOMED %s in bodySite', (arm, code, display) => {
    const obs = buildBpObservation(
      { systolic: 120, diastolic: 80, takenAt, arm },
      { patientId: 'p', uuid: UUID },
    );
    expect(obs.bodySite).toStrictEqual(snomed(code, display));
  });

  it.each<[BodyPosition, string, string]>([
    ['sitting', '33586001', 'Sitting position'],
    ['standing', '10904000', 'Orthostatic body position'],
    ['lying', '102538003', 'Recumbent body position'],
  ])('position %s is SNOMED %s in the body-position extension', (position, code, display) => {
    const obs = buildBpObservation(
      { systolic: 120, diastolic: 80, takenAt, position },
      { patientId: 'p', uuid: UUID },
    );
    expect(obs.extension?.[1]?.valueCodeableConcept).toStrictEqual(snomed(code, display));
  });

  it('an empty note is not written', () => {
    const obs = buildBpObservation(
      { systolic: 120, diastolic: 80, takenAt, note: '' },
      { patientId: 'p', uuid: UUID },
    );
    expect(obs).not.toHaveProperty('note');
  });
});

describe('toFhirDateTime: the offset of the device zone at that instant', () => {
  it.each([
    ['UTC is +00:00, never Z', 0, '2026-03-05T04:06:07Z', '2026-03-05T04:06:07+00:00'],
    ['half an hour east (India)', 330, '2026-03-05T04:06:07Z', '2026-03-05T09:36:07+05:30'],
    ['three quarters east (Nepal)', 345, '2026-03-05T04:06:07Z', '2026-03-05T09:51:07+05:45'],
    ['half an hour west (Newfoundland)', -210, '2026-01-10T12:00:00Z', '2026-01-10T08:30:00-03:30'],
    ['ten hours west (Hawaii)', -600, '2026-01-10T12:00:00Z', '2026-01-10T02:00:00-10:00'],
    ['a day ahead (Kiribati +14)', 840, '2026-01-10T12:00:00Z', '2026-01-11T02:00:00+14:00'],
    [
      'single-digit month, day, hour, minute, second',
      0,
      '2026-02-03T04:05:06Z',
      '2026-02-03T04:05:06+00:00',
    ],
  ])('%s', (_case, offset, utc, expected) => {
    expect(toFhirDateTime(new ZonedDate(utc, offset))).toBe(expected);
    expect(Date.parse(expected)).toBe(Date.parse(utc));
  });
});

describe('summarizeBpObservation: what the outbox list shows of a stored reading', () => {
  const component = (code: string, value: unknown) => ({
    code: { coding: [{ system: 'http://loinc.org', code }] },
    valueQuantity: { value },
  });
  const obs = (fields: Record<string, unknown>) => ({
    resourceType: 'Observation',
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: '85354-9' }] },
    ...fields,
  });

  it.each<[string, unknown, object]>([
    [
      'every value by its code, in any order',
      obs({
        effectiveDateTime: '2026-11-22T07:30:00-05:00',
        component: [component('8867-4', 64), component('8462-4', 82), component('8480-6', 128)],
      }),
      { systolic: 128, diastolic: 82, pulse: 64, effective: '2026-11-22T07:30:00-05:00' },
    ],
    [
      'no pulse and no time: those keys absent',
      obs({ component: [component('8480-6', 128), component('8462-4', 82)] }),
      { systolic: 128, diastolic: 82 },
    ],
    [
      'a value that is not a number is left out',
      obs({ component: [component('8480-6', '128'), component('8462-4', 82)] }),
      { diastolic: 82 },
    ],
    [
      'a code of another system is not the systolic',
      obs({
        component: [
          { code: { coding: [{ system: 'urn:x', code: '8480-6' }] }, valueQuantity: { value: 1 } },
        ],
      }),
      {},
    ],
    ['not an Observation: nothing', { resourceType: 'Patient' }, {}],
    ['not an object: nothing', 'x', {}],
  ])('%s', (_case, raw, expected) => {
    expect(summarizeBpObservation(raw)).toStrictEqual(expected);
  });
});
