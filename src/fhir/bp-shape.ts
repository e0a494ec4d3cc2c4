/**
 * The shape check in front of the BP reader (DESIGN: "Nothing ill-typed reaches React"). JSON from a
 * server can carry a string where FHIR says CodeableConcept, `null` inside arrays, a number for a date.
 * `observationShape` keeps each field the reader uses only when it has the type FHIR R4 gives it, so
 * the rest of the reader works on typed data and never throws. A field the reading needs (code,
 * components, value, effective[x]) in the wrong type makes the whole resource `malformed`; a field
 * that is only evidence (performer, category, extension, encounter) in the wrong type is left out,
 * which can only make the setting "unknown", never a wrong one.
 * Source: FHIR R4 Observation, https://hl7.org/fhir/R4/observation.html
 */
import type {
  CodeableConcept,
  Coding,
  Extension,
  Observation,
  ObservationComponent,
  Quantity,
  Reference,
} from 'fhir/r4';

const MALFORMED = Symbol('malformed');
type Maybe<T> = T | undefined | typeof MALFORMED;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Copies the keys whose value is defined (exactOptionalPropertyTypes forbids `key: undefined`). */
function defined<T extends object>(o: { [K in keyof T]: T[K] | undefined }): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

function coding(v: unknown): Coding | undefined {
  if (!isObject(v)) return undefined;
  return defined<Coding>({ system: str(v.system), code: str(v.code), display: str(v.display) });
}

/** A CodeableConcept with only well-typed codings; a value of another type is malformed. */
function concept(v: unknown): Maybe<CodeableConcept> {
  if (v === undefined) return undefined;
  if (!isObject(v)) return MALFORMED;
  if (v.coding !== undefined && !Array.isArray(v.coding)) return MALFORMED;
  const codings = ((v.coding as unknown[] | undefined) ?? [])
    .map(coding)
    .filter((c): c is Coding => c !== undefined);
  return defined<CodeableConcept>({ coding: codings, text: str(v.text) });
}

/** Evidence-only concepts: an ill-typed one is dropped, not fatal. */
const softConcept = (v: unknown): CodeableConcept | undefined => {
  const c = concept(v);
  return c === MALFORMED ? undefined : c;
};

function quantity(v: unknown): Maybe<Quantity> {
  if (v === undefined) return undefined;
  if (!isObject(v)) return MALFORMED;
  const value = typeof v.value === 'number' ? v.value : undefined;
  return defined<Quantity>({
    value,
    unit: str(v.unit),
    system: str(v.system),
    code: str(v.code),
  });
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function reference(v: unknown): Reference | undefined {
  if (!isObject(v)) return undefined;
  return defined<Reference>({ reference: str(v.reference), type: str(v.type) });
}

function component(v: unknown): Maybe<ObservationComponent> {
  if (!isObject(v)) return MALFORMED;
  const code = concept(v.code);
  const valueQuantity = quantity(v.valueQuantity);
  if (code === MALFORMED || valueQuantity === MALFORMED) return MALFORMED;
  return defined<ObservationComponent>({ code: code ?? {}, valueQuantity });
}

function period(v: unknown): Maybe<{ start?: string; end?: string }> {
  if (v === undefined) return undefined;
  if (!isObject(v)) return MALFORMED;
  // `stop` (a misspelt `end`, seen in real exports) is not FHIR: the period is open at its end.
  return defined<{ start?: string; end?: string }>({ start: str(v.start), end: str(v.end) });
}

export type ObservationShape =
  { ok: true; obs: Observation } | { ok: false; id: string; why: 'not-observation' | 'malformed' };

/**
 * Anything -> a typed Observation, `not-observation` (another resource or no object at all), or
 * `malformed` (an Observation whose code, values or time are not in FHIR's types).
 */
export function observationShape(raw: unknown): ObservationShape {
  if (!isObject(raw)) return { ok: false, id: '', why: 'not-observation' };
  const id = str(raw.id) ?? '';
  if (raw.resourceType !== 'Observation') return { ok: false, id, why: 'not-observation' };
  const malformed = { ok: false, id, why: 'malformed' } as const;
  const code = concept(raw.code);
  const valueQuantity = quantity(raw.valueQuantity);
  const effectivePeriod = period(raw.effectivePeriod);
  if (code === MALFORMED || valueQuantity === MALFORMED || effectivePeriod === MALFORMED)
    return malformed;
  if (raw.component !== undefined && !Array.isArray(raw.component)) return malformed;
  const components: ObservationComponent[] = [];
  for (const c of list(raw.component)) {
    const read = component(c);
    if (read === MALFORMED) return malformed;
    if (read) components.push(read);
  }
  for (const key of ['effectiveDateTime', 'effectiveInstant', 'status'] as const) {
    if (raw[key] !== undefined && typeof raw[key] !== 'string') return malformed;
  }
  const extension = list(raw.extension)
    .filter(isObject)
    .map((e) =>
      defined<Extension>({
        url: str(e.url) ?? '',
        valueCodeableConcept: softConcept(e.valueCodeableConcept),
      }),
    );
  const obs = defined<Observation>({
    resourceType: 'Observation',
    id,
    status: (str(raw.status) ?? 'unknown') as Observation['status'],
    code: code ?? {},
    effectiveDateTime: str(raw.effectiveDateTime),
    effectiveInstant: str(raw.effectiveInstant),
    effectivePeriod,
    valueQuantity,
    component: components,
    category: list(raw.category)
      .map(softConcept)
      .filter((c): c is CodeableConcept => c !== undefined),
    performer: list(raw.performer)
      .map(reference)
      .filter((r): r is Reference => r !== undefined),
    extension,
    encounter: reference(raw.encounter),
    device: reference(raw.device),
  });
  return { ok: true, obs };
}
