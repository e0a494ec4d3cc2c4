/** The one blood-pressure reading type every encoding is normalized to (DESIGN: fhir/ readers). */
import type { DatePrecision } from './fhir-date';

export type BpSetting = 'home' | 'office' | 'unknown';

/** What decided the setting; `none` when nothing did (unknown stays unknown, never guessed). */
export type SettingEvidence =
  | 'measurement-setting' // Vital Signs IG MeasurementSettingExt, SNOMED 264362003 home
  | 'encounter-home' // Encounter.class HH
  | 'encounter-ambulatory' // Encounter.class AMB
  | 'phd-category' // Observation.category phd (Personal Health Device IG)
  | 'patient-performer' // performer is the Patient
  | 'device' // a device reference
  | 'none';

export type BpSource = 'device' | 'patient' | 'clinician' | 'unknown';
export type BpKind = 'single' | 'average';

export interface BpReading {
  /** The Observation id; `sysId+diaId` for a pair of separate systolic/diastolic Observations. */
  id: string;
  /** Epoch ms of the reading (for an average: the end of its period). */
  time: number;
  /** The time as the server sent it (keeps the original offset for display and export). */
  timeText: string;
  /**
   * How precise `timeText` is: `time` for an instant; `day` (or coarser) for a date-only value, whose
   * `time` is noon UTC of that day (fhir-date.ts) and which is never shown with a clock time.
   */
  datePrecision: DatePrecision;
  /** Unrounded, as received: round for display only. */
  systolic: number;
  diastolic: number;
  pulse?: number;
  setting: BpSetting;
  settingEvidence: SettingEvidence;
  source: BpSource;
  status: string;
  kind: BpKind;
}

export type ExclusionReason =
  | 'missing-component'
  | 'implausible'
  | 'diastolic-not-below-systolic'
  | 'entered-in-error'
  | 'future-dated'
  | 'duplicate'
  | 'unknown-unit'
  | 'no-time'
  | 'malformed';

export interface Exclusion {
  id: string;
  reason: ExclusionReason;
}

export interface BpReadResult {
  /** Oldest first. */
  readings: BpReading[];
  excluded: Exclusion[];
  /** Resources that are not blood pressures at all (another resource type or code): not readings. */
  ignored: number;
}

export const EXCLUSION_TEXT: Record<ExclusionReason, string> = {
  'missing-component': 'systolic or diastolic value missing',
  implausible: 'value outside what a cuff can measure',
  'diastolic-not-below-systolic': 'diastolic not below systolic',
  'entered-in-error': 'marked entered in error',
  'future-dated': 'dated in the future',
  duplicate: 'exact duplicate of another reading',
  'unknown-unit': 'unit is not mmHg',
  'no-time': 'no time recorded',
  malformed: 'recorded in a form the app cannot read',
};

export type Arm = 'left' | 'right';
export type BodyPosition = 'sitting' | 'standing' | 'lying';

/** A validated home reading, ready to be written as a FHIR Observation. */
export interface HomeReading {
  systolic: number;
  diastolic: number;
  pulse?: number;
  takenAt: Date;
  arm?: Arm;
  position?: BodyPosition;
  note?: string;
}
