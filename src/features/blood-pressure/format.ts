/** Display formatting for the BP panel: whole mmHg, local date/time in the given time zone. */
import type { BpSetting, BpSource, SettingEvidence } from '../../fhir/bp-types';

export const mmHg = (s: number, d: number) => `${Math.round(s)}/${Math.round(d)}`;

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
export function formatDateTime(t: number, timeZone: string): string {
  let f = dateTimeFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    });
    dateTimeFormats.set(timeZone, f);
  }
  return f.format(t);
}

export function formatDate(t: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  }).format(t);
}

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
