/**
 * The patient's words for the same verdict (bp-verdict.ts): what the last 7 days say against their
 * goal, in plain language, without stage names or clinical instructions. Readability follows the AHA's
 * patient materials ("Monitoring Your Blood Pressure at Home", heart.org): short sentences, "your
 * goal", measure morning and evening. Pure.
 */
import { goalText } from './bp-goal';
import { formatWhen } from './date-text';
import type { BpVerdict } from './bp-verdict';

export interface PatientSummary {
  /** "Your 7-day average: 134/83", or "Your 7-day average is not ready yet". */
  headline: string;
  /** One or two plain sentences. */
  lines: string[];
  tone: 'good' | 'attention' | 'neutral';
}

export function patientSummary(v: BpVerdict, o: { timeZone: string; now: number }): PatientSummary {
  const homeGoal = goalText(v.goal.home);
  if (v.basis === 'home' && v.value) {
    return v.control === 'at-goal'
      ? {
          headline: `Your 7-day average: ${v.value}`,
          lines: [
            `That is below your goal of ${homeGoal}. Keep measuring in the morning and the evening.`,
          ],
          tone: 'good',
        }
      : {
          headline: `Your 7-day average: ${v.value}`,
          lines: [
            `That is above your goal of ${homeGoal}.`,
            'Keep measuring in the morning and the evening, and talk about it with your care team.',
          ],
          tone: 'attention',
        };
  }
  if (v.shortfall) {
    const s = v.shortfall;
    const day = formatWhen(s.readyDay, 'time', o);
    return {
      headline: 'Your 7-day average is not ready yet',
      lines: [
        `It needs ${s.more} more reading${s.more === 1 ? '' : 's'}. Measure in the morning and in the evening: you can have it by ${day}.`,
        `Your goal is below ${homeGoal}.`,
      ],
      tone: 'neutral',
    };
  }
  return {
    headline: 'Your 7-day average is not ready yet',
    lines: [
      'Measure in the morning and in the evening for a week to see it.',
      `Your goal is below ${homeGoal}.`,
    ],
    tone: 'neutral',
  };
}
