/**
 * hypertension-home: 90 days of morning and evening home readings from a cuff (Device + home
 * measurement setting), office readings at AMB encounters, improving after the lisinopril dose change
 * 45 days ago (the meds part writes 10 -> 20 mg at that date), and exactly one severe reading.
 */
import type { Device, Encounter, Resource } from 'fhir/r4';
import { ACT_CODE, SNOMED, pad, panel, whole } from './bp-build';
import { isoLocal, localTime, MINUTE } from './bp-time';
import type { PersonaContext } from './types';

export const HH_DEVICE_ID = 'bp-hh-device';
/** Days before `now` of the dose change; the meds part uses the same date. */
export const DOSE_CHANGE_DAYS_AGO = 45;
/** Days before `now` of the one severe reading (an evening). */
export const SEVERE_DAYS_AGO = 12;
const DAYS = 90;
const OFFICE_DAYS_AGO = [88, 60, 31, 4] as const;

/** Mean home BP on a day: ~145/92 before the dose change, easing to ~132/82 over two weeks after. */
function trend(daysAgo: number): { sys: number; dia: number } {
  const sinceChange = DOSE_CHANGE_DAYS_AGO - daysAgo;
  const k = sinceChange <= 0 ? 0 : Math.min(1, sinceChange / 14);
  return { sys: 145 - 13 * k, dia: 92 - 10 * k };
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function hypertensionHomeBp(ctx: PersonaContext): Resource[] {
  const { rng, now, timeZone, patientId } = ctx;
  const patient = `Patient/${patientId}`;
  const device: Device = {
    resourceType: 'Device',
    id: HH_DEVICE_ID,
    status: 'active',
    manufacturer: 'Acme Health',
    deviceName: [{ name: 'Upper-arm blood pressure monitor', type: 'user-friendly-name' }],
    type: { coding: [{ system: SNOMED, code: '70665002', display: 'Blood pressure cuff' }] },
    patient: { reference: patient },
  };
  const out: Resource[] = [device];
  let n = 0;
  for (let daysAgo = DAYS - 1; daysAgo >= 0; daysAgo--) {
    const { sys, dia } = trend(daysAgo);
    for (const [hour, evening] of [
      [7, false],
      [21, true],
    ] as const) {
      const t = localTime(now, daysAgo, hour, rng.int(0, 45), timeZone);
      if (t > now.getTime()) continue;
      const severe = evening && daysAgo === SEVERE_DAYS_AGO;
      // Evenings run a little lower; noise kept well inside 95..175 so only the planted reading is severe.
      const s = severe ? 186 : clamp(whole(rng.normal(sys - (evening ? 3 : 0), 6)), 112, 172);
      const d = severe ? 124 : clamp(whole(rng.normal(dia - (evening ? 2 : 0), 4)), 70, 108);
      n++;
      out.push(
        panel({
          id: `bp-hh-${pad(n)}`,
          patient: patientId,
          time: isoLocal(t, timeZone),
          systolic: s,
          diastolic: d,
          pulse: whole(rng.normal(72, 6)),
          home: true,
          device: { reference: `Device/${HH_DEVICE_ID}` },
          performer: [{ reference: patient }],
        }),
      );
      if (severe) {
        // The patient re-measured five minutes later, as the device's leaflet advises.
        n++;
        out.push(
          panel({
            id: `bp-hh-${pad(n)}`,
            patient: patientId,
            time: isoLocal(t + 5 * MINUTE, timeZone),
            systolic: 168,
            diastolic: 102,
            home: true,
            device: { reference: `Device/${HH_DEVICE_ID}` },
            performer: [{ reference: patient }],
          }),
        );
      }
    }
  }
  OFFICE_DAYS_AGO.forEach((daysAgo, i) => {
    const id = `bp-hh-enc-${pad(i + 1, 2)}`;
    const start = localTime(now, daysAgo, 10, 15, timeZone);
    const encounter: Encounter = {
      resourceType: 'Encounter',
      id,
      status: 'finished',
      class: { system: ACT_CODE, code: 'AMB', display: 'ambulatory' },
      type: [
        { coding: [{ system: SNOMED, code: '185349003', display: 'Encounter for check up' }] },
      ],
      subject: { reference: patient },
      participant: [{ individual: { reference: 'Practitioner/practitioner-1' } }],
      period: { start: isoLocal(start, timeZone), end: isoLocal(start + 30 * MINUTE, timeZone) },
    };
    const { sys, dia } = trend(daysAgo);
    out.push(
      encounter,
      panel({
        id: `bp-hh-office-${pad(i + 1, 2)}`,
        patient: patientId,
        time: isoLocal(start + 10 * MINUTE, timeZone),
        systolic: whole(sys + 5 + rng.normal(0, 3)),
        diastolic: whole(dia + 3 + rng.normal(0, 2)),
        pulse: whole(rng.normal(76, 5)),
        encounter: id,
        performer: [{ reference: 'Practitioner/practitioner-1' }],
      }),
    );
  });
  return out;
}
