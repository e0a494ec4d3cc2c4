/**
 * long-record's renewal chains (chronic products re-ordered at each annual check-up; the earlier
 * orders `stopped` with no end date) and the short courses written at symptom visits.
 */
import type { MedicationRequest } from 'fhir/r4';
import type { Product } from './long-meds-build';

export interface Chain {
  key: string;
  product: Product | 'combination';
  /** Years before now of the first and the last renewal (at that year's annual check-up). */
  from: number;
  to: number;
  last: MedicationRequest['status'];
  extra?: Partial<MedicationRequest>;
}

/** The renewal chains; ids are `mr-lr-<key>-<nn>`, 01 the oldest. */
export const LONG_CHAINS: readonly Chain[] = [
  {
    key: 'simvastatin',
    product: { code: '312961', display: 'Simvastatin 20 MG Oral Tablet' },
    from: 30,
    to: 17,
    last: 'stopped',
  },
  {
    key: 'hctz',
    product: { code: '310798', display: 'Hydrochlorothiazide 25 MG Oral Tablet' },
    from: 24,
    to: 15,
    last: 'stopped',
  },
  {
    key: 'lisinopril',
    product: { code: '314076', display: 'Lisinopril 10 MG Oral Tablet' },
    from: 21,
    to: 15,
    last: 'stopped',
  },
  { key: 'lisinopril-hctz', product: 'combination', from: 14, to: 5, last: 'active' },
  {
    key: 'amlodipine',
    product: { code: '197361', display: 'Amlodipine 5 MG Oral Tablet' },
    from: 12,
    to: 5,
    last: 'active',
  },
  {
    key: 'metoprolol',
    product: { code: '866924', display: 'Metoprolol Tartrate 25 MG Oral Tablet' },
    from: 10,
    to: 7,
    last: 'stopped',
  },
  {
    key: 'atorvastatin',
    product: { code: '617310', display: 'Atorvastatin 20 MG Oral Tablet' },
    from: 16,
    to: 5,
    last: 'active',
  },
  {
    key: 'levothyroxine',
    product: { code: '966222', display: 'Levothyroxine Sodium 0.05 MG Oral Tablet' },
    from: 20,
    to: 5,
    last: 'active',
    // Prescribed elsewhere, reported by the patient at intake.
    extra: { reportedBoolean: true },
  },
  {
    key: 'metformin',
    product: { code: '861007', display: 'Metformin hydrochloride 500 MG Oral Tablet' },
    from: 13,
    to: 6,
    last: 'on-hold',
    extra: { statusReason: { text: 'Held before contrast imaging' } },
  },
];

export const ACUTE: readonly (Product & { perDay: number; asNeeded?: boolean })[] = [
  { code: '562251', display: 'Amoxicillin 250 MG / Clavulanate 125 MG Oral Tablet', perDay: 2 },
  { code: '313782', display: 'Acetaminophen 325 MG Oral Tablet', perDay: 4, asNeeded: true },
  { code: '197806', display: 'Ibuprofen 400 MG Oral Tablet', perDay: 3, asNeeded: true },
  { code: '849574', display: 'Naproxen sodium 220 MG Oral Tablet', perDay: 2, asNeeded: true },
  { code: '834061', display: 'Penicillin V Potassium 250 MG Oral Tablet', perDay: 4 },
  { code: '312617', display: 'PredniSONE 5 MG Oral Tablet', perDay: 1 },
];
