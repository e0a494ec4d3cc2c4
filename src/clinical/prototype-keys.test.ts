/**
 * Codes a server sends are looked up in the rules' tables by their own keys only: a status, intent,
 * unit or interpretation code that happens to name an Object.prototype member (`constructor`,
 * `toString`, `valueOf`, `__proto__`) is an unknown code, never a function read as a rule. Before the
 * fix a MedicationRequest with status `constructor` made the grouped medication list throw.
 */
import { describe, expect, it } from 'vitest';
import { dayAt as at, medEntry as entry } from '../../mocks/test-data/medication-entry';
import { ANALYTES } from './labs-analytes';
import { printUnit } from './labs-format';
import { meaningOf } from './labs-interpretation';
import { tableDecimals } from './labs-precision';
import { medicationGroups } from './medications-groups';
import { statusRule } from './medications-status';

const KEYS = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty'];

describe.each(KEYS)('the code %s', (key) => {
  it('as an order status: status unknown, drawn, and the list still groups it (past)', () => {
    expect(statusRule({ source: 'request', status: key, intent: 'order' })).toEqual({
      meaning: 'unknown',
      label: 'Status unknown',
      drawn: 'bar',
    });
    const groups = medicationGroups([entry({ status: key, start: at(0) })]);
    expect(groups.past.map((h) => h.records)).toEqual([1]);
  });

  it('as a statement status: status unknown', () => {
    expect(statusRule({ source: 'statement', status: key }).meaning).toBe('unknown');
  });

  it('as an intent: not an order, named in words', () => {
    expect(statusRule({ source: 'request', status: 'active', intent: key })).toEqual({
      meaning: 'planned',
      label: `Not an order (${key})`,
      drawn: 'none',
    });
  });

  it('as the status of an ended plan: its own word', () => {
    expect(statusRule({ source: 'request', status: key, intent: 'plan' }).label).toBe(
      'Plan (not yet ordered)',
    );
  });

  it('as a lab interpretation code: unknown, abnormal, in the server words', () => {
    expect(meaningOf(key, undefined, 'Odd flag')).toEqual({
      label: 'Odd flag',
      severity: 'abnormal',
      known: false,
    });
  });

  it('as a lab unit: printed as sent, no table decimals', () => {
    expect(printUnit(key)).toBe(key);
    expect(
      tableDecimals(
        ANALYTES.find((a) => a.key === 'potassium'),
        key,
      ),
    ).toBeUndefined();
  });
});
