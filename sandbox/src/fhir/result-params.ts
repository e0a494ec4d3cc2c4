/**
 * Result parameters (FHIR R4 search §3.1.1.5): `_count`, `_sort` (with `-` for descending, several keys
 * comma-separated, and the DSTU2 form `_sort:asc=` / `_sort:desc=` the public SMART launcher's pickers
 * send), `_summary` and `_include`. Anything unsupported is a 400 naming the parameter, so a client
 * (the app's gateway) can fall back.
 */
import { FhirError } from './outcome';
import { SUPPORTED_INCLUDES } from './params';

export type SortKeyName =
  'date' | '_lastUpdated' | '_id' | 'family' | 'given' | 'birthdate' | 'gender';
export type SortKey = { key: SortKeyName; desc: boolean };
/** `count`: the total only; `true`: summary elements; `data`: without narrative; `false`: all. */
export type Summary = 'count' | 'true' | 'data' | 'false';

export interface ResultParams {
  sort: SortKey[];
  count?: number;
  includes: string[];
  summary?: Summary;
}

const ANY_TYPE: readonly SortKeyName[] = ['date', '_lastUpdated', '_id'];
const PEOPLE: readonly SortKeyName[] = [...ANY_TYPE, 'family', 'given', 'birthdate', 'gender'];
const SORT_KEYS: Readonly<Record<string, readonly SortKeyName[]>> = {
  Patient: PEOPLE,
  Practitioner: PEOPLE,
};
const SUMMARIES: readonly string[] = ['count', 'true', 'data', 'false'];

export function isResultParam(name: string): boolean {
  return (
    name === '_count' ||
    name === '_sort' ||
    name.startsWith('_sort:') ||
    name === '_summary' ||
    name === '_include' ||
    name === '_format' ||
    name === '_pretty'
  );
}

function applySort(q: ResultParams, type: string, name: string, value: string): void {
  const modifier = name.slice('_sort:'.length);
  if (name !== '_sort' && modifier !== 'asc' && modifier !== 'desc')
    throw new FhirError(400, 'not-supported', `Unsupported parameter "${name}".`, name);
  const keys = SORT_KEYS[type] ?? ANY_TYPE;
  for (const part of value.split(',').map((p) => p.trim())) {
    const minus = part.startsWith('-');
    const key = minus ? part.slice(1) : part;
    if (!(keys as readonly string[]).includes(key))
      throw new FhirError(
        400,
        'not-supported',
        `Unsupported _sort "${part}" for ${type} (use ${keys.join(', ')}; "-" for descending).`,
        '_sort',
      );
    q.sort.push({ key: key as SortKeyName, desc: minus !== (modifier === 'desc') });
  }
}

export function applyResultParam(
  q: ResultParams,
  type: string,
  name: string,
  value: string,
  maxPageSize: number,
): void {
  if (name === '_count') {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
      throw new FhirError(
        400,
        'invalid',
        `_count must be a whole number, got "${value}".`,
        '_count',
      );
    q.count = Math.min(n, maxPageSize);
  } else if (name === '_sort' || name.startsWith('_sort:')) {
    applySort(q, type, name, value);
  } else if (name === '_summary') {
    if (!SUMMARIES.includes(value))
      throw new FhirError(
        400,
        'not-supported',
        `Unsupported _summary "${value}" (use count, true, data or false).`,
        '_summary',
      );
    q.summary = value as Summary;
  } else if (name === '_include') {
    if (!(SUPPORTED_INCLUDES[type] ?? []).includes(value)) {
      throw new FhirError(
        400,
        'not-supported',
        `Unsupported _include "${value}" for ${type}.`,
        '_include',
      );
    }
    q.includes.push(value);
  }
  // _format and _pretty are tolerated: the answer is always application/fhir+json.
}
