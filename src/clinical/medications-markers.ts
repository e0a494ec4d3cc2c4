/**
 * Medication changes as markers for any chart on the dashboard's time axis (the BP chart, the lab
 * trends), and the earliest medication date, which "All" must reach. Plain values from the timeline's
 * changes: charts never read medications themselves. Pure.
 */
import type { ChangeKind, Timeline } from './medications-timeline';

export interface MedicationMarker {
  t: number;
  kind: ChangeKind;
  /** The change in words, kind first when the summary does not say it: "Dose changed: Lisinopril 10 mg → 20 mg". */
  label: string;
}

const labelOf = (kind: ChangeKind, summary: string) =>
  kind === 'dose-change' ? `Dose changed: ${summary}` : summary;

/** Every change of the timeline (a switch once), oldest first. */
export function medicationMarkers(timeline: Timeline): MedicationMarker[] {
  return timeline.events.map((e) => ({ t: e.t, kind: e.kind, label: labelOf(e.kind, e.summary) }));
}

/** When the first blood-pressure medication on record was taken (undefined without any). */
export function firstMedicationTime(timeline: Timeline): number | undefined {
  let first: number | undefined;
  for (const lane of timeline.lanes) {
    for (const s of lane.segments) if (first === undefined || s.from < first) first = s.from;
    for (const e of lane.events) if (first === undefined || e.t < first) first = e.t;
  }
  return first;
}
