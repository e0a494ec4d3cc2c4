/**
 * Checks a home blood-pressure reading as the patient typed it. Pure: the form passes raw strings and
 * the current time; the result is either a typed reading or one message per field.
 */
import { isRecentForAdvice } from './bp-advice';
import { isSevere } from './bp-category';
import { PLAUSIBLE_MMHG } from '../fhir/bp-read';
import type { Arm, BodyPosition, HomeReading } from '../fhir/bp-types';

export type { Arm, BodyPosition, HomeReading };

/** The form's fields as typed (every value a string; empty means "not given"). */
export interface ReadingDraft {
  systolic: string;
  diastolic: string;
  pulse: string;
  /** `datetime-local` value, `YYYY-MM-DDTHH:mm`, read in the device's time zone. */
  time: string;
  arm: '' | Arm;
  position: '' | BodyPosition;
  note: string;
}

export type ReadingField = keyof ReadingDraft;
export type FieldErrors = Partial<Record<ReadingField, string>>;

export type ValidationResult =
  { ok: true; reading: HomeReading } | { ok: false; errors: FieldErrors };

/**
 * Plausible ranges for a reading typed from a home cuff: wider than anything clinically expected (a
 * severe reading of 250/140 must still be accepted so that its guidance is shown), narrower than typos
 * such as 1200 or 12. The mmHg bounds are the BP reader's own, so whatever the form accepts the chart
 * reads back (never counted "implausible"). Home monitors measure pulse about 40–180/min.
 */
export const PLAUSIBLE = {
  systolic: PLAUSIBLE_MMHG.systolic,
  diastolic: PLAUSIBLE_MMHG.diastolic,
  pulse: { min: 20, max: 250 },
} as const;

/** A phone clock may run a little ahead of the one the time field defaults from. */
const FUTURE_TOLERANCE_MS = 60_000;
export const NOTE_MAX_LENGTH = 500;

const LABEL = { systolic: 'Systolic', diastolic: 'Diastolic', pulse: 'Pulse' } as const;
const UNIT = { systolic: 'mmHg', diastolic: 'mmHg', pulse: 'beats per minute' } as const;

function checkNumber(
  field: keyof typeof PLAUSIBLE,
  raw: string,
  required: boolean,
): { value?: number; error?: string } {
  const text = raw.trim();
  if (text === '') return required ? { error: `Enter the ${field} value.` } : {};
  if (!/^\d+$/.test(text)) return { error: `${LABEL[field]} must be a whole number.` };
  const value = Number(text);
  const { min, max } = PLAUSIBLE[field];
  if (value < min || value > max) {
    return { error: `${LABEL[field]} must be between ${min} and ${max} ${UNIT[field]}.` };
  }
  return { value };
}

/** Reads a `datetime-local` value as local time; undefined when it is not a real date and time. */
export function parseLocalDateTime(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const part = (i: number) => Number(match[i] ?? 0);
  const [year, month, day, hour, minute] = [part(1), part(2), part(3), part(4), part(5)];
  const date = new Date(year, month - 1, day, hour, minute, part(6));
  // Date rolls 31 February over into March: refuse instead of silently moving the reading.
  const sameFields =
    date.getFullYear() === year &&
    date.getMonth() === month - 1 &&
    date.getDate() === day &&
    date.getHours() === hour &&
    date.getMinutes() === minute;
  return sameFields ? date : undefined;
}

function checkTime(raw: string, now: Date): { value?: Date; error?: string } {
  if (raw.trim() === '') return { error: 'Enter when the reading was taken.' };
  const value = parseLocalDateTime(raw);
  if (!value) return { error: 'Enter a valid date and time.' };
  if (value.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    return { error: 'The time cannot be in the future.' };
  }
  return { value };
}

export function validateReading(draft: ReadingDraft, now: Date): ValidationResult {
  const errors: FieldErrors = {};
  const systolic = checkNumber('systolic', draft.systolic, true);
  const diastolic = checkNumber('diastolic', draft.diastolic, true);
  const pulse = checkNumber('pulse', draft.pulse, false);
  const time = checkTime(draft.time, now);
  if (systolic.error) errors.systolic = systolic.error;
  if (diastolic.error) errors.diastolic = diastolic.error;
  if (pulse.error) errors.pulse = pulse.error;
  if (time.error) errors.time = time.error;
  if (
    systolic.value !== undefined &&
    diastolic.value !== undefined &&
    systolic.value <= diastolic.value
  ) {
    // Systolic (the pressure as the heart beats) is always the higher number; equal or lower means the
    // two were swapped or mistyped.
    errors.diastolic =
      'Diastolic must be lower than systolic. Check that the two numbers are not swapped.';
  }
  const note = draft.note.trim();
  if (note.length > NOTE_MAX_LENGTH)
    errors.note = `Keep the note under ${NOTE_MAX_LENGTH} characters.`;

  if (
    Object.keys(errors).length > 0 ||
    systolic.value === undefined ||
    diastolic.value === undefined ||
    time.value === undefined
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    reading: {
      systolic: systolic.value,
      diastolic: diastolic.value,
      takenAt: time.value,
      ...(pulse.value !== undefined ? { pulse: pulse.value } : {}),
      ...(draft.arm ? { arm: draft.arm } : {}),
      ...(draft.position ? { position: draft.position } : {}),
      ...(note ? { note } : {}),
    },
  };
}

/** `YYYY-MM-DDTHH:mm` in the device's time zone, the value a `datetime-local` input expects. */
export function toLocalInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** Which severe-reading guidance the form shows (severe-guidance.tsx). */
export type SevereGuidanceKind = 'none' | 'now' | 'past';

/**
 * The guidance the typed values call for. None while a typed number is outside its plausible range:
 * the range message says what is wrong, and a typo (400) is no emergency, so the two never show
 * together. Emergency guidance ('now') only for a reading taken in the last 24 hours (bp-advice.ts:
 * the AHA's advice is about a reading just taken); an older one ('past') gets follow-up words.
 * One number above its threshold is enough while the other is not typed yet.
 */
export function severeGuidanceFor(draft: ReadingDraft, now: Date): SevereGuidanceKind {
  const systolic = checkNumber('systolic', draft.systolic, false);
  const diastolic = checkNumber('diastolic', draft.diastolic, false);
  if (systolic.error || diastolic.error) return 'none';
  if (!isSevere(systolic.value ?? 0, diastolic.value ?? 0)) return 'none';
  const taken = parseLocalDateTime(draft.time);
  return taken && !isRecentForAdvice(taken.getTime(), now.getTime()) ? 'past' : 'now';
}
