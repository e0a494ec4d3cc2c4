/**
 * Builders for laboratory Observations in the personas. Pure (no Node APIs) so the app's unit tests can
 * use the same data. Times are instants relative to `ctx.now`; lab draws sit at 13:30 UTC
 * (08:30/09:30 in America/New_York), a typical fasting morning draw.
 */
import type { CodeableConcept, Observation, ObservationReferenceRange, Quantity } from 'fhir/r4';
import type { PersonaContext } from './types';

export const LOINC_SYSTEM = 'http://loinc.org';
export const UCUM_SYSTEM = 'http://unitsofmeasure.org';
const INTERPRETATION_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
const DAY_MS = 86_400_000;

/** The instant `days` before now, moved to 13:30 UTC of that day. */
export function drawTime(ctx: PersonaContext, days: number): string {
  const d = new Date(ctx.now.getTime() - days * DAY_MS);
  d.setUTCHours(13, 30, 0, 0);
  return d.toISOString();
}

export const loinc = (code: string, display: string, text?: string): CodeableConcept => ({
  coding: [{ system: LOINC_SYSTEM, code, display }],
  ...(text ? { text } : {}),
});

export const qty = (value: number, unit: string, code = unit): Quantity => ({
  value,
  unit,
  system: UCUM_SYSTEM,
  code,
});

export function range(
  low: number | undefined,
  high: number | undefined,
  unit: string,
): ObservationReferenceRange {
  return {
    ...(low !== undefined ? { low: qty(low, unit) } : {}),
    ...(high !== undefined ? { high: qty(high, unit) } : {}),
  };
}

const INTERPRETATION_DISPLAY: Record<string, string> = {
  H: 'High',
  L: 'Low',
  N: 'Normal',
  HH: 'Critical high',
  LL: 'Critical low',
  A: 'Abnormal',
  AA: 'Critical abnormal',
};

export const interpretation = (code: string): CodeableConcept[] => [
  {
    coding: [
      { system: INTERPRETATION_SYSTEM, code, display: INTERPRETATION_DISPLAY[code] ?? code },
    ],
  },
];

/** The flag a lab system would set for a value against a numeric range (for generated series). */
export function flagOf(value: number, low: number | undefined, high: number | undefined): string {
  if (low !== undefined && value < low) return 'L';
  if (high !== undefined && value > high) return 'H';
  return 'N';
}

export interface LabSpec {
  id: string;
  code: CodeableConcept;
  effective: string;
  value?: Pick<Observation, 'valueQuantity' | 'valueString' | 'valueCodeableConcept'>;
  referenceRange?: ObservationReferenceRange[];
  interpretation?: string;
  status?: Observation['status'];
  note?: string;
}

export function labObservation(ctx: PersonaContext, spec: LabSpec): Observation {
  return {
    resourceType: 'Observation',
    id: spec.id,
    status: spec.status ?? 'final',
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/observation-category',
            code: 'laboratory',
            display: 'Laboratory',
          },
        ],
      },
    ],
    code: spec.code,
    subject: { reference: `Patient/${ctx.patientId}` },
    effectiveDateTime: spec.effective,
    issued: spec.effective,
    ...spec.value,
    ...(spec.interpretation ? { interpretation: interpretation(spec.interpretation) } : {}),
    ...(spec.referenceRange ? { referenceRange: spec.referenceRange } : {}),
    ...(spec.note ? { note: [{ text: spec.note }] } : {}),
  };
}

export interface SeriesSpec {
  /** Id stem; each point gets `<stem>-<index>`. */
  stem: string;
  code: CodeableConcept;
  unit: string;
  low?: number;
  high?: number;
  /** [days before now, value] pairs. */
  points: readonly (readonly [number, number])[];
  /** Server sends its H/L flag (default true). */
  flagged?: boolean;
}

/** A numeric series with a range and (by default) the lab system's own interpretation on each point. */
export function labSeries(ctx: PersonaContext, spec: SeriesSpec): Observation[] {
  return spec.points.map(([days, value], i) =>
    labObservation(ctx, {
      id: `${spec.stem}-${i + 1}`,
      code: spec.code,
      effective: drawTime(ctx, days),
      value: { valueQuantity: qty(value, spec.unit) },
      referenceRange: [range(spec.low, spec.high, spec.unit)],
      ...(spec.flagged === false ? {} : { interpretation: flagOf(value, spec.low, spec.high) }),
    }),
  );
}
