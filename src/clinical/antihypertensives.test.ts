/** Active antihypertensive drugs (ACC/AHA 2017 Table 18 classes) for the remote-monitoring panel. */
import { describe, expect, it } from 'vitest';
import type { MedicationEntry } from '../fhir/medications';
import { dayAt, medEntry } from '../../mocks/test-data/medication-entry';
import { countActiveAntihypertensives } from './antihypertensives';

const NOW = dayAt(100);
const med = (name: string, fields: Partial<MedicationEntry> = {}) =>
  medEntry({ id: `MedicationRequest/${name}`, name, ...fields });

describe('countActiveAntihypertensives', () => {
  it.each([
    ['none', [], 0],
    ['one active ACE inhibitor', [med('Lisinopril 10 MG Oral Tablet')], 1],
    [
      'ACE-i + CCB + thiazide',
      [med('Lisinopril 10 MG'), med('Amlodipine 5 MG'), med('Chlorthalidone 25 MG')],
      3,
    ],
    [
      'a combination counts each ingredient',
      [med('Losartan Potassium 50 MG / Hydrochlorothiazide 12.5 MG Oral Tablet')],
      2,
    ],
    ['ARNI counts once (valsartan)', [med('sacubitril 49 MG / valsartan 51 MG Oral Tablet')], 1],
    [
      'the same drug ordered twice counts once',
      [med('Amlodipine 5 MG'), med('Amlodipine 10 MG', { id: 'MedicationRequest/b' })],
      1,
    ],
    [
      "an order and the patient's statement of it count once",
      [
        med('Amlodipine 5 MG'),
        med('amlodipine', { source: 'statement', id: 'MedicationStatement/s' }),
      ],
      1,
    ],
    [
      'combination plus its ingredient alone',
      [
        med('Amlodipine 5 MG / Benazepril 10 MG'),
        med('Amlodipine 5 MG', { id: 'MedicationRequest/b' }),
      ],
      2,
    ],
    ['by RxNorm ingredient code without a name', [med('Tablet', { rxnorm: ['52175'] })], 1],
    ['loop diuretic counts', [med('Furosemide 40 MG')], 1],
    ['MRA, beta-blocker', [med('Spironolactone 25 MG'), med('Metoprolol succinate 50 MG')], 2],
    [
      'alpha-blocker, central agent, vasodilator, renin inhibitor',
      [
        med('Doxazosin 2 MG'),
        med('Prazosin 1 MG'),
        med('Terazosin 2 MG'),
        med('Clonidine 0.1 MG'),
        med('Guanfacine 1 MG'),
        med('Hydralazine 25 MG'),
        med('Aliskiren 150 MG'),
      ],
      7,
    ],
    ['not an antihypertensive', [med('Atorvastatin 20 MG'), med('Metformin 500 MG')], 0],
    ['on hold', [med('Amlodipine 5 MG', { status: 'on-hold' })], 0],
    ['stopped', [med('Amlodipine 5 MG', { status: 'stopped' })], 0],
    ['completed', [med('Amlodipine 5 MG', { status: 'completed' })], 0],
    ['draft (planned)', [med('Amlodipine 5 MG', { status: 'draft' })], 0],
    ['a plan, not an order', [med('Amlodipine 5 MG', { intent: 'plan' })], 0],
    ['do not give', [med('Amlodipine 5 MG', { doNotPerform: true })], 0],
    ['status unknown', [med('Amlodipine 5 MG', { status: 'unknown' })], 0],
    ['statement: taking', [med('Amlodipine 5 MG', { source: 'statement', intent: undefined })], 1],
    [
      'statement: intended (not started)',
      [med('Amlodipine 5 MG', { source: 'statement', status: 'intended' })],
      0,
    ],
    [
      'statement: not taken',
      [med('Amlodipine 5 MG', { source: 'statement', status: 'not-taken' })],
      0,
    ],
    ['starts after now', [med('Amlodipine 5 MG', { start: NOW + 1 })], 0],
    ['started exactly now', [med('Amlodipine 5 MG', { start: NOW })], 1],
    ['ended before now', [med('Amlodipine 5 MG', { end: NOW - 1 })], 0],
    ['ends exactly now', [med('Amlodipine 5 MG', { end: NOW })], 1],
    ['ends later', [med('Amlodipine 5 MG', { start: dayAt(1), end: NOW + 1 })], 1],
    [
      'a stopped drug does not hide an active one',
      [
        med('Amlodipine 5 MG', { status: 'stopped' }),
        med('Amlodipine 10 MG', { id: 'MedicationRequest/b' }),
      ],
      1,
    ],
  ] as const)('%s', (_name, entries, count) => {
    expect(countActiveAntihypertensives([...entries], NOW)).toBe(count);
  });
});
