/**
 * Laboratory Observations -> LabResult. Pure. Reads what real servers send (DESIGN, "Reading FHIR as it
 * really arrives"): ranges may be absent, text-only or one-sided; values may carry comparators (`<0.5`);
 * units are UCUM codes, sometimes only a free-text `unit`; results may be coded or strings.
 */
import type { CodeableConcept, Observation, ObservationReferenceRange, Quantity } from 'fhir/r4';
import { SYSTEM } from './codes';
import { conceptText } from './coding';

export type Comparator = '<' | '<=' | '>=' | '>';

export interface LabQuantity {
  value: number;
  comparator?: Comparator;
  /** The UCUM code when the server gave one (or a bare `unit` that may be UCUM), for conversion. */
  ucum?: string;
  /** The unit as the server printed it, for display. */
  unit?: string;
}

export type LabValue =
  | ({ kind: 'quantity' } & LabQuantity)
  | { kind: 'coded'; text: string }
  | { kind: 'string'; text: string }
  | { kind: 'absent'; text: string };

export interface LabRange {
  low?: LabQuantity;
  high?: LabQuantity;
  text?: string;
  /** Populations the range applies to (`appliesTo`), as codes and texts. */
  appliesTo: readonly CodeableConcept[];
  /** referencerange-meaning code (`normal`, `recommended`, `treatment`, `therapeutic`...). */
  type?: string;
}

export interface LabInterpretation {
  code?: string;
  text: string;
}

export interface LabResult {
  /** `Observation/<id>` */
  id: string;
  code: CodeableConcept;
  name: string;
  /** Epoch ms of the specimen (effective[x]), else the issue time; undefined when neither parses. */
  t?: number;
  value: LabValue;
  ranges: readonly LabRange[];
  interpretation?: LabInterpretation;
  note?: string;
}

export interface LabReadResult {
  results: LabResult[];
  /** Observations that could not be read (no code, no value, no id). */
  unreadable: number;
  /** `Observation/<id>` of each, for the "could not be read" list. */
  unreadableIds: string[];
  /** entered-in-error / cancelled: deliberately not shown. */
  skipped: number;
}

const COMPARATORS: readonly string[] = ['<', '<=', '>=', '>'];
const isComparator = (c: string | undefined): c is Comparator =>
  c !== undefined && COMPARATORS.includes(c);

export function readQuantity(q: Quantity | undefined): LabQuantity | undefined {
  if (typeof q?.value !== 'number' || !Number.isFinite(q.value)) return undefined;
  // A code in a non-UCUM system is not a UCUM unit; a bare `unit` might be, and conversion will tell.
  const ucum = q.code && (q.system === undefined || q.system === SYSTEM.ucum) ? q.code : q.unit;
  const unit = q.unit ?? q.code;
  return {
    value: q.value,
    ...(isComparator(q.comparator) ? { comparator: q.comparator } : {}),
    ...(ucum ? { ucum } : {}),
    ...(unit ? { unit } : {}),
  };
}

function readValue(obs: Observation): LabValue | undefined {
  const q = readQuantity(obs.valueQuantity);
  if (q) return { kind: 'quantity', ...q };
  const coded = conceptText(obs.valueCodeableConcept);
  if (coded) return { kind: 'coded', text: coded };
  if (typeof obs.valueString === 'string' && obs.valueString.trim())
    return { kind: 'string', text: obs.valueString };
  if (typeof obs.valueBoolean === 'boolean')
    return { kind: 'string', text: obs.valueBoolean ? 'Yes' : 'No' };
  if (typeof obs.valueInteger === 'number') return { kind: 'quantity', value: obs.valueInteger };
  const absent = conceptText(obs.dataAbsentReason);
  if (absent) return { kind: 'absent', text: absent };
  return undefined;
}

function readRange(r: ObservationReferenceRange): LabRange | undefined {
  const low = readQuantity(r.low);
  const high = readQuantity(r.high);
  const type = r.type?.coding?.find((c) => c.code)?.code;
  if (!low && !high && !r.text) return undefined;
  return {
    ...(low ? { low } : {}),
    ...(high ? { high } : {}),
    ...(r.text ? { text: r.text } : {}),
    appliesTo: r.appliesTo ?? [],
    ...(type ? { type } : {}),
  };
}

function readTime(obs: Observation): number | undefined {
  const candidates = [
    obs.effectiveDateTime,
    obs.effectiveInstant,
    obs.effectivePeriod?.start,
    obs.issued,
  ];
  for (const c of candidates) {
    const t = c ? Date.parse(c) : Number.NaN;
    if (Number.isFinite(t)) return t;
  }
  return undefined;
}

function readInterpretation(obs: Observation): LabInterpretation | undefined {
  const concept = obs.interpretation?.find((c) => c.coding?.length || c.text);
  if (!concept) return undefined;
  const code = concept.coding?.find((c) => c.code)?.code;
  const text = concept.text ?? concept.coding?.find((c) => c.display)?.display ?? code;
  return text ? { ...(code ? { code } : {}), text } : undefined;
}

/** One Observation, or why not: 'skip' (entered-in-error, cancelled) or 'unreadable'. */
export function readLab(obs: Observation): LabResult | 'skip' | 'unreadable' {
  if (obs.status === 'entered-in-error' || obs.status === 'cancelled') return 'skip';
  const name = conceptText(obs.code);
  const value = readValue(obs);
  if (!obs.id || !name || !value) return 'unreadable';
  const interpretation = readInterpretation(obs);
  const t = readTime(obs);
  const note = obs.note
    ?.map((n) => n.text)
    .filter(Boolean)
    .join(' ');
  return {
    id: `Observation/${obs.id}`,
    code: obs.code,
    name,
    ...(t !== undefined ? { t } : {}),
    value,
    ranges: (obs.referenceRange ?? []).flatMap((r) => readRange(r) ?? []),
    ...(interpretation ? { interpretation } : {}),
    ...(note ? { note } : {}),
  };
}

export function readLabs(observations: readonly Observation[]): LabReadResult {
  const out: LabReadResult = { results: [], unreadable: 0, unreadableIds: [], skipped: 0 };
  for (const obs of observations) {
    const r = readLab(obs);
    if (r === 'skip') out.skipped++;
    else if (r === 'unreadable') {
      out.unreadable++;
      out.unreadableIds.push(`Observation/${obs.id ?? '(no id)'}`);
    } else out.results.push(r);
  }
  return out;
}
