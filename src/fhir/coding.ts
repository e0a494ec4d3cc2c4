/**
 * Match codes by system+code across *all* codings, never by array position (DESIGN: "Reading FHIR as
 * it really arrives"). Servers send extra codings and put them in any order.
 */
import type { CodeableConcept, Coding } from 'fhir/r4';

type Concepts = CodeableConcept | readonly CodeableConcept[] | undefined;

const asList = (c: Concepts): readonly CodeableConcept[] =>
  c === undefined
    ? []
    : Array.isArray(c)
      ? (c as readonly CodeableConcept[])
      : [c as CodeableConcept];

/** True when any coding of the concept(s) has this system and one of these codes. */
export function hasCoding(
  concepts: Concepts,
  system: string,
  ...codes: readonly string[]
): boolean {
  return findCoding(concepts, system, ...codes) !== undefined;
}

/** The first coding (in any concept) with this system and one of these codes. */
export function findCoding(
  concepts: Concepts,
  system: string,
  ...codes: readonly string[]
): Coding | undefined {
  for (const concept of asList(concepts)) {
    for (const coding of concept.coding ?? []) {
      if (coding.system === system && coding.code !== undefined && codes.includes(coding.code)) {
        return coding;
      }
    }
  }
  return undefined;
}

/** True when any coding has this code, whatever its system (for codes whose system varies in the wild). */
export function hasCode(concepts: Concepts, ...codes: readonly string[]): boolean {
  return asList(concepts).some((concept) =>
    (concept.coding ?? []).some((c) => c.code !== undefined && codes.includes(c.code)),
  );
}

/** Which of `codes` (in the given system) the concept carries first, in the order of `codes`. */
export function whichCode<C extends string>(
  concepts: Concepts,
  system: string,
  codes: readonly C[],
): C | undefined {
  return codes.find((code) => hasCoding(concepts, system, code));
}

/** A display text for a concept: its text, else the first coding display, else the first code. */
export function conceptText(concept: CodeableConcept | undefined): string | undefined {
  if (!concept) return undefined;
  if (concept.text) return concept.text;
  const codings = concept.coding ?? [];
  return codings.find((c) => c.display)?.display ?? codings.find((c) => c.code)?.code;
}
