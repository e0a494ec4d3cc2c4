/**
 * Words for the BP panel's values. Dates are never formatted here: the shared date text
 * (clinical/date-text.ts, via `readingDate`) prints every date with its year unless it is this year.
 */
import type { BpSetting, BpSource, SettingEvidence } from '../../fhir/bp-types';

export { mmHg } from '../../clinical/bp-summary';

export const SETTING_LABEL: Record<BpSetting, string> = {
  home: 'Home',
  office: 'Office',
  unknown: 'Setting unknown',
};
export const SOURCE_LABEL: Record<BpSource, string> = {
  device: 'Device',
  patient: 'Patient-entered',
  clinician: 'Clinician',
  unknown: 'Unknown source',
};
export const EVIDENCE_LABEL: Record<SettingEvidence, string> = {
  'measurement-setting': 'measurement setting: home',
  'encounter-home': 'home-health encounter',
  'encounter-ambulatory': 'ambulatory (office) encounter',
  'phd-category': 'personal health device',
  'patient-performer': 'measured by the patient',
  device: 'reported by a device',
  none: 'no evidence of setting',
};
