/**
 * Medicines that can raise blood pressure: ACC/AHA 2017 Hypertension Guideline, Table 12 ("Frequently
 * Used Medications and Other Substances That May Cause Elevated BP"), kept in the 2025 AHA/ACC
 * guideline's list of secondary contributors. Matched on the ingredient's name in the drug's name (EHRs
 * send clinical-drug codes whose ingredient the app cannot look up offline; see medications-classes.ts).
 * Topical and nasal forms are left out: the table is about systemic use.
 */
export type RaisingGroup =
  | 'nsaid'
  | 'decongestant'
  | 'oral-contraceptive'
  | 'corticosteroid'
  | 'stimulant'
  | 'antidepressant'
  | 'antipsychotic'
  | 'immunosuppressant'
  | 'esa'
  | 'vegf-inhibitor';

export const RAISING_LABEL: Record<RaisingGroup, string> = {
  nsaid: 'NSAID',
  decongestant: 'Decongestant',
  'oral-contraceptive': 'Oral contraceptive',
  corticosteroid: 'Systemic corticosteroid',
  stimulant: 'Stimulant',
  antidepressant: 'Antidepressant (SNRI, TCA or MAOI)',
  antipsychotic: 'Atypical antipsychotic',
  immunosuppressant: 'Calcineurin inhibitor',
  esa: 'Erythropoiesis-stimulating agent',
  'vegf-inhibitor': 'Angiogenesis inhibitor',
};

const TABLE: Record<RaisingGroup, readonly string[]> = {
  nsaid: [
    'ibuprofen',
    'naproxen',
    'diclofenac',
    'celecoxib',
    'meloxicam',
    'indomethacin',
    'ketorolac',
    'etodolac',
    'nabumetone',
    'piroxicam',
    'ketoprofen',
  ],
  decongestant: ['pseudoephedrine', 'phenylephrine'],
  'oral-contraceptive': ['ethinyl estradiol', 'mestranol'],
  corticosteroid: [
    'prednisone',
    'prednisolone',
    'methylprednisolone',
    'dexamethasone',
    'hydrocortisone',
    'fludrocortisone',
    'cortisone',
  ],
  stimulant: [
    'amphetamine',
    'dextroamphetamine',
    'lisdexamfetamine',
    'methylphenidate',
    'dexmethylphenidate',
    'modafinil',
    'armodafinil',
    'phentermine',
  ],
  antidepressant: [
    'venlafaxine',
    'desvenlafaxine',
    'duloxetine',
    'amitriptyline',
    'nortriptyline',
    'imipramine',
    'phenelzine',
    'tranylcypromine',
  ],
  antipsychotic: ['clozapine', 'olanzapine'],
  immunosuppressant: ['cyclosporine', 'tacrolimus'],
  esa: ['epoetin', 'darbepoetin'],
  'vegf-inhibitor': ['bevacizumab', 'sunitinib', 'sorafenib', 'pazopanib'],
};

/** Forms that act locally (a nasal spray, a cream): not the systemic use the table is about. */
const LOCAL_FORM = /\b(topical|nasal|ophthalmic|otic|cream|ointment|gel|lotion|eye|ear|spray)\b/i;

/** The groups a drug name belongs to (usually none or one). */
export function raisingGroupsOf(name: string): { group: RaisingGroup; ingredient: string }[] {
  if (LOCAL_FORM.test(name)) return [];
  const lower = name.toLowerCase();
  const out: { group: RaisingGroup; ingredient: string }[] = [];
  for (const group of Object.keys(TABLE) as RaisingGroup[]) {
    for (const ingredient of TABLE[group]) {
      if (new RegExp(`\\b${ingredient}\\b`).test(lower)) out.push({ group, ingredient });
    }
  }
  return out;
}
