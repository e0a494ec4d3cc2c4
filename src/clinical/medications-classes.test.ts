import { describe, expect, it } from 'vitest';
import { CLASS_LABEL, type DrugClass, INGREDIENTS, ingredientsOf } from './medications-classes';

/**
 * Every antihypertensive ingredient the app knows, pinned: ACC/AHA 2017 Hypertension Guideline, Table 18
 * ("Oral antihypertensive drugs"), ingredient (IN) RxCUIs from RxNav (rxnav.nlm.nih.gov).
 */
const ROWS: [name: string, rxcui: string, drugClass: DrugClass][] = [
  ['lisinopril', '29046', 'ace-inhibitor'],
  ['enalapril', '3827', 'ace-inhibitor'],
  ['ramipril', '35296', 'ace-inhibitor'],
  ['benazepril', '18867', 'ace-inhibitor'],
  ['captopril', '1998', 'ace-inhibitor'],
  ['quinapril', '35208', 'ace-inhibitor'],
  ['fosinopril', '50166', 'ace-inhibitor'],
  ['perindopril', '54552', 'ace-inhibitor'],
  ['trandolapril', '38454', 'ace-inhibitor'],
  ['moexipril', '30131', 'ace-inhibitor'],
  ['losartan', '52175', 'arb'],
  ['valsartan', '69749', 'arb'],
  ['irbesartan', '83818', 'arb'],
  ['candesartan', '214354', 'arb'],
  ['olmesartan', '321064', 'arb'],
  ['telmisartan', '73494', 'arb'],
  ['azilsartan', '1091643', 'arb'],
  ['amlodipine', '17767', 'ccb'],
  ['nifedipine', '7417', 'ccb'],
  ['felodipine', '4316', 'ccb'],
  ['diltiazem', '3443', 'ccb'],
  ['verapamil', '11170', 'ccb'],
  ['hydrochlorothiazide', '5487', 'thiazide'],
  ['chlorthalidone', '2409', 'thiazide'],
  ['indapamide', '5764', 'thiazide'],
  ['metolazone', '6916', 'thiazide'],
  ['furosemide', '4603', 'loop-diuretic'],
  ['bumetanide', '1808', 'loop-diuretic'],
  ['torsemide', '38413', 'loop-diuretic'],
  ['metoprolol', '6918', 'beta-blocker'],
  ['atenolol', '1202', 'beta-blocker'],
  ['bisoprolol', '19484', 'beta-blocker'],
  ['carvedilol', '20352', 'beta-blocker'],
  ['nebivolol', '31555', 'beta-blocker'],
  ['propranolol', '8787', 'beta-blocker'],
  ['labetalol', '6185', 'beta-blocker'],
  ['spironolactone', '9997', 'mra'],
  ['eplerenone', '298869', 'mra'],
  ['hydralazine', '5470', 'other'],
  ['clonidine', '2599', 'other'],
  ['doxazosin', '49276', 'other'],
  ['minoxidil', '6984', 'other'],
  ['methyldopa', '6876', 'other'],
  ['aliskiren', '325646', 'other'],
  ['amiloride', '644', 'other'],
  ['triamterene', '10763', 'other'],
  ['prazosin', '8629', 'other'],
  ['terazosin', '37798', 'other'],
  ['guanfacine', '40114', 'other'],
];

const med = (
  name: string,
  rxnorm: string[] = [],
  concepts: { text?: string; coding?: { display?: string }[] }[] = [],
) => ({
  name,
  rxnorm,
  concepts,
});

describe('antihypertensive ingredients (ACC/AHA 2017 Table 18)', () => {
  it('holds exactly these ingredients, in this order', () => {
    expect(INGREDIENTS).toEqual(
      ROWS.map(([name, rxcui, drugClass]) => ({ name, rxcui, drugClass })),
    );
  });

  it.each(ROWS)('%s (RxCUI %s) is found by its ingredient code: %s', (name, rxcui, drugClass) => {
    expect(ingredientsOf(med('Tablet', [rxcui]))).toEqual([{ name, rxcui, drugClass }]);
  });

  it.each(ROWS)('%s is found by name in the drug name', (name, _rxcui, drugClass) => {
    const title = `${name[0]?.toUpperCase()}${name.slice(1)} 10 MG Oral Tablet`;
    expect(ingredientsOf(med(title)).map((i) => i.drugClass)).toEqual([drugClass]);
  });
});

describe('ingredientsOf: where the name may be', () => {
  it.each([
    ['a concept text', med('Tablet', [], [{ text: 'Amlodipine 5 mg' }]), ['amlodipine']],
    [
      'a coding display',
      med('Tablet', [], [{ coding: [{ display: 'losartan 50 MG' }] }]),
      ['losartan'],
    ],
    [
      'a combination',
      med('losartan / hydrochlorothiazide 50-12.5 MG'),
      ['losartan', 'hydrochlorothiazide'],
    ],
    ['a whole word only (not inside "Xamlodipine")', med('Xamlodipine'), []],
    ['nothing antihypertensive', med('Metformin 500 MG'), []],
  ] as const)('%s', (_name, entry, names) => {
    expect(ingredientsOf(entry).map((i) => i.name)).toEqual(names);
  });
});

describe('class labels', () => {
  it.each<[DrugClass, string]>([
    ['ace-inhibitor', 'ACE inhibitor'],
    ['arb', 'ARB'],
    ['ccb', 'Calcium-channel blocker'],
    ['thiazide', 'Thiazide diuretic'],
    ['loop-diuretic', 'Loop diuretic'],
    ['beta-blocker', 'Beta-blocker'],
    ['mra', 'Mineralocorticoid antagonist'],
    ['other', 'Other antihypertensive'],
  ])('%s reads "%s"', (drugClass, label) => {
    expect(CLASS_LABEL[drugClass]).toBe(label);
  });
});
