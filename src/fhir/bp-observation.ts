/**
 * A patient's home reading as the US Core blood-pressure Observation it is written back as
 * (http://hl7.org/fhir/us/core/StructureDefinition/us-core-blood-pressure, US Core 6.1 / 7.0).
 *
 * Choices, where the profile leaves room:
 * - Pulse goes in as a third component (LOINC 8867-4, `/min`): it was measured by the same cuff at the
 *   same instant, the profile's component slicing is open, and one resource keeps the write atomic (one
 *   conditional create, one identifier) instead of two that could half-succeed.
 * - Setting and body position use the Vital Signs with Qualifying Elements IG extensions; arm goes in
 *   `bodySite` (SNOMED), as the base Observation defines it.
 * - `effectiveDateTime` carries the device's own UTC offset for that instant (never `Z`), so the chart
 *   shows the time the patient saw on the clock, also across daylight-saving changes.
 */
import type { CodeableConcept, Observation, ObservationComponent } from 'fhir/r4';
import type { Arm, BodyPosition, HomeReading } from './bp-types';
import { CATEGORY, LOINC, MEASUREMENT_SETTING_URL, SNOMED, SYSTEM, UCUM } from './codes';
import { hasCoding } from './coding';
import { observationShape } from './bp-shape';

export const US_CORE_BP_PROFILE =
  'http://hl7.org/fhir/us/core/StructureDefinition/us-core-blood-pressure';
export const BODY_POSITION_URL =
  'http://hl7.org/fhir/us/vitals/StructureDefinition/BodyPositionExt';
/** RFC 3986 URIs as identifiers: the value is `urn:uuid:<uuid>` (FHIR identifier guidance). */
export const URI_IDENTIFIER_SYSTEM = 'urn:ietf:rfc:3986';

/** SNOMED CT body structures and positions (Vital Signs IG value sets). */
const ARM_SITE: Record<Arm, { code: string; display: string }> = {
  left: { code: '368208006', display: 'Left upper arm structure' },
  right: { code: '368209003', display: 'Right upper arm structure' },
};
const POSITION: Record<BodyPosition, { code: string; display: string }> = {
  sitting: { code: '33586001', display: 'Sitting position' },
  standing: { code: '10904000', display: 'Orthostatic body position' },
  lying: { code: '102538003', display: 'Recumbent body position' },
};

const loinc = (code: string, display: string): CodeableConcept => ({
  coding: [{ system: SYSTEM.loinc, code, display }],
  text: display,
});
const snomed = (code: string, display: string): CodeableConcept => ({
  coding: [{ system: SYSTEM.snomed, code, display }],
  text: display,
});

function component(
  code: string,
  display: string,
  value: number,
  unit: string,
  ucum: string,
): ObservationComponent {
  return {
    code: loinc(code, display),
    valueQuantity: { value, unit, system: SYSTEM.ucum, code: ucum },
  };
}

/** `2026-11-22T07:30:00-05:00`: the instant with the device's offset at that instant. */
export function toFhirDateTime(date: Date): string {
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

export const readingIdentifierValue = (uuid: string) => `urn:uuid:${uuid}`;

/** The `If-None-Exist` search that finds this reading again: a retry then matches instead of duplicating. */
export const readingIfNoneExist = (uuid: string) =>
  `identifier=${URI_IDENTIFIER_SYSTEM}|${readingIdentifierValue(uuid)}`;

export interface BuildOptions {
  patientId: string;
  /** Made on the device when the reading was entered; the same for every retry. */
  uuid: string;
}

export function buildBpObservation(
  reading: HomeReading,
  { patientId, uuid }: BuildOptions,
): Observation {
  const patient = { reference: `Patient/${patientId}` };
  const components = [
    component(LOINC.systolic, 'Systolic blood pressure', reading.systolic, 'mmHg', UCUM.mmHg),
    component(LOINC.diastolic, 'Diastolic blood pressure', reading.diastolic, 'mmHg', UCUM.mmHg),
  ];
  if (reading.pulse !== undefined) {
    components.push(
      component(LOINC.heartRate, 'Heart rate', reading.pulse, 'beats/minute', UCUM.perMinute),
    );
  }
  const extension = [
    {
      url: MEASUREMENT_SETTING_URL,
      valueCodeableConcept: snomed(SNOMED.home, 'Home (environment)'),
    },
  ];
  if (reading.position) {
    const p = POSITION[reading.position];
    extension.push({ url: BODY_POSITION_URL, valueCodeableConcept: snomed(p.code, p.display) });
  }
  return {
    resourceType: 'Observation',
    meta: { profile: [US_CORE_BP_PROFILE] },
    extension,
    identifier: [{ system: URI_IDENTIFIER_SYSTEM, value: readingIdentifierValue(uuid) }],
    status: 'final',
    category: [
      {
        coding: [
          { system: SYSTEM.observationCategory, code: CATEGORY.vitalSigns, display: 'Vital Signs' },
        ],
        text: 'Vital Signs',
      },
    ],
    code: loinc(LOINC.bpPanel, 'Blood pressure panel with all children optional'),
    subject: patient,
    effectiveDateTime: toFhirDateTime(reading.takenAt),
    performer: [patient],
    ...(reading.arm
      ? { bodySite: snomed(ARM_SITE[reading.arm].code, ARM_SITE[reading.arm].display) }
      : {}),
    ...(reading.note ? { note: [{ text: reading.note }] } : {}),
    component: components,
  };
}

/** What the outbox list shows of a reading it holds: its values and time, read back by code. */
export interface BpObservationSummary {
  systolic?: number;
  diastolic?: number;
  pulse?: number;
  effective?: string;
}

export function summarizeBpObservation(raw: unknown): BpObservationSummary {
  // Stored outbox items are JSON from the device's storage: read through the same shape check.
  const shape = observationShape(raw);
  if (!shape.ok) return {};
  const obs = shape.obs;
  const value = (code: string) => {
    const found = obs.component?.find((c) => hasCoding(c.code, SYSTEM.loinc, code))?.valueQuantity
      ?.value;
    return typeof found === 'number' ? found : undefined;
  };
  const summary: BpObservationSummary = {};
  const [systolic, diastolic, pulse] = [
    value(LOINC.systolic),
    value(LOINC.diastolic),
    value(LOINC.heartRate),
  ];
  if (systolic !== undefined) summary.systolic = systolic;
  if (diastolic !== undefined) summary.diastolic = diastolic;
  if (pulse !== undefined) summary.pulse = pulse;
  if (obs.effectiveDateTime) summary.effective = obs.effectiveDateTime;
  return summary;
}
