/**
 * The medication list's items: MedicationRequests and MedicationStatements de-duplicated and
 * classified (medications-groups orders them). Pure.
 */
import type { MedicationEntry } from '../fhir/medications';
import { CLASS_LABEL, type DrugClass, ingredientsOf } from './medications-classes';
import { doseText } from './medications-dose';
import { type Meaning, statusRule } from './medications-status';

export interface MedicationItem extends MedicationEntry {
  classes: DrugClass[];
  /** Ids of the entries folded into this one (the same order resent, or a statement of it). */
  duplicates: string[];
}

/** Current (taking / paused / planned) vs the rest (medications-status meanings). */
const CURRENT: ReadonlySet<Meaning> = new Set(['taking', 'paused', 'planned']);
const isCurrent = (e: MedicationEntry) => CURRENT.has(statusRule(e).meaning);

/**
 * De-duplication: two entries are one medication when they share an identifier (an interface resent the
 * order), or when a MedicationStatement has the RxNorm code of a MedicationRequest and both are current or
 * both are over (the patient reporting the drug they were prescribed). Requests win over statements: they
 * carry the prescriber, the dose and the dates as ordered.
 */
export function dedupeMedications(entries: readonly MedicationEntry[]): MedicationItem[] {
  const ordered = [...entries].sort((a, b) =>
    a.source === b.source ? 0 : a.source === 'request' ? -1 : 1,
  );
  const kept: MedicationItem[] = [];
  for (const e of ordered) {
    const same = kept.find(
      (k) =>
        e.identifiers.some((id) => k.identifiers.includes(id)) ||
        (e.source !== k.source &&
          e.rxnorm.some((code) => k.rxnorm.includes(code)) &&
          isCurrent(e) === isCurrent(k)),
    );
    if (same) same.duplicates.push(e.id);
    else
      kept.push({
        ...e,
        classes: [...new Set(ingredientsOf(e).map((i) => i.drugClass))],
        duplicates: [],
      });
  }
  return kept;
}

export const classText = (classes: readonly DrugClass[]) =>
  classes.map((c) => CLASS_LABEL[c]).join(' + ');

/** What the list prints for dose and frequency: the prescriber's text, else one built from structure. */
export function dosageLine(e: MedicationEntry): string | undefined {
  if (e.dosageText) return e.dosageText;
  const built = [doseText(e), e.frequency].filter(Boolean).join(' ');
  return built || undefined;
}
