/**
 * What to do about a reading that matters, worded for who is reading: the patient (patient view) or
 * the clinician (clinician view). Emergency guidance is given only for a RECENT severe reading: it is
 * about the person's state now, and a reading from last year says nothing about now. For a deceased
 * patient nothing is advised at all (DESIGN: nothing ongoing after death).
 */
import { HOUR } from './time';

export type Audience = 'patient' | 'clinician';
export type AdviceKind = 'severe' | 'low' | 'sustained-high' | 'pattern';

/**
 * "Recent" for emergency guidance: the last 24 hours. The AHA's hypertensive-crisis advice (heart.org,
 * "When to Call 911 for High Blood Pressure") is to wait five minutes, measure again and call emergency
 * services with symptoms: it applies to a reading just taken. ACC/AHA 2017 section 11.2 likewise
 * defines hypertensive emergency by acute target-organ damage at presentation. A day covers a reading
 * taken last night and seen this morning; older readings get follow-up wording instead.
 */
export const RECENT_SEVERE_MS = 24 * HOUR;

export interface AdviceContext {
  now: number;
  audience: Audience;
  /** The patient has died: no advice of any kind. */
  deceased: boolean;
}

/** ACC/AHA 2017 section 11.2; AHA patient advice for readings above 180/120. */
export const ADVICE = {
  severeRecent: {
    patient:
      'Rest quietly for 5 minutes and measure again. If it is still above 180/120, contact your care team today. ' +
      'If you have chest pain, shortness of breath, back pain, numbness, weakness, or a change in vision or speech, call emergency services now.',
    clinician:
      'Re-measure after 5 minutes of rest. If still above 180/120, assess for acute target-organ damage: ' +
      'with symptoms (chest pain, dyspnoea, neurological or visual change) it is a hypertensive emergency needing immediate care.',
  },
  severePast: {
    patient:
      'This reading is more than a day old and does not tell how your blood pressure is now. If you have not talked about it with your care team, mention it.',
    clinician:
      'A past reading, not a current emergency: check that it was followed up and how later readings compare.',
  },
  low: {
    patient: 'If you feel dizzy or faint, sit or lie down, and tell your care team.',
    clinician: 'Ask about dizziness or fainting; consider whether treatment is too strong.',
  },
  'sustained-high': {
    patient: 'Your home average is above your goal: talk with your care team about it.',
    clinician: 'Home average above goal: review adherence, technique and treatment.',
  },
  pattern: {
    patient: 'Your office and home readings differ: your care team may ask for more home readings.',
    clinician: 'Office and home disagree: confirm with more home or ambulatory readings.',
  },
} as const satisfies Record<string, Record<Audience, string>>;

/** True when a reading at `time` is recent enough for emergency guidance. */
export const isRecentForAdvice = (time: number, now: number) =>
  now - time <= RECENT_SEVERE_MS && time - now <= RECENT_SEVERE_MS;

/** The advice for a kind of matter about a reading at `time`, or undefined when none applies. */
export function adviceFor(kind: AdviceKind, time: number, c: AdviceContext): string | undefined {
  if (c.deceased) return undefined;
  switch (kind) {
    case 'severe':
      return (isRecentForAdvice(time, c.now) ? ADVICE.severeRecent : ADVICE.severePast)[c.audience];
    case 'low':
    case 'sustained-high':
    case 'pattern':
      return ADVICE[kind][c.audience];
  }
}
