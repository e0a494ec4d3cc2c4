/**
 * Statins, for the PREVENT "statin use" input (Khan 2024: current statin therapy). Kept apart from the
 * antihypertensive classes (medications-classes.ts), which the BP views rank and label: a statin is not
 * a blood-pressure drug. RxNorm ingredient (IN) RxCUIs from RxNav (rxnav.nlm.nih.gov); EHRs send
 * clinical-drug codes, so the ingredient's name in the drug's name is matched too.
 */
import type { MedicationEntry } from '../fhir/medications';

export const STATINS: readonly (readonly [name: string, rxcui: string])[] = [
  ['atorvastatin', '83367'],
  ['rosuvastatin', '301542'],
  ['simvastatin', '36567'],
  ['pravastatin', '42463'],
  ['lovastatin', '6472'],
  ['fluvastatin', '41127'],
  ['pitavastatin', '861634'],
];

const patterns = STATINS.map(([name, rxcui]) => [rxcui, new RegExp(`\\b${name}\\b`, 'i')] as const);

/** True when the medication contains a statin (alone or in a combination such as ezetimibe/simvastatin). */
export function isStatin(entry: Pick<MedicationEntry, 'name' | 'rxnorm' | 'concepts'>): boolean {
  const names = [
    entry.name,
    ...entry.concepts.flatMap((c) => [c.text, ...(c.coding ?? []).map((x) => x.display)]),
  ]
    .filter((n): n is string => Boolean(n))
    .join(' | ');
  return patterns.some(([rxcui, re]) => entry.rxnorm.includes(rxcui) || re.test(names));
}
