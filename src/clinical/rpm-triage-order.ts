/**
 * The remote-monitoring panel's groups, their order and their counts (issue 14). The order is the
 * urgency a nurse works through: a severe reading in the last 7 days (ACC/AHA 2017 section 11.2, >180
 * and/or >120) first, then a home average above goal (2025 AHA/ACC guideline, home BP to titrate), then
 * data that stopped, then patients short of device days for CMS CPT 99454 (CY2026 PFS final rule).
 */
import type { PatientTriage, TriageGroup } from './rpm-triage';

export const TRIAGE_ORDER: readonly TriageGroup[] = [
  'severe',
  'above-goal',
  'stopped',
  'at-risk-days',
  'controlled',
  'no-verdict',
];

export const TRIAGE_LABEL: Record<TriageGroup, string> = {
  severe: 'Severe reading',
  'above-goal': 'Above goal',
  stopped: 'Data stopped',
  'at-risk-days': 'Short of device days',
  controlled: 'Controlled',
  'no-verdict': 'Not enough readings',
};

/** The groups that need the nurse to act ("7 need action"); controlled and no-verdict do not. */
export const NEEDS_ACTION: ReadonlySet<TriageGroup> = new Set([
  'severe',
  'above-goal',
  'stopped',
  'at-risk-days',
]);

const rank = (g: TriageGroup) => TRIAGE_ORDER.indexOf(g);

/** Within a group, most urgent first: a positive number when `a` is less urgent than `b`. */
function withinGroup(a: PatientTriage, b: PatientTriage): number {
  if (a.group === 'severe')
    return (
      (b.severe.worst?.systolic ?? 0) - (a.severe.worst?.systolic ?? 0) ||
      (b.severe.worst?.diastolic ?? 0) - (a.severe.worst?.diastolic ?? 0)
    );
  if (a.group === 'above-goal')
    return (
      (b.average?.systolic ?? 0) - (a.average?.systolic ?? 0) ||
      (b.average?.diastolic ?? 0) - (a.average?.diastolic ?? 0)
    );
  // Never started (no reading at all) is the longest gap.
  if (a.group === 'stopped')
    return (b.daysSinceLast ?? Infinity) - (a.daysSinceLast ?? Infinity) || 0;
  if (a.group === 'at-risk-days')
    return (
      a.deviceDays.deviceDays - b.deviceDays.deviceDays || a.period.daysLeft - b.period.daysLeft
    );
  return 0; // controlled, no-verdict: the caller's order (by name, say)
}

/** Group order, then within a group the most urgent first; 0 keeps the caller's order (stable sort). */
export function compareTriage(a: PatientTriage, b: PatientTriage): number {
  return rank(a.group) - rank(b.group) || withinGroup(a, b);
}

/**
 * Patients per group, and `needAction` = severe + above-goal + stopped + at-risk-days (each patient is
 * in exactly one group, so nobody is counted twice).
 */
export function triageCounts(
  list: readonly PatientTriage[],
): Record<TriageGroup, number> & { needAction: number } {
  const counts = Object.fromEntries(TRIAGE_ORDER.map((g) => [g, 0])) as Record<TriageGroup, number>;
  let needAction = 0;
  for (const t of list) {
    counts[t.group]++;
    if (NEEDS_ACTION.has(t.group)) needAction++;
  }
  return { ...counts, needAction };
}
