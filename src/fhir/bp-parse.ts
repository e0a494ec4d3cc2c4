/**
 * One Observation -> a whole reading, one half of a reading (separate 8480-6 / 8462-4), a reason it
 * cannot be used, or `other` (a resource that is not a blood pressure). Components are found by code across all codings, in any order, never by position.
 */
import type { Observation, ObservationComponent, Quantity } from 'fhir/r4';
import { LOINC, SYSTEM, UCUM } from './codes';
import { hasCoding } from './coding';
import { settingOf, sourceOf, type EncounterIndex } from './bp-evidence';
import { observationShape } from './bp-shape';
import { readFhirDate, type FhirDate } from './fhir-date';
import type { BpKind, BpReading, ExclusionReason } from './bp-types';

/** What is known of a reading apart from its values. */
export type ReadingMeta = Omit<BpReading, 'systolic' | 'diastolic' | 'pulse' | 'id'>;

export type Parsed =
  | { type: 'reading'; reading: BpReading }
  | { type: 'half'; half: 'systolic' | 'diastolic'; id: string; value: number; meta: ReadingMeta }
  | { type: 'excluded'; id: string; reason: ExclusionReason }
  | { type: 'other' };

const SYSTOLIC = [LOINC.systolic, LOINC.systolicAverage];
const DIASTOLIC = [LOINC.diastolic, LOINC.diastolicAverage];
const PANELS = [LOINC.bpPanel, LOINC.bpPanelLegacy, LOINC.bpAverage];

/** UCUM defines mm[Hg] as 133.322 Pa; kPa is the only other pressure unit seen for BP. */
const KPA_TO_MMHG = 1000 / 133.322;

/** A value in mmHg, or why there is none. Units are read by UCUM code; anything else is refused. */
export function mmHgOf(q: Quantity | undefined): number | 'missing' | 'unknown-unit' {
  if (!q || typeof q.value !== 'number' || !Number.isFinite(q.value)) return 'missing';
  const ucum = q.system === undefined || q.system === SYSTEM.ucum;
  if (ucum && q.code === UCUM.mmHg) return q.value;
  if (ucum && q.code === UCUM.kPa) return q.value * KPA_TO_MMHG;
  // No code at all: accept only the unambiguous human-readable unit.
  if (q.code === undefined && (q.unit === 'mmHg' || q.unit === 'mm[Hg]' || q.unit === 'mm Hg'))
    return q.value;
  return 'unknown-unit';
}

/**
 * The time of effective[x] read by the one FHIR date reader, precision kept (a date-only value has no
 * time of day to show). A period counts at its end (averages); an open period at its start.
 */
export function effectiveOf(obs: Observation): FhirDate | undefined {
  const text =
    obs.effectiveDateTime ??
    obs.effectiveInstant ??
    obs.effectivePeriod?.end ??
    obs.effectivePeriod?.start;
  return readFhirDate(text);
}

const findComponent = (
  obs: Observation,
  codes: readonly string[],
): ObservationComponent | undefined =>
  obs.component?.find((c) => hasCoding(c.code, SYSTEM.loinc, ...codes));

function pulseOf(obs: Observation): number | undefined {
  const value = findComponent(obs, [LOINC.heartRate])?.valueQuantity?.value;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** One resource of any shape -> what it contributes; never throws (see bp-shape.ts). */
export function parseObservation(raw: unknown, encounters?: EncounterIndex): Parsed {
  const shape = observationShape(raw);
  if (!shape.ok) {
    return shape.why === 'malformed'
      ? { type: 'excluded', id: shape.id, reason: 'malformed' }
      : { type: 'other' };
  }
  const obs = shape.obs;
  const id = obs.id ?? '';
  const isPanel = hasCoding(obs.code, SYSTEM.loinc, ...PANELS);
  const half = hasCoding(obs.code, SYSTEM.loinc, LOINC.systolic)
    ? 'systolic'
    : hasCoding(obs.code, SYSTEM.loinc, LOINC.diastolic)
      ? 'diastolic'
      : undefined;
  if (!isPanel && !half) return { type: 'other' };
  if (obs.status === 'entered-in-error' || obs.status === 'cancelled') {
    return { type: 'excluded', id, reason: 'entered-in-error' };
  }
  const when = effectiveOf(obs);
  if (!when) return { type: 'excluded', id, reason: 'no-time' };
  const { setting, evidence } = settingOf(obs, encounters);
  const kind: BpKind = hasCoding(obs.code, SYSTEM.loinc, LOINC.bpAverage) ? 'average' : 'single';
  const meta: ReadingMeta = {
    time: when.t,
    timeText: when.text,
    datePrecision: when.precision,
    setting,
    settingEvidence: evidence,
    source: sourceOf(obs),
    status: obs.status,
    kind,
  };
  if (!isPanel && half) {
    const value = mmHgOf(obs.valueQuantity);
    if (value === 'missing') return { type: 'excluded', id, reason: 'missing-component' };
    if (value === 'unknown-unit') return { type: 'excluded', id, reason: 'unknown-unit' };
    return { type: 'half', half, id, value, meta };
  }
  const systolic = mmHgOf(findComponent(obs, SYSTOLIC)?.valueQuantity);
  const diastolic = mmHgOf(findComponent(obs, DIASTOLIC)?.valueQuantity);
  if (systolic === 'missing' || diastolic === 'missing')
    return { type: 'excluded', id, reason: 'missing-component' };
  if (systolic === 'unknown-unit' || diastolic === 'unknown-unit') {
    return { type: 'excluded', id, reason: 'unknown-unit' };
  }
  const pulse = pulseOf(obs);
  return {
    type: 'reading',
    reading: { id, ...meta, systolic, diastolic, ...(pulse !== undefined ? { pulse } : {}) },
  };
}
