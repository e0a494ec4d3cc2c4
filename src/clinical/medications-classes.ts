/**
 * Antihypertensive classes from RxNorm ingredient (IN) RxCUIs and ingredient names. A small, documented
 * table: drugs from ACC/AHA 2017 Hypertension Guideline, Table 18 ("Oral antihypertensive drugs"), RxCUIs
 * from RxNav (rxnav.nlm.nih.gov). EHRs send clinical-drug (SCD) codes, whose ingredient the app cannot
 * look up offline, so the ingredient's name in the drug's name is matched too.
 */
import type { MedicationEntry } from '../fhir/medications';

export type DrugClass =
  'ace-inhibitor' | 'arb' | 'ccb' | 'thiazide' | 'loop-diuretic' | 'beta-blocker' | 'mra' | 'other';

export const CLASS_LABEL: Record<DrugClass, string> = {
  'ace-inhibitor': 'ACE inhibitor',
  arb: 'ARB',
  ccb: 'Calcium-channel blocker',
  thiazide: 'Thiazide diuretic',
  'loop-diuretic': 'Loop diuretic',
  'beta-blocker': 'Beta-blocker',
  mra: 'Mineralocorticoid antagonist',
  other: 'Other antihypertensive',
};

export interface Ingredient {
  name: string;
  rxcui: string;
  drugClass: DrugClass;
}

const table: Record<DrugClass, readonly (readonly [string, string])[]> = {
  'ace-inhibitor': [
    ['lisinopril', '29046'],
    ['enalapril', '3827'],
    ['ramipril', '35296'],
    ['benazepril', '18867'],
    ['captopril', '1998'],
    ['quinapril', '35208'],
    ['fosinopril', '50166'],
    ['perindopril', '54552'],
    ['trandolapril', '38454'],
    ['moexipril', '30131'],
  ],
  arb: [
    ['losartan', '52175'],
    ['valsartan', '69749'],
    ['irbesartan', '83818'],
    ['candesartan', '214354'],
    ['olmesartan', '321064'],
    ['telmisartan', '73494'],
    ['azilsartan', '1091643'],
  ],
  ccb: [
    ['amlodipine', '17767'],
    ['nifedipine', '7417'],
    ['felodipine', '4316'],
    ['diltiazem', '3443'],
    ['verapamil', '11170'],
  ],
  thiazide: [
    ['hydrochlorothiazide', '5487'],
    ['chlorthalidone', '2409'],
    ['indapamide', '5764'],
    ['metolazone', '6916'],
  ],
  'loop-diuretic': [
    ['furosemide', '4603'],
    ['bumetanide', '1808'],
    ['torsemide', '38413'],
  ],
  'beta-blocker': [
    ['metoprolol', '6918'],
    ['atenolol', '1202'],
    ['bisoprolol', '19484'],
    ['carvedilol', '20352'],
    ['nebivolol', '31555'],
    ['propranolol', '8787'],
    ['labetalol', '6185'],
  ],
  mra: [
    ['spironolactone', '9997'],
    ['eplerenone', '298869'],
  ],
  other: [
    ['hydralazine', '5470'],
    ['clonidine', '2599'],
    ['doxazosin', '49276'],
    ['minoxidil', '6984'],
    ['methyldopa', '6876'],
    ['aliskiren', '325646'],
    ['amiloride', '644'],
    ['triamterene', '10763'],
    ['prazosin', '8629'],
    ['terazosin', '37798'],
    ['guanfacine', '40114'],
  ],
};

export const INGREDIENTS: readonly Ingredient[] = (Object.keys(table) as DrugClass[]).flatMap(
  (drugClass) => table[drugClass].map(([name, rxcui]) => ({ name, rxcui, drugClass })),
);

const patterns = INGREDIENTS.map((i) => [i, new RegExp(`\\b${i.name}\\b`, 'i')] as const);

/**
 * The antihypertensive ingredients of a medication (a combination such as losartan/hydrochlorothiazide
 * has two), by ingredient RxCUI first, then by name in the drug's or its codings' names.
 */
export function ingredientsOf(
  entry: Pick<MedicationEntry, 'name' | 'rxnorm' | 'concepts'>,
): Ingredient[] {
  const names = [
    entry.name,
    ...entry.concepts.flatMap((c) => [c.text, ...(c.coding ?? []).map((x) => x.display)]),
  ]
    .filter((n): n is string => Boolean(n))
    .join(' | ');
  return patterns
    .filter(([i, re]) => entry.rxnorm.includes(i.rxcui) || re.test(names))
    .map(([i]) => i);
}
