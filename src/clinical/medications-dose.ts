/**
 * Doses in words. A structured dose needs a unit: `{ value: 1 }` alone means one of the product's units
 * (one tablet), so it is read with the product's form and strength — from the Medication's
 * `ingredient[].strength`, else from the RxNorm-style name ("Lisinopril 10 MG / Hydrochlorothiazide
 * 12.5 MG Oral Tablet": each ingredient keeps its own strength). Pure.
 * RxNorm naming: https://www.nlm.nih.gov/research/umls/rxnorm/docs/appendix5.html
 */
import type { IngredientStrength, MedicationEntry } from '../fhir/medications';

type DoseSource = Pick<MedicationEntry, 'name' | 'doseAmount' | 'strengths' | 'doseForm'>;

const STRENGTH =
  /([A-Za-z][A-Za-z\- ]*?)\s+(\d+(?:\.\d+)?)\s*(MG|MCG|G|MEQ|UNT|UNITS?|ML|%)(?:\/(ML|HR|ACTUAT|MG))?(?![A-Za-z])/i;

const unitWord = (u: string) => (/^unts?$|^units?$/i.test(u) ? 'units' : u.toLowerCase());
/** `MG/ML` -> `mg/mL` */
const strengthText = (value: string, unit: string, per: string | undefined) =>
  `${value} ${unitWord(unit)}${per ? `/${per.toUpperCase() === 'ML' ? 'mL' : per.toLowerCase()}` : ''}`;

/** Each ingredient's strength: from the Medication resource, else parsed from the product name. */
export function productStrengths(e: DoseSource): IngredientStrength[] {
  if (e.strengths.length > 0) return [...e.strengths];
  return e.name.split(/\s+\/\s+/).flatMap((part) => {
    const m = STRENGTH.exec(part);
    if (!m) return [];
    const name = (m[1] ?? '')
      .replace(/^(?:\d+\s*)?HR\s+/i, '')
      .trim()
      .toLowerCase();
    return [{ name, strength: strengthText(m[2] ?? '', m[3] ?? '', m[4]) }];
  });
}

/** The product's dose form: the Medication's `form`, else the words after the last strength. */
export function doseFormOf(e: DoseSource): string | undefined {
  if (e.doseForm) return e.doseForm;
  const m = /\d(?:\.\d+)?\s*(?:MG|MCG|G|MEQ|UNT|ML|%)(?:\/\w+)?\s+([A-Za-z][A-Za-z ]+)$/i.exec(
    e.name,
  );
  return m?.[1]?.trim();
}

/** One unit of the form, for counts: tablet, capsule, injection… (undefined when unknown). */
const FORM_UNITS: readonly (readonly [RegExp, string])[] = [
  [/\btab/i, 'tablet'],
  [/\bcap/i, 'capsule'],
  [/inject|syringe|pen\b/i, 'injection'],
  [/patch|transdermal/i, 'patch'],
  [/inhal|actuat|puff/i, 'puff'],
  [/drop|ophthalmic/i, 'drop'],
  [/solution|suspension|syrup|liquid/i, 'mL'],
];
export const formUnit = (form: string | undefined) =>
  form === undefined ? undefined : FORM_UNITS.find(([re]) => re.test(form))?.[1];

/** Units that count pieces of the product rather than measure drug: `TAB`, `{tbl}`, `capsule`, `1`. */
const COUNT_UNIT =
  /^(?:\{?(?:tab|tbl|tablet|cap|capsule|puff|patch|drop|each|ea|dose|unit of use)s?\}?|1)$/i;

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 || unit === 'mL' ? '' : 's'}`;

/** How many of the product's units one dose is, when the dose counts pieces (or has no unit). */
function pieces(e: DoseSource): number | undefined {
  const a = e.doseAmount;
  if (!a || a.high !== undefined) return undefined;
  return a.unit === undefined || COUNT_UNIT.test(a.unit) ? a.value : undefined;
}

/** The list's dose: `20 mg`, `1–2 tablets`, `1 tablet (25 mg)`; never a bare number. */
export function doseText(e: DoseSource): string | undefined {
  const a = e.doseAmount;
  if (!a) return undefined;
  const n = pieces(e);
  if (n === undefined) {
    if (a.unit === undefined || COUNT_UNIT.test(a.unit)) {
      const unit = formUnit(doseFormOf(e));
      return unit && a.high !== undefined ? `${a.value}–${count(a.high, unit)}` : undefined;
    }
    return a.high !== undefined ? `${a.value}–${a.high} ${a.unit}` : `${a.value} ${a.unit}`;
  }
  const unit = formUnit(doseFormOf(e));
  const strengths = productStrengths(e);
  const only = strengths.length === 1 ? strengths[0]?.strength : undefined;
  if (!unit) return only && n === 1 ? only : undefined;
  return only && n === 1 && unit !== 'mL' ? `${count(n, unit)} (${only})` : count(n, unit);
}

/** `2 × 10 mg` = `20 mg` (plain masses only). */
function times(n: number, strength: string): string {
  if (n === 1) return strength;
  const m = /^(\d+(?:\.\d+)?) ([a-z]+)$/i.exec(strength);
  return m ? `${Math.round(n * Number(m[1]) * 1000) / 1000} ${m[2] ?? ''}` : `${n} × ${strength}`;
}

/**
 * The amount of one ingredient a dose gives, for the timeline: a combination's ingredient its own
 * strength; a single-ingredient product its structured dose when that has a real unit.
 */
export function ingredientDose(e: DoseSource, ingredient: string): string | undefined {
  const strengths = productStrengths(e);
  const mine =
    strengths.find((s) => s.name.toLowerCase().includes(ingredient.toLowerCase())) ??
    (strengths.length === 1 ? strengths[0] : undefined);
  const a = e.doseAmount;
  const n = pieces(e);
  if (strengths.length <= 1 && a && n === undefined && a.unit && a.high === undefined)
    return `${a.value} ${a.unit}`;
  if (!mine) return undefined;
  return times(n ?? 1, mine.strength);
}

/** Route families: a move between them (tablet -> injection) is a switch, not a dose change. */
export function formFamily(e: DoseSource): string | undefined {
  const unit = formUnit(doseFormOf(e));
  if (unit === 'tablet' || unit === 'capsule') return 'oral';
  if (unit === 'mL' && /oral/i.test(doseFormOf(e) ?? '')) return 'oral';
  return unit;
}
