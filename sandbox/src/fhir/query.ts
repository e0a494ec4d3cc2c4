/** Parses a search's query string into a `Query`; anything unsupported is a 400 naming the parameter. */
import { parseDateParam, type DateFilter } from './dates';
import { patientIdOf } from './extract';
import { FhirError } from './outcome';
import { parseTokenValue, SEARCH_PARAMS, type TokenGetter, type TokenValue } from './params';
import type { ReferenceGetter } from './references';
import { applyResultParam, isResultParam, type ResultParams } from './result-params';

export type { SortKey } from './result-params';

export interface TokenFilter {
  param: string;
  get: TokenGetter;
  values: TokenValue[];
}

export interface ReferenceFilter {
  param: string;
  get: ReferenceGetter;
  /** OR of `Type/id`, bare ids or absolute references. */
  values: string[];
}

export interface Query extends ResultParams {
  type: string;
  /** Allowed patients (OR); undefined = any. */
  patients?: string[];
  ids?: string[];
  tokens: TokenFilter[];
  references: ReferenceFilter[];
  dates: DateFilter[];
  updated: DateFilter[];
  /** AND of ORs of lower-cased name parts: prefixes, or anywhere with `name:contains`. */
  names: { contains: boolean; values: string[] }[];
}

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
  const q: Query = {
    type,
    tokens: [],
    references: [],
    dates: [],
    updated: [],
    names: [],
    sort: [],
    includes: [],
  };
  for (const [name, value] of params) {
    if (isResultParam(name)) {
      applyResultParam(q, type, name, value, maxPageSize);
      continue;
    }
    const contains = name.endsWith(':contains');
    const def = defs[contains ? name.slice(0, -':contains'.length) : name];
    if (!def || (contains && def.kind !== 'name'))
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
      case 'reference':
        q.references.push({ param: name, get: def.get, values });
        break;
      case 'date':
        q.dates.push(...dateFilters(name, value));
        break;
      case 'lastUpdated':
        q.updated.push(...dateFilters(name, value));
        break;
      case 'name':
        q.names.push({ contains, values: values.map((v) => v.toLowerCase()) });
        break;
    }
  }
  return q;
}
