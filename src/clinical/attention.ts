/**
 * What needs action, ranked, for the top of the clinician view. Each item names its evidence (a lab
 * row, a medication, the BP panel) so the strip can link to it. Rules live in attention-rules.ts, each
 * citing its source; this file ranks them and says what could not be checked (a rule never claims an
 * absence from data that did not load). Pure.
 */
import type { BpReading } from '../fhir/bp-types';
import type { MedicationEntry } from '../fhir/medications';
import type { BpGoal } from './bp-goal';
import type { AnalyteSummary } from './labs';
import {
  bpRaisingMedicines,
  clinicalInertia,
  criticalLabs,
  kidneyAfterChange,
  noRecentUacr,
  potassiumAfterChange,
  recentSevere,
} from './attention-rules';

export type AttentionKind =
  | 'critical-lab'
  | 'severe-reading'
  | 'potassium'
  | 'kidney'
  | 'bp-raising-medicine'
  | 'inertia'
  | 'no-uacr';

export type Evidence =
  | { kind: 'lab'; key: string }
  | { kind: 'medication'; id: string }
  | { kind: 'labs' }
  | { kind: 'bp'; readingId?: string };

export interface AttentionItem {
  kind: AttentionKind;
  key: string;
  severity: 'critical' | 'warning' | 'info';
  /** One line: "Potassium 5.4 mmol/L (High) after the lisinopril dose change". */
  title: string;
  /** Why it matters, with the numbers and dates behind it. */
  detail: string;
  evidence: Evidence;
}

/** What a rule may read. An absent source was not readable; `complete: false` means part is missing. */
export interface AttentionInput {
  now: number;
  timeZone: string;
  labs?: { analytes: readonly AnalyteSummary[]; complete: boolean };
  meds?: { entries: readonly MedicationEntry[]; complete: boolean; deceasedAt?: number };
  /** Time-sorted readings and whether the last 35 days fully loaded. */
  bp?: { readings: readonly BpReading[]; complete: boolean };
  goal?: BpGoal;
}

export interface Attention {
  items: AttentionItem[];
  /** Checks that could not be made, in words ("Labs could not be read: …"). */
  unchecked: string[];
}

/** Ranked by how soon someone must act: critical values and severe readings before trends. */
const RANK: Record<AttentionKind, number> = {
  'critical-lab': 0,
  'severe-reading': 1,
  potassium: 2,
  kidney: 3,
  'bp-raising-medicine': 4,
  inertia: 5,
  'no-uacr': 6,
};

export function attentionItems(input: AttentionInput): Attention {
  const items: AttentionItem[] = [];
  const unchecked: string[] = [];
  const { labs, meds, bp } = input;
  if (labs) {
    items.push(...criticalLabs(labs.analytes, input));
    if (labs.complete) items.push(...noRecentUacr(labs.analytes, input));
    else unchecked.push('Some lab results did not load: urine albumin testing was not checked.');
  } else unchecked.push('Lab results could not be read: critical values were not checked.');
  if (meds) {
    items.push(...bpRaisingMedicines(meds.entries));
    if (labs) {
      items.push(...potassiumAfterChange(labs.analytes, meds, input));
      items.push(...kidneyAfterChange(labs.analytes, meds, input));
    }
  } else unchecked.push('Medications could not be read: medicines that raise BP were not checked.');
  if (bp) {
    items.push(...recentSevere(bp.readings, input));
    if (bp.complete && meds?.complete && input.goal)
      items.push(...clinicalInertia(bp.readings, meds, input.goal, input));
  }
  items.sort((a, b) => RANK[a.kind] - RANK[b.kind]);
  return { items, unchecked };
}
