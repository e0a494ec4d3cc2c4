/**
 * Builders for the BP parts of the personas. The sandbox never imports the app (lint zone), so the
 * codes are spelled out here again, the way a real EHR would send them.
 */
import type {
  CodeableConcept,
  Extension,
  Observation,
  ObservationComponent,
  Reference,
} from 'fhir/r4';

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const UCUM = 'http://unitsofmeasure.org';
export const OBS_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
export const MEASUREMENT_SETTING_URL =
  'http://hl7.org/fhir/us/vitals/StructureDefinition/MeasurementSettingExt';

/** US Core vital-signs category, shared by reference between resources (compact for 100,000). */
export const VITAL_SIGNS: CodeableConcept[] = [
  {
    coding: [{ system: OBS_CATEGORY, code: 'vital-signs', display: 'Vital Signs' }],
    text: 'Vital Signs',
  },
];

export const HOME_SETTING: Extension[] = [
  {
    url: MEASUREMENT_SETTING_URL,
    valueCodeableConcept: {
      coding: [{ system: SNOMED, code: '264362003', display: 'Home (environment)' }],
    },
  },
];

export const concept = (code: string, display: string, system = LOINC): CodeableConcept => ({
  coding: [{ system, code, display }],
  text: display,
});

export const PANEL_CODE = concept('85354-9', 'Blood pressure panel with all children optional');
export const SYSTOLIC_CODE = concept('8480-6', 'Systolic blood pressure');
export const DIASTOLIC_CODE = concept('8462-4', 'Diastolic blood pressure');
export const PULSE_CODE = concept('8867-4', 'Heart rate');

export const mmHg = (value: number) => ({ value, unit: 'mmHg', system: UCUM, code: 'mm[Hg]' });

export const component = (code: CodeableConcept, value: number): ObservationComponent => ({
  code,
  valueQuantity: mmHg(value),
});

export interface PanelInput {
  id: string;
  patient: string;
  time: string;
  systolic: number;
  diastolic: number;
  pulse?: number;
  home?: boolean;
  device?: Reference;
  performer?: Reference[];
  encounter?: string;
  note?: string;
}

/** A US Core 85354-9 panel, systolic first (the common, well-behaved shape). */
export function panel(p: PanelInput): Observation {
  const components = [component(SYSTOLIC_CODE, p.systolic), component(DIASTOLIC_CODE, p.diastolic)];
  if (p.pulse !== undefined) {
    components.push({
      code: PULSE_CODE,
      valueQuantity: { value: p.pulse, unit: '/min', system: UCUM, code: '/min' },
    });
  }
  return {
    resourceType: 'Observation',
    id: p.id,
    ...(p.home ? { extension: HOME_SETTING } : {}),
    status: 'final',
    category: VITAL_SIGNS,
    code: PANEL_CODE,
    subject: { reference: `Patient/${p.patient}` },
    ...(p.encounter ? { encounter: { reference: `Encounter/${p.encounter}` } } : {}),
    effectiveDateTime: p.time,
    ...(p.performer ? { performer: p.performer } : {}),
    ...(p.device ? { device: p.device } : {}),
    ...(p.note ? { note: [{ text: p.note }] } : {}),
    component: components,
  };
}

/** Zero-padded readable ids: `bp-hh-0001`. */
export const pad = (n: number, width = 4) => String(n).padStart(width, '0');

/** Round to whole mmHg, as devices report. */
export const whole = (x: number) => Math.round(x);
