/** Parses a search's query string into a `Query`; anything unsupported is a 400 naming the parameter. */
import { parseDateParam, type DateFilter } from './dates';
import { patientIdOf } from './extract';
import { FhirError } from './outcome';
import {
  parseTokenValue,
  RESULT_PARAMS,
  SEARCH_PARAMS,
  SUPPORTED_INCLUDES,
  type TokenGetter,
  type TokenValue,
} from './params';

export type SortKey = { key: 'date' | '_lastUpdated' | '_id'; desc: boolean };

export interface TokenFilter {
  param: string;
  get: TokenGetter;
  values: TokenValue[];
}

export interface Query {
  type: string;
  /** Allowed patients (OR); undefined = any. */
  patients?: string[];
  ids?: string[];
  tokens: TokenFilter[];
  dates: DateFilter[];
  updated: DateFilter[];
  /** AND of ORs of lower-cased prefixes. */
  names: string[][];
  sort: SortKey[];
  count?: number;
  includes: string[];
}

const SORT_KEYS = new Set(['date', '_lastUpdated', '_id']);

function intersect(a: string[] | undefined, b: string[]): string[] {
  return a ? a.filter((x) => b.includes(x)) : b;
}

function dateFilters(name: string, value: string): DateFilter[] {
  const filter = value.includes(',') ? undefined : parseDateParam(value);
  if (!filter) {
    throw new FhirError(
      400,
      'invalid',
      `Invalid date "${value}" for ${name}: one eq/ne/ge/gt/le/lt prefix and a real FHIR date (month 01-12, a day the month has, hour 00-23, minute and second 00-59; repeat the parameter to combine).`,
      name,
    );
  }
  return [filter];
}

export function parseQuery(type: string, params: URLSearchParams, maxPageSize: number): Query {
  const defs = SEARCH_PARAMS[type];
  if (!defs)
    throw new FhirError(
      404,
      'not-supported',
      `Resource type ${type} is not supported by this server.`,
    );
  const q: Query = { type, tokens: [], dates: [], updated: [], names: [], sort: [], includes: [] };
  for (const [name, value] of params) {
    if (RESULT_PARAMS.has(name)) {
      applyResultParam(q, name, value, maxPageSize);
      continue;
    }
    const def = defs[name];
    if (!def)
      throw new FhirError(
        400,
        'not-supported',
        `Unsupported search parameter "${name}" for ${type}.`,
        name,
      );
    const values = value.split(',').filter((v) => v !== '');
    if (values.length === 0)
      throw new FhirError(400, 'invalid', `Search parameter "${name}" has no value.`, name);
    switch (def.kind) {
      case 'id':
        q.ids = intersect(q.ids, values);
        break;
      case 'patient':
        q.patients = intersect(
          q.patients,
          values.map((v) => {
            const id = patientIdOf(v);
            if (!id)
              throw new FhirError(
                400,
                'invalid',
                `"${name}" must reference a Patient, got "${v}".`,
                name,
              );
            return id;
          }),
        );
        break;
      case 'token':
        q.tokens.push({ param: name, get: def.get, values: values.map(parseTokenValue) });
        break;
      case 'date':
        q.dates.push(...dateFilters(name, value));
        break;
      case 'lastUpdated':
        q.updated.push(...dateFilters(name, value));
        break;
      case 'name':
        q.names.push(values.map((v) => v.toLowerCase()));
        break;
    }
  }
  return q;
}

function applyResultParam(q: Query, name: string, value: string, maxPageSize: number): void {
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
  } else if (name === '_sort') {
    for (const part of value.split(',')) {
      const desc = part.startsWith('-');
      const key = desc ? part.slice(1) : part;
      if (!SORT_KEYS.has(key))
        throw new FhirError(
          400,
          'not-supported',
          `Unsupported _sort "${part}" (use date, _lastUpdated or _id).`,
          '_sort',
        );
      q.sort.push({ key: key as SortKey['key'], desc });
    }
  } else if (name === '_include') {
    if (!(SUPPORTED_INCLUDES[q.type] ?? []).includes(value)) {
      throw new FhirError(
        400,
        'not-supported',
        `Unsupported _include "${value}" for ${q.type}.`,
        '_include',
      );
    }
    q.includes.push(value);
  }
  // _format and _pretty are tolerated: the answer is always application/fhir+json.
}
