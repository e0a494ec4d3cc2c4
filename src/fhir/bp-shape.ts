/**
 * The shape check in front of the BP reader (DESIGN: "Nothing ill-typed reaches React"). JSON from a
 * server can carry a string where FHIR says CodeableConcept, `null` inside arrays, a number for a date.
 * `observationShape` checks each field the reader uses against the type FHIR R4 gives it, so the rest
 * of the reader works on typed data and never throws. A field the reading needs (code, components,
 * values, effective[x], status) in the wrong type makes the whole resource `malformed`; a field that
 * is only evidence (performer, category, extension, encounter, device) in the wrong type is left out,
 * which can only make the setting "unknown", never a wrong one.
 * Checked in place, copied only when evidence must be dropped: 100,000 well-formed resources cost
 * type checks, not copies.
 * Source: FHIR R4 Observation, https://hl7.org/fhir/R4/observation.html
 */
import type { Observation } from 'fhir/r4';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isString = (v: unknown) => typeof v === 'string';

/** CodeableConcept: an object whose `coding`, if any, is a list of objects (codes compared, not read). */
function isConcept(v: unknown): boolean {
  if (!isObject(v)) return false;
  const coding = v.coding;
  if (coding === undefined) return true;
  if (!Array.isArray(coding)) return false;
  for (const c of coding) if (!isObject(c)) return false;
  return true;
}

const isReference = (v: unknown) =>
  isObject(v) &&
  (v.reference === undefined || isString(v.reference)) &&
  (v.type === undefined || isString(v.type));

function isComponents(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (const c of v) {
    if (!isObject(c)) return false;
    if (c.code !== undefined && !isConcept(c.code)) return false;
    if (c.valueQuantity !== undefined && !isObject(c.valueQuantity)) return false;
  }
  return true;
}

/** Fields the reading itself needs: any of these ill-typed and the resource cannot be read. */
function requiredOk(raw: Record<string, unknown>): boolean {
  const period = raw.effectivePeriod;
  return (
    (raw.code === undefined || isConcept(raw.code)) &&
    (raw.status === undefined || isString(raw.status)) &&
    (raw.effectiveDateTime === undefined || isString(raw.effectiveDateTime)) &&
    (raw.effectiveInstant === undefined || isString(raw.effectiveInstant)) &&
    // `stop` (a misspelt `end`, seen in real exports) is not FHIR: such a period is open at its end.
    (period === undefined ||
      (isObject(period) &&
        (period.start === undefined || isString(period.start)) &&
        (period.end === undefined || isString(period.end)))) &&
    (raw.valueQuantity === undefined || isObject(raw.valueQuantity)) &&
    (raw.component === undefined || isComponents(raw.component))
  );
}

const listOf = (check: (x: unknown) => boolean) => (v: unknown) => {
  if (!Array.isArray(v)) return false;
  for (const x of v) if (!check(x)) return false;
  return true;
};

/** Evidence of setting and source: ill-typed ones are dropped. */
const EVIDENCE: readonly [string, (v: unknown) => boolean][] = [
  [
    'extension',
    listOf(
      (e) =>
        isObject(e) &&
        isString(e.url) &&
        (e.valueCodeableConcept === undefined || isConcept(e.valueCodeableConcept)),
    ),
  ],
  ['category', listOf(isConcept)],
  ['performer', listOf(isReference)],
  ['encounter', isReference],
  ['device', isReference],
];

export type ObservationShape =
  { ok: true; obs: Observation } | { ok: false; id: string; why: 'not-observation' | 'malformed' };

/**
 * Anything -> a typed Observation, `not-observation` (another resource or no object at all), or
 * `malformed` (an Observation whose code, values or time are not in FHIR's types).
 */
export function observationShape(raw: unknown): ObservationShape {
  if (!isObject(raw)) return { ok: false, id: '', why: 'not-observation' };
  const id = typeof raw.id === 'string' ? raw.id : '';
  if (raw.resourceType !== 'Observation') return { ok: false, id, why: 'not-observation' };
  if (!requiredOk(raw)) return { ok: false, id, why: 'malformed' };
  let obs: Record<string, unknown> = raw;
  for (const [key, check] of EVIDENCE) {
    const value = raw[key];
    if (value === undefined || check(value)) continue;
    if (obs === raw) obs = { ...raw };
    obs[key] = undefined;
  }
  if (raw.id !== undefined && typeof raw.id !== 'string') {
    if (obs === raw) obs = { ...raw };
    obs.id = id;
  }
  // Every field the reader uses has been checked above.
  return { ok: true, obs: obs as unknown as Observation };
}
