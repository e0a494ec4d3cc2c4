/**
 * mixed-encodings: every BP shape seen in the wild, one or two of each, all in the last 30 days.
 * `MIXED_EXPECTED` below says what a correct reader makes of them (the app's tests check it).
 */
import type { Encounter, Observation, Resource } from 'fhir/r4';
import {
  ACT_CODE,
  DIASTOLIC_CODE,
  HOME_SETTING,
  LOINC,
  OBS_CATEGORY,
  SNOMED,
  SYSTOLIC_CODE,
  UCUM,
  VITAL_SIGNS,
  concept,
  mmHg,
  panel,
} from './bp-build';
import { isoLocal, localTime } from './bp-time';
import type { PersonaContext } from './types';

/** Readable readings and the ones that must be counted as unreadable, by id. */
export const MIXED_EXPECTED = {
  readable: {
    'bp-mx-legacy-01': {
      systolic: 128.00000000000003,
      diastolic: 82.99999999999999,
      setting: 'unknown',
    },
    'bp-mx-legacy-02': { systolic: 141.5, diastolic: 88.2, setting: 'unknown' },
    'bp-mx-sys-01': { systolic: 136, diastolic: 84, setting: 'office' },
    'bp-mx-sys-02': { systolic: 131, diastolic: 79, setting: 'unknown' },
    'bp-mx-panel-01': { systolic: 134, diastolic: 85, setting: 'home' },
    'bp-mx-panel-02': { systolic: 127, diastolic: 81, setting: 'home' },
    'bp-mx-patient-01': { systolic: 139, diastolic: 87, setting: 'home' },
    'bp-mx-phd-01': { systolic: 133, diastolic: 83, setting: 'home' },
    'bp-mx-avg-01': { systolic: 132, diastolic: 82, setting: 'home' },
  },
  unreadable: { 'bp-mx-absent-01': 'missing-component', 'bp-mx-absent-02': 'missing-component' },
} as const;

const SNOMED_SYS = { system: SNOMED, code: '271649006', display: 'Systolic blood pressure' };
const SNOMED_DIA = { system: SNOMED, code: '271650006', display: 'Diastolic blood pressure' };

export function mixedEncodingsBp(ctx: PersonaContext): Resource[] {
  const { now, timeZone, patientId } = ctx;
  const patient = `Patient/${patientId}`;
  const at = (daysAgo: number, h: number, m = 0) => localTime(now, daysAgo, h, m, timeZone);
  const iso = (t: number) => isoLocal(t, timeZone);
  const base = (id: string, t: number): Observation => ({
    resourceType: 'Observation',
    id,
    status: 'final',
    category: VITAL_SIGNS,
    code: concept('85354-9', 'Blood pressure panel'),
    subject: { reference: patient },
    effectiveDateTime: iso(t),
  });

  // The public SMART sandbox's shape: 55284-4, diastolic first, unrounded floats, SNOMED beside LOINC.
  const legacy = (id: string, t: number, sys: number, dia: number): Observation => ({
    ...base(id, t),
    code: {
      coding: [{ system: LOINC, code: '55284-4', display: 'Blood pressure systolic & diastolic' }],
      text: 'Blood Pressure',
    },
    effectiveDateTime: new Date(t).toISOString(),
    component: [
      {
        code: { coding: [SNOMED_DIA, { system: LOINC, code: '8462-4' }] },
        valueQuantity: { value: dia, unit: 'mmHg', system: UCUM, code: 'mm[Hg]' },
      },
      {
        code: {
          coding: [
            { system: LOINC, code: '8480-6', display: 'Systolic blood pressure' },
            SNOMED_SYS,
          ],
        },
        valueQuantity: { value: sys, unit: 'mmHg', system: UCUM, code: 'mm[Hg]' },
      },
    ],
  });

  // Flowsheet style: separate systolic and diastolic Observations, paired by time.
  const single = (
    id: string,
    t: number,
    code: Observation['code'],
    value: number,
    encounter?: string,
  ): Observation => ({
    ...base(id, t),
    code,
    ...(encounter ? { encounter: { reference: `Encounter/${encounter}` } } : {}),
    valueQuantity: mmHg(value),
  });

  const office: Encounter = {
    resourceType: 'Encounter',
    id: 'bp-mx-enc-01',
    status: 'finished',
    class: { system: ACT_CODE, code: 'AMB', display: 'ambulatory' },
    subject: { reference: patient },
    period: { start: iso(at(20, 9)), end: iso(at(20, 10)) },
  };
  const homeVisit: Encounter = {
    ...office,
    id: 'bp-mx-enc-02',
    class: { system: ACT_CODE, code: 'HH', display: 'home health' },
    period: { start: iso(at(10, 14)), end: iso(at(10, 15)) },
  };

  const absentDia = base('bp-mx-absent-01', at(8, 8));
  absentDia.component = [
    { code: SYSTOLIC_CODE, valueQuantity: mmHg(150) },
    {
      code: DIASTOLIC_CODE,
      dataAbsentReason: {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'error' },
        ],
      },
    },
  ];
  const absentSys = base('bp-mx-absent-02', at(7, 8));
  absentSys.dataAbsentReason = {
    coding: [
      { system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'unknown' },
    ],
  };
  absentSys.component = [{ code: DIASTOLIC_CODE, valueQuantity: mmHg(90) }];

  // US Core 7 average BP over a week, with its mean components (96608-5 / 96609-3).
  const average: Observation = {
    ...base('bp-mx-avg-01', at(1, 20)),
    extension: HOME_SETTING,
    code: {
      coding: [
        {
          system: LOINC,
          code: '96607-7',
          display: 'Blood pressure panel mean systolic and mean diastolic',
        },
      ],
    },
    effectiveDateTime: undefined,
    effectivePeriod: { start: iso(at(8, 7)), end: iso(at(1, 20)) },
    component: [
      { code: concept('96608-5', 'Systolic blood pressure mean'), valueQuantity: mmHg(132) },
      { code: concept('96609-3', 'Diastolic blood pressure mean'), valueQuantity: mmHg(82) },
    ],
  };
  delete average.effectiveDateTime;

  const panel02 = panel({
    id: 'bp-mx-panel-02',
    patient: patientId,
    time: iso(at(10, 14, 20)),
    systolic: 127,
    diastolic: 81,
    pulse: 70,
    encounter: 'bp-mx-enc-02',
  });
  // Codings in a surprising order, with an extra SNOMED coding first and a local one.
  panel02.code = {
    coding: [
      { system: SNOMED, code: '75367002', display: 'Blood pressure' },
      { system: 'urn:oid:1.2.3.4', code: 'BP' },
      { system: LOINC, code: '85354-9' },
    ],
  };

  const phd: Observation = {
    ...base('bp-mx-phd-01', at(3, 7, 30)),
    category: [...VITAL_SIGNS, { coding: [{ system: OBS_CATEGORY, code: 'phd' }] }],
    component: [
      { code: DIASTOLIC_CODE, valueQuantity: mmHg(83) },
      { code: SYSTOLIC_CODE, valueQuantity: mmHg(133) },
    ],
  };

  const sysSnomedFirst = { coding: [SNOMED_SYS, { system: LOINC, code: '8480-6' }] };
  const t1 = at(20, 9, 30);
  const t2 = at(15, 18, 5);
  return [
    office,
    homeVisit,
    legacy('bp-mx-legacy-01', at(25, 9), 128.00000000000003, 82.99999999999999),
    legacy('bp-mx-legacy-02', at(22, 16), 141.5, 88.2),
    single('bp-mx-sys-01', t1, SYSTOLIC_CODE, 136, office.id),
    single('bp-mx-dia-01', t1, DIASTOLIC_CODE, 84, office.id),
    single('bp-mx-sys-02', t2, sysSnomedFirst, 131),
    // Charted 40 seconds after its systolic: still the same reading.
    single('bp-mx-dia-02', t2 + 40_000, DIASTOLIC_CODE, 79),
    panel({
      id: 'bp-mx-panel-01',
      patient: patientId,
      time: iso(at(12, 7)),
      systolic: 134,
      diastolic: 85,
      home: true,
    }),
    panel02,
    panel({
      id: 'bp-mx-patient-01',
      patient: patientId,
      time: iso(at(5, 21, 15)),
      systolic: 139,
      diastolic: 87,
      performer: [{ reference: patient }],
    }),
    phd,
    absentDia,
    absentSys,
    average,
  ];
}
