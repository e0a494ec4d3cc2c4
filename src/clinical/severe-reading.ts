/**
 * Severe readings. ACC/AHA 2017 guideline for high blood pressure in adults (Whelton et al.,
 * Hypertension 2018;71:e13–e115, "Hypertensive crises"): systolic above 180 and/or diastolic
 * above 120 mmHg. Either number alone is enough; exactly 180 or 120 is not severe.
 */
export const SEVERE_THRESHOLD_MMHG = { systolic: 180, diastolic: 120 } as const;

/** Accepts a half-typed reading: one value above its threshold already makes it severe. */
export function isSevereReading(values: { systolic?: number; diastolic?: number }): boolean {
  const { systolic, diastolic } = values;
  return (
    (systolic !== undefined && systolic > SEVERE_THRESHOLD_MMHG.systolic) ||
    (diastolic !== undefined && diastolic > SEVERE_THRESHOLD_MMHG.diastolic)
  );
}
