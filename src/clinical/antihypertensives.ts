/**
 * How many antihypertensive drugs a patient takes now, for the remote-monitoring panel (issue 14).
 * The classes are those of ACC/AHA 2017 Table 18 ("Oral antihypertensive drugs", kept by the 2025
 * AHA/ACC guideline), as medications-classes.ts reads them: ACE inhibitor, ARB, calcium-channel blocker,
 * thiazide, loop diuretic (listed there as an antihypertensive, preferred in heart failure, so it
 * counts), mineralocorticoid antagonist, beta-blocker, and the "other" row (alpha-blocker, central
 * agent, direct vasodilator, renin inhibitor, potassium-sparing diuretic). An ARNI (sacubitril/
 * valsartan) counts once, for valsartan: sacubitril alone does not lower BP as a class of its own.
 *
 * Counted: distinct ingredients (a combination such as losartan/hydrochlorothiazide counts 2; the same
 * drug ordered twice, or ordered and also reported by the patient, counts 1) of records that mean
 * "taking" (medications-status.ts: active; not on hold, stopped, completed, planned, a plan or
 * proposal, or a do-not-give order) and whose own dates hold at `now` (not started later, not ended).
 */
import type { MedicationEntry } from '../fhir/medications';
import { ingredientsOf } from './medications-classes';
import { statusRule } from './medications-status';

/** Taking at `now`: an active record, started (or no start) and not ended (or no end). */
export const isTakingAt = (e: MedicationEntry, now: number) =>
  statusRule(e).meaning === 'taking' &&
  (e.start === undefined || e.start <= now) &&
  (e.end === undefined || e.end >= now);

export function countActiveAntihypertensives(
  entries: readonly MedicationEntry[],
  now: number,
): number {
  const names = new Set<string>();
  for (const e of entries) {
    if (!isTakingAt(e, now)) continue;
    for (const i of ingredientsOf(e)) names.add(i.name);
  }
  return names.size;
}
