/**
 * large-history: 100,000 home readings from a remote-monitoring cuff, one every 20 minutes for ~3.8
 * years up to `now`. Built for speed and memory: everything but id, time and values is shared by
 * reference between resources, and times are UTC ISO strings (no Intl per reading).
 */
import type { Device, Observation, ObservationComponent, Reference, Resource } from 'fhir/r4';
import type { CodeableConcept } from 'fhir/r4';
import { HOME_SETTING, LOINC, OBS_CATEGORY, SNOMED, mmHg, pad } from './bp-build';
import { DAY, MINUTE } from './bp-time';
import type { PersonaContext } from './types';

export const LARGE_HISTORY_COUNT = 100_000;
/** One reading every 20 minutes: 100,000 readings span ~3.8 years. */
export const LARGE_HISTORY_STEP_MS = 20 * MINUTE;
const YEAR = 365.25 * DAY;
// Codes without display text: a remote-monitoring feed is terse, and 100,000 resources stay small on the wire.
const bare = (system: string, code: string): CodeableConcept => ({ coding: [{ system, code }] });
const CATEGORY = [bare(OBS_CATEGORY, 'vital-signs')];
const PANEL_CODE = bare(LOINC, '85354-9');
const SYSTOLIC_CODE = bare(LOINC, '8480-6');
const DIASTOLIC_CODE = bare(LOINC, '8462-4');

export interface LargeHistoryOptions {
  count?: number;
  step?: number;
  /** Id prefix, so a second history (the bench's sparser 1,000-reading one) never collides. */
  idPrefix?: string;
}

/** `count` readings `step` ms apart ending at `now`. */
export function largeHistoryBp(ctx: PersonaContext, options: LargeHistoryOptions = {}): Resource[] {
  const { count = LARGE_HISTORY_COUNT, step = LARGE_HISTORY_STEP_MS, idPrefix = 'bp-lh' } = options;
  const { rng, now, patientId } = ctx;
  const subject: Reference = { reference: `Patient/${patientId}` };
  const deviceRef: Reference = { reference: `Device/${idPrefix}-device` };
  const performer: Reference[] = [subject];
  const device: Device = {
    resourceType: 'Device',
    id: `${idPrefix}-device`,
    status: 'active',
    deviceName: [{ name: 'Remote-monitoring blood pressure cuff', type: 'user-friendly-name' }],
    type: { coding: [{ system: SNOMED, code: '70665002', display: 'Blood pressure cuff' }] },
    patient: subject,
  };
  const out: Resource[] = new Array<Resource>(count + 1);
  out[0] = device;
  const end = now.getTime() - (now.getTime() % MINUTE);
  const start = end - (count - 1) * step;
  for (let i = 0; i < count; i++) {
    const t = start + i * step;
    const years = (t - start) / YEAR;
    // Slow improvement over the years, a seasonal swing, lower at night (UTC-5 ~ local), and noise.
    const hourLocal = ((((t - 5 * 3_600_000) % DAY) + DAY) % DAY) / 3_600_000;
    const night = hourLocal < 6 ? -10 : 0;
    const season = 3 * Math.cos((2 * Math.PI * (t % YEAR)) / YEAR);
    const sys = Math.round(150 - 4 * years + season + night + rng.normal(0, 7));
    const dia = Math.round(95 - 3 * years + season / 2 + night / 2 + rng.normal(0, 5));
    const component: ObservationComponent[] = [
      { code: SYSTOLIC_CODE, valueQuantity: mmHg(Math.max(sys, dia + 15)) },
      { code: DIASTOLIC_CODE, valueQuantity: mmHg(dia) },
    ];
    const obs: Observation = {
      resourceType: 'Observation',
      id: `${idPrefix}-${pad(i + 1, 6)}`,
      extension: HOME_SETTING,
      status: 'final',
      category: CATEGORY,
      code: PANEL_CODE,
      subject,
      effectiveDateTime: new Date(t).toISOString(),
      performer,
      device: deviceRef,
      component,
    };
    out[i + 1] = obs;
  }
  return out;
}
