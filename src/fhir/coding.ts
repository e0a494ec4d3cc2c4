/**
 * Match codes by system+code across *all* codings, never by array position (DESIGN: "Reading FHIR as
 * it really arrives"). Servers send extra codings and put them in any order. Every helper here also
 * survives ill-typed JSON (a `coding` that is an object, a numeric `code`, `null` entries): what is not
 * a string-coded Coding simply does not match, and nothing throws.
 */
import type { CodeableConcept, Coding } from 'fhir/r4';

/** A concept, a list of them, or any JSON that may be one (read defensively). */
type Concepts = unknown;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const asList = (c: unknown): readonly CodeableConcept[] =>
  Array.isArray(c) ? c.filter((x): x is CodeableConcept => isObject(x)) : isObject(c) ? [c] : [];

/** The concept's codings that are objects with a string `code` (system may be absent). */
const codingsOf = (concept: CodeableConcept): readonly Coding[] =>
  Array.isArray(concept.coding)
    ? concept.coding.filter((c): c is Coding => isObject(c) && typeof c.code === 'string')
    : [];

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
    const found = codingsOf(concept).find(
      (coding) => coding.system === system && codes.includes(coding.code ?? ''),
    );
    if (found) return found;
  }
  return undefined;
}

/** True when any coding has this code, whatever its system (for codes whose system varies in the wild). */
export function hasCode(concepts: Concepts, ...codes: readonly string[]): boolean {
  return asList(concepts).some((concept) =>
    codingsOf(concept).some((c) => codes.includes(c.code ?? '')),
  );
}

/** A display text for a concept: its text, else the first coding display, else the first code. */
export function conceptText(concept: CodeableConcept | undefined): string | undefined {
  if (!isObject(concept)) return undefined;
  if (typeof concept.text === 'string' && concept.text.trim()) return concept.text;
  const codings: readonly unknown[] = Array.isArray(concept.coding) ? concept.coding : [];
  for (const c of codings) {
    if (isObject(c) && typeof c.display === 'string' && c.display.trim()) return c.display;
  }
  return codingsOf(concept)[0]?.code;
}
