/**
 * edge-cases: what a careful reader must refuse or survive. `EDGE_EXPECTED` says what a correct
 * reader makes of each resource (the app's tests check it).
 */
import type { Observation, Resource } from 'fhir/r4';
import { DIASTOLIC_CODE, SYSTOLIC_CODE, UCUM, VITAL_SIGNS, concept, panel } from './bp-build';
import { isoLocal, localTime } from './bp-time';
import type { PersonaContext } from './types';

export const HTML_PAYLOAD = '<script>alert("bp")</script><img src=x onerror="alert(1)">';

export const EDGE_EXPECTED = {
  readable: [
    'bp-eg-ok-01',
    'bp-eg-ok-02',
    'bp-eg-ok-03',
    'bp-eg-ok-04',
    'bp-eg-html-01',
    'bp-eg-dup-01',
  ],
  unreadable: {
    'bp-eg-eie-01': 'entered-in-error',
    'bp-eg-inverted-01': 'diastolic-not-below-systolic',
    'bp-eg-400-01': 'implausible',
    'bp-eg-future-01': 'future-dated',
    'bp-eg-dup-02': 'duplicate',
    'bp-eg-unit-01': 'unknown-unit',
    'bp-eg-notime-01': 'no-time',
  },
} as const;

export function edgeCasesBp(ctx: PersonaContext): Resource[] {
  const { now, timeZone, patientId } = ctx;
  const at = (daysAgo: number, h: number, m = 0) =>
    isoLocal(localTime(now, daysAgo, h, m, timeZone), timeZone);
  const home = {
    patient: patientId,
    home: true,
    performer: [{ reference: `Patient/${patientId}` }],
  };
  const p = (id: string, time: string, systolic: number, diastolic: number, note?: string) =>
    panel({ ...home, id, time, systolic, diastolic, ...(note ? { note } : {}) });

  const eie: Observation = { ...p('bp-eg-eie-01', at(2, 8), 210, 130), status: 'entered-in-error' };
  const wrongUnit = p('bp-eg-unit-01', at(4, 8), 17, 11);
  wrongUnit.component = [
    { code: SYSTOLIC_CODE, valueQuantity: { value: 17, unit: 'cm', system: UCUM, code: 'cm' } },
    { code: DIASTOLIC_CODE, valueQuantity: { value: 11, unit: 'cm', system: UCUM, code: 'cm' } },
  ];
  const html = p('bp-eg-html-01', at(1, 21), 129, 79, `Felt dizzy ${HTML_PAYLOAD}`);
  html.code = { ...concept('85354-9', 'Blood pressure'), text: `Blood pressure ${HTML_PAYLOAD}` };
  const noTime = p('bp-eg-notime-01', at(3, 8), 130, 80);
  delete noTime.effectiveDateTime;
  // A future time far enough ahead that no clock skew explains it.
  const future = p('bp-eg-future-01', isoLocal(now.getTime() + 3 * 86_400_000, timeZone), 128, 78);
  future.category = VITAL_SIGNS;

  return [
    p('bp-eg-ok-01', at(6, 7), 132, 84),
    p('bp-eg-ok-02', at(5, 21), 127, 80),
    p('bp-eg-ok-03', at(3, 7), 135, 86),
    p('bp-eg-ok-04', at(2, 21), 124, 77),
    html,
    eie,
    p('bp-eg-inverted-01', at(4, 21), 80, 120),
    p('bp-eg-400-01', at(3, 21), 400, 90),
    future,
    // Exact duplicates: the same reading sent twice under two ids (an interface resending a batch).
    p('bp-eg-dup-01', at(1, 7, 12), 131, 83),
    p('bp-eg-dup-02', at(1, 7, 12), 131, 83),
    wrongUnit,
    noTime,
  ];
}
