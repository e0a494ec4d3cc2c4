import type { Observation } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import type { HomeReading } from './bp-types';
import { parseObservation } from './bp-parse';
import {
  BODY_POSITION_URL,
  buildBpObservation,
  readingIfNoneExist,
  toFhirDateTime,
  US_CORE_BP_PROFILE,
} from './bp-observation';

const UUID = '6f1d3c2e-8a4b-4c5d-9e0f-112233445566';
const reading: HomeReading = {
  systolic: 128,
  diastolic: 82,
  takenAt: new Date('2026-11-22T07:30:00-05:00'),
};

/**
 * The US Core (6.1 / 7.0) blood-pressure profile's requirements, as the sandbox and real servers check
 * them: returns every violation, so a failing test says which rule broke.
 */
function usCoreBpViolations(obs: Observation): string[] {
  const problems: string[] = [];
  const codes = (c: Observation['code'] | undefined, system: string) =>
    (c?.coding ?? []).filter((x) => x.system === system).map((x) => x.code);
  if (!obs.meta?.profile?.includes(US_CORE_BP_PROFILE)) problems.push('meta.profile');
  if (
    ![
      'registered',
      'preliminary',
      'final',
      'amended',
      'corrected',
      'cancelled',
      'entered-in-error',
      'unknown',
    ].includes(obs.status)
  ) {
    problems.push('status');
  }
  const vital = (obs.category ?? []).some((c) =>
    codes(c, 'http://terminology.hl7.org/CodeSystem/observation-category').includes('vital-signs'),
  );
  if (!vital) problems.push('category vital-signs');
  if (!codes(obs.code, 'http://loinc.org').includes('85354-9')) problems.push('code 85354-9');
  if (!/^Patient\/[A-Za-z0-9\-.]{1,64}$/.test(obs.subject?.reference ?? ''))
    problems.push('subject');
  const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  if (!dateTime.test(obs.effectiveDateTime ?? '')) problems.push('effectiveDateTime');
  for (const code of ['8480-6', '8462-4']) {
    const matches = (obs.component ?? []).filter((c) =>
      codes(c.code, 'http://loinc.org').includes(code),
    );
    if (matches.length !== 1) {
      problems.push(`component ${code} cardinality`);
      continue;
    }
    const q = matches[0]?.valueQuantity;
    const ok =
      q?.system === 'http://unitsofmeasure.org' &&
      q.code === 'mm[Hg]' &&
      typeof q.value === 'number';
    if (!ok && !matches[0]?.dataAbsentReason) problems.push(`component ${code} value`);
  }
  return problems;
}

describe('buildBpObservation', () => {
  it('meets the US Core blood-pressure profile', () => {
    const obs = buildBpObservation(reading, { patientId: 'hypertension-home', uuid: UUID });
    expect(usCoreBpViolations(obs)).toEqual([]);
    expect(
      usCoreBpViolations(
        buildBpObservation(
          { ...reading, pulse: 70, arm: 'left', position: 'lying' },
          { patientId: 'p', uuid: UUID },
        ),
      ),
    ).toEqual([]);
  });

  it('the checker catches a broken shape (so the test above means something)', () => {
    const obs = buildBpObservation(reading, { patientId: 'p', uuid: UUID });
    const broken: Observation = {
      ...obs,
      meta: {},
      category: [],
      component: obs.component?.slice(1) ?? [],
    };
    expect(usCoreBpViolations(broken)).toEqual([
      'meta.profile',
      'category vital-signs',
      'component 8480-6 cardinality',
    ]);
  });

  it('writes systolic and diastolic as mm[Hg] components, status final, the patient as subject and performer', () => {
    const obs = buildBpObservation(reading, { patientId: 'hypertension-home', uuid: UUID });
    expect(obs.status).toBe('final');
    expect(obs.subject).toEqual({ reference: 'Patient/hypertension-home' });
    expect(obs.performer).toEqual([{ reference: 'Patient/hypertension-home' }]);
    expect(
      obs.component?.map((c) => [
        c.code.coding?.[0]?.code,
        c.valueQuantity?.value,
        c.valueQuantity?.code,
      ]),
    ).toEqual([
      ['8480-6', 128, 'mm[Hg]'],
      ['8462-4', 82, 'mm[Hg]'],
    ]);
  });

  it('carries the device-made UUID as an RFC 3986 identifier, and a matching If-None-Exist', () => {
    const obs = buildBpObservation(reading, { patientId: 'p', uuid: UUID });
    expect(obs.identifier).toEqual([{ system: 'urn:ietf:rfc:3986', value: `urn:uuid:${UUID}` }]);
    expect(readingIfNoneExist(UUID)).toBe(`identifier=urn:ietf:rfc:3986|urn:uuid:${UUID}`);
  });

  it('marks the setting as home (SNOMED 264362003)', () => {
    const obs = buildBpObservation(reading, { patientId: 'p', uuid: UUID });
    expect(obs.extension).toEqual([
      {
        url: 'http://hl7.org/fhir/us/vitals/StructureDefinition/MeasurementSettingExt',
        valueCodeableConcept: expect.objectContaining({
          coding: [
            { system: 'http://snomed.info/sct', code: '264362003', display: 'Home (environment)' },
          ],
        }) as unknown,
      },
    ]);
  });

  it('adds pulse as a third component (8867-4, /min) only when given', () => {
    const withPulse = buildBpObservation({ ...reading, pulse: 64 }, { patientId: 'p', uuid: UUID });
    expect(withPulse.component?.[2]?.code.coding?.[0]?.code).toBe('8867-4');
    expect(withPulse.component?.[2]?.valueQuantity).toEqual({
      value: 64,
      unit: 'beats/minute',
      system: 'http://unitsofmeasure.org',
      code: '/min',
    });
    expect(buildBpObservation(reading, { patientId: 'p', uuid: UUID }).component).toHaveLength(2);
  });

  it('puts arm in bodySite, position in the body-position extension, and the note, only when given', () => {
    const full = buildBpObservation(
      { ...reading, arm: 'right', position: 'sitting', note: 'after a walk' },
      { patientId: 'p', uuid: UUID },
    );
    expect(full.bodySite?.coding?.[0]).toMatchObject({
      system: 'http://snomed.info/sct',
      code: '368209003',
    });
    expect(
      full.extension?.find((e) => e.url === BODY_POSITION_URL)?.valueCodeableConcept?.coding?.[0]
        ?.code,
    ).toBe('33586001');
    expect(full.note).toEqual([{ text: 'after a walk' }]);
    const bare = buildBpObservation(reading, { patientId: 'p', uuid: UUID });
    expect(bare).not.toHaveProperty('bodySite');
    expect(bare).not.toHaveProperty('note');
    expect(bare.extension).toHaveLength(1);
  });
});

describe('read back by the BP reader', () => {
  it('is a home reading entered by the patient, with its values, pulse and time', () => {
    const obs = {
      ...buildBpObservation({ ...reading, pulse: 64 }, { patientId: 'p', uuid: UUID }),
      id: 'obs-1',
    };
    expect(parseObservation(obs)).toEqual({
      type: 'reading',
      reading: expect.objectContaining({
        id: 'obs-1',
        systolic: 128,
        diastolic: 82,
        pulse: 64,
        time: reading.takenAt.getTime(),
        setting: 'home',
        settingEvidence: 'measurement-setting',
        source: 'patient',
      }) as unknown,
    });
  });
});

describe('toFhirDateTime (TZ=America/New_York)', () => {
  it.each([
    ['winter: -05:00', '2026-11-22T12:30:00Z', '2026-11-22T07:30:00-05:00'],
    ['summer: -04:00', '2026-07-01T12:15:09Z', '2026-07-01T08:15:09-04:00'],
    ['date differs from UTC', '2026-01-01T03:00:00Z', '2025-12-31T22:00:00-05:00'],
  ])('%s', (_name, utc, expected) => {
    expect(toFhirDateTime(new Date(utc))).toBe(expected);
    expect(new Date(expected).getTime()).toBe(new Date(utc).getTime());
  });

  it('never writes Z', () => {
    expect(buildBpObservation(reading, { patientId: 'p', uuid: UUID }).effectiveDateTime).toBe(
      '2026-11-22T07:30:00-05:00',
    );
  });
});
