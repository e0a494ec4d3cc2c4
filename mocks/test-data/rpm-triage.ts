/** Shared inputs of the remote-monitoring triage tables: 1 Dec 2026, 10:00 New York. */
import type { BpReading } from '../../src/fhir/bp-types';
import { resolveGoal } from '../../src/clinical/bp-goal';
import { type TriageInput, triagePatient } from '../../src/clinical/rpm-triage';
import { TZ, local, twiceDaily } from './bp-readings';

export const NOW = local(2026, 12, 1, 10);
export const GUIDELINE = resolveGoal({});
/** 30 days of morning and evening device readings, 1–30 Nov, at `s`/`d`. */
export const month = (s = 120, d = 75) => twiceDaily([2026, 11, 30], 30, s, d);
/** Twice daily for `n` days ending 30 Nov. */
export const lastDays = (n: number, s = 120, d = 75) => twiceDaily([2026, 11, 30], n, s, d);
export const triage = (readings: BpReading[], extra: Partial<TriageInput> = {}) =>
  triagePatient({
    readings,
    goal: GUIDELINE,
    now: NOW,
    timeZone: TZ,
    enrolledAt: local(2026, 11, 2, 9), // day 30 today: device days never short "with time left"
    antihypertensives: 2,
    ...extra,
  });
