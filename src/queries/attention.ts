/**
 * What needs attention, for the clinician's strip and the printed visit summary: labs, medications,
 * the last 90 days of BP (the same query the BP panel starts with, so nothing is fetched twice) and
 * the goal, into the pure rules (attention.ts).
 * While a source is still loading the strip waits for it; a source that failed or is not granted
 * is passed as absent, and the rules say what they could not check.
 */
import { useMemo, useState } from 'react';
import { type Attention, attentionItems } from '../clinical/attention';
import { windowComplete } from '../clinical/bp-summary-coverage';
import { addLocalDays, browserTimeZone, DAY, localDayKey } from '../clinical/time';
import { useBloodPressure } from './blood-pressure';
import { useBpGoal } from './goal';
import { useLabs } from './labs';
import { useMedications } from './medications';
import { usePatientDeath } from './patient';

export interface AttentionState {
  /** Undefined while a source is loading. */
  attention?: Attention;
  deceased: boolean;
}

export function useAttention(timeZone = browserTimeZone()): AttentionState {
  const [now] = useState(Date.now);
  const labs = useLabs();
  const meds = useMedications();
  const bp = useBloodPressure(localDayKey(addLocalDays(now, -90, timeZone), timeZone));
  const { goal } = useBpGoal();
  const death = usePatientDeath();
  const pending =
    (labs.allowed && labs.isPending) ||
    (meds.allowed && meds.isPending) ||
    (bp.allowed && bp.isPending) ||
    goal === undefined;
  const attention = useMemo(() => {
    if (pending) return undefined;
    const bpData = bp.data;
    return attentionItems({
      now,
      timeZone,
      ...(labs.data
        ? {
            labs: {
              analytes: labs.data.summary.analytes,
              complete: !labs.data.failure && !labs.data.truncated,
            },
          }
        : {}),
      ...(meds.data
        ? {
            meds: {
              entries: meds.data.entries,
              complete: meds.data.failures.length === 0,
              ...(death.deceasedAt !== undefined ? { deceasedAt: death.deceasedAt } : {}),
            },
          }
        : {}),
      ...(bpData
        ? {
            bp: {
              readings: bpData.readings,
              complete: windowComplete(bpData.coverage, now - 35 * DAY),
            },
          }
        : {}),
      goal,
    });
  }, [pending, now, timeZone, labs.data, meds.data, bp.data, goal, death.deceasedAt]);
  return { ...(attention ? { attention } : {}), deceased: death.deceased };
}
