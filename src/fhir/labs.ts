/**
 * Laboratory Observations -> LabResult. Pure, never throws. Reads what real servers send (DESIGN,
 * "Reading FHIR as it really arrives"): ranges may be absent, text-only or one-sided; values may carry
 * comparators (`<0.5`); units are UCUM codes, sometimes only a free-text `unit`; results may be coded or
 * strings. Anything with a field of the wrong JSON type is counted as unreadable with its reason.
 */
import type { CodeableConcept } from 'fhir/r4';
import { conceptText } from './coding';
import { type DatePrecision, readFhirDate } from './fhir-date';
import {
  ILL,
  MAX_NAME,
  MAX_TEXT,
  type Read,
  clampText,
  isRecord,
  readConcept,
  readConcepts,
  readQuantity,
  readString,
} from './labs-shape';
import type {
  LabInterpretation,
  LabRange,
  LabReadResult,
  LabResult,
  LabValue,
  UnreadableLab,
} from './labs-types';

export type * from './labs-types';

/** Why a result could not be read, in words for the clinician reading the "could not be read" list. */
export const UNREADABLE = {
  notObservation: 'not a lab result',
  noId: 'no identifier',
  noCode: 'no test name or code',
  code: 'test code in an unexpected form',
  noValue: 'no result value',
  value: 'result value in an unexpected form',
  range: 'reference range in an unexpected form',
  interpretation: 'flag in an unexpected form',
  date: 'date in an unexpected form',
  note: 'note in an unexpected form',
} as const;

type Reason = (typeof UNREADABLE)[keyof typeof UNREADABLE];

function readValue(obs: Record<string, unknown>): Read<LabValue> {
  const q = readQuantity(obs.valueQuantity);
  if (q === ILL) return ILL;
  if (q) return { kind: 'quantity', ...q };
  const coded = readConcept(obs.valueCodeableConcept);
  if (coded === ILL) return ILL;
  const codedText = conceptText(coded);
  if (codedText) return { kind: 'coded', text: clampText(codedText, MAX_TEXT) };
  const s = readString(obs.valueString);
  if (s === ILL) return ILL;
  if (s?.trim()) return { kind: 'string', text: clampText(s, MAX_TEXT) };
  const b = obs.valueBoolean;
  if (b !== undefined)
    return typeof b === 'boolean' ? { kind: 'string', text: b ? 'Yes' : 'No' } : ILL;
  const i = obs.valueInteger;
  if (i !== undefined)
    return Number.isSafeInteger(i) ? { kind: 'quantity', value: i as number } : ILL;
  const absent = readConcept(obs.dataAbsentReason);
  if (absent === ILL) return ILL;
  const absentText = conceptText(absent);
  return absentText ? { kind: 'absent', text: clampText(absentText, MAX_TEXT) } : undefined;
}

function readRange(r: unknown): LabRange | undefined | typeof ILL {
  if (!isRecord(r)) return ILL;
  const low = readQuantity(r.low);
  const high = readQuantity(r.high);
  const text = readString(r.text);
  const type = readConcept(r.type);
  const appliesTo = readConcepts(r.appliesTo);
  if (low === ILL || high === ILL || text === ILL || type === ILL || appliesTo === ILL) return ILL;
  const typeCode = type?.coding?.find((c) => c.code)?.code;
  if (!low && !high && !text?.trim()) return undefined;
  return {
    ...(low ? { low } : {}),
    ...(high ? { high } : {}),
    ...(text?.trim() ? { text: clampText(text, MAX_TEXT) } : {}),
    appliesTo: appliesTo ?? [],
    ...(typeCode ? { type: typeCode } : {}),
  };
}

function readRanges(v: unknown): Read<LabRange[]> {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return ILL;
  const out: LabRange[] = [];
  for (const r of v as unknown[]) {
    const read = readRange(r);
    if (read === ILL) return ILL;
    if (read) out.push(read);
  }
  return out;
}

/** effective[x] (dateTime, instant, Period.start), else `issued`; each must be a readable FHIR date. */
function readTime(obs: Record<string, unknown>): Read<{ t: number; precision: DatePrecision }> {
  const period = obs.effectivePeriod;
  if (period !== undefined && !isRecord(period)) return ILL;
  const candidates = [obs.effectiveDateTime, obs.effectiveInstant, period?.start, obs.issued];
  for (const c of candidates) {
    if (c === undefined) continue;
    const d = readFhirDate(c);
    if (!d) return ILL;
    return { t: d.t, precision: d.precision };
  }
  return undefined;
}

function readInterpretations(v: unknown): Read<LabInterpretation[]> {
  const concepts = readConcepts(v);
  if (concepts === ILL) return ILL;
  return (concepts ?? []).flatMap((concept: CodeableConcept) => {
    const coding = concept.coding?.find((c) => c.code);
    const text = concept.text ?? concept.coding?.find((c) => c.display)?.display ?? coding?.code;
    if (!text) return [];
    return [
      {
        ...(coding?.code ? { code: coding.code } : {}),
        ...(coding?.system ? { system: coding.system } : {}),
        text: clampText(text, MAX_NAME),
      },
    ];
  });
}

function readNote(v: unknown): Read<string> {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) return ILL;
  const texts: string[] = [];
  for (const n of v as unknown[]) {
    if (!isRecord(n)) return ILL;
    const text = readString(n.text);
    if (text === ILL) return ILL;
    if (text?.trim()) texts.push(text.trim());
  }
  return texts.length ? clampText(texts.join(' '), MAX_TEXT) : undefined;
}

/** One Observation, or why not: 'skip' (entered-in-error, cancelled) or the reason it is unreadable. */
export function readLab(input: unknown): LabResult | 'skip' | Reason {
  if (!isRecord(input) || input.resourceType !== 'Observation') return UNREADABLE.notObservation;
  const obs = input;
  const status = readString(obs.status);
  if (status === 'entered-in-error' || status === 'cancelled') return 'skip';
  const id = readString(obs.id);
  if (id === ILL || !id?.trim()) return UNREADABLE.noId;
  const code = readConcept(obs.code);
  if (code === ILL) return UNREADABLE.code;
  // A code-only concept names itself by its code, which no one clamped: clamp the name here.
  const name = conceptText(code);
  if (!code || !name?.trim()) return UNREADABLE.noCode;
  const value = readValue(obs);
  if (value === ILL) return UNREADABLE.value;
  if (!value) return UNREADABLE.noValue;
  const ranges = readRanges(obs.referenceRange);
  if (ranges === ILL) return UNREADABLE.range;
  const interpretations = readInterpretations(obs.interpretation);
  if (interpretations === ILL) return UNREADABLE.interpretation;
  const time = readTime(obs);
  if (time === ILL) return UNREADABLE.date;
  const note = readNote(obs.note);
  if (note === ILL) return UNREADABLE.note;
  return {
    id: `Observation/${id}`,
    code,
    name: clampText(name, MAX_NAME),
    ...(time ?? {}),
    value,
    ranges: ranges ?? [],
    interpretations: interpretations ?? [],
    ...(note ? { note } : {}),
  };
}

const labelOf = (input: unknown) => {
  const id = isRecord(input) ? input.id : undefined;
  return typeof id === 'string' && id.trim()
    ? `Observation/${clampText(id, 64)}`
    : 'Observation (no id)';
};

export function readLabs(observations: readonly unknown[]): LabReadResult {
  const out: LabReadResult = { results: [], unreadable: [], skipped: 0 };
  for (const obs of observations) {
    const r = readLab(obs);
    if (r === 'skip') out.skipped++;
    else if (typeof r === 'string') {
      const item: UnreadableLab = { label: labelOf(obs), reason: r };
      out.unreadable.push(item);
    } else out.results.push(r);
  }
  return out;
}
