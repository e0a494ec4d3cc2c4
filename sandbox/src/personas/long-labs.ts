/**
 * long-record, labs: a metabolic panel at each annual check-up for 20 years, lipids every third year,
 * a blood count every fourth, HbA1c once on metformin, and a last panel at the last visit whose values
 * are the raw floats exports carry (`71.40235581947213`). Most results have no range and no flag; a
 * few carry interpretation codes beyond H/L (`B`, `W`, `U`, `D`, `IND`, `HH`). Outside results come
 * with a date only, a month only or a year only; one is a string, one coded, one absent.
 */
import type { Observation, Resource } from 'fhir/r4';
import { isoLocal, localTime } from './bp-time';
import { LAB, longLab, type Analyte, type LongLab } from './long-labs-build';
import { issuedAt, longVisits, type Visit } from './long-visits';
import type { PersonaContext } from './types';

/** The last panel (at the last visit), shown to each analyte's precision by a correct reader. */
export const LONG_LAST_LABS = {
  egfr: { id: 'lab-lr-last-egfr', value: 71.40235581947213, shown: '71', unit: 'mL/min/{1.73_m2}' },
  potassium: { id: 'lab-lr-last-potassium', value: 4.0193820458122, shown: '4.0', unit: 'mmol/L' },
  creatinine: { id: 'lab-lr-last-creatinine', value: 0.84512, shown: '0.85', unit: 'mg/dL' },
  sodium: { id: 'lab-lr-last-sodium', value: 139.61852906271815, shown: '140', unit: 'mmol/L' },
} as const;

/** Days before now of the outside results with partial dates. */
export const LONG_PARTIAL_DAYS = { day: 2700, month: 3180, year: 3500 } as const;

/** Interpretations beyond H/L, by lab id (the value is the code sent). */
export const LONG_INTERPRETATIONS = {
  'lab-lr-hba1c-09': 'B',
  'lab-lr-creatinine-07': 'W',
  'lab-lr-potassium-06': 'U',
  'lab-lr-egfr-08': 'D',
  'lab-lr-urine-protein': 'IND',
  'lab-lr-potassium-18': 'HH',
} as const;

const yy = (n: number) => String(n).padStart(2, '0');

export function longRecordLabs(ctx: PersonaContext): Resource[] {
  const { rng, timeZone } = ctx;
  const visits = longVisits(ctx);
  const out: Observation[] = [];
  const flags = LONG_INTERPRETATIONS as Record<string, string>;
  const add = (l: LongLab) => {
    const flag = flags[l.id];
    out.push(longLab(flag ? { ...l, interpretation: flag } : l));
  };
  const at = (v: Visit) => ({
    effective: isoLocal(v.t + 35 * 60_000, timeZone),
    issued: issuedAt(v.t + 26 * 3_600_000 + rng.int(0, 3_599_999), timeZone),
    encounter: v.id,
  });

  for (const v of visits.filter((x) => x.annual && x.year <= 24)) {
    const y = v.year;
    const when = at(v);
    const lab = (key: string, analyte: Analyte, value: number, extra: Partial<LongLab> = {}) => {
      add({ id: `lab-lr-${key}-${yy(y)}`, analyte, value, ...when, ...extra });
    };
    // An older lab system reported whole-blood codes for a few years.
    const blood = y >= 19 && y <= 21;
    lab('glucose', blood ? LAB.glucoseBlood : LAB.glucose, rng.normal(104, 9));
    lab('bun', blood ? LAB.bunBlood : LAB.bun, rng.normal(17, 3));
    const creatinine = rng.normal(0.82, 0.06);
    lab('creatinine', blood ? LAB.creatinineBlood : LAB.creatinine, y === 7 ? 1.12 : creatinine);
    lab('sodium', LAB.sodium, rng.normal(139, 1.8));
    if (y === 18) {
      // A hospital lab: range and flag sent, potassium critically high.
      lab('potassium', LAB.potassium, 6.4, { range: { low: 3.5, high: 5.1 } });
    } else if (y === 11) {
      add({
        id: `lab-lr-potassium-${yy(y)}`,
        analyte: LAB.potassium,
        ...when,
        other: {
          dataAbsentReason: {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
                code: 'error',
                display: 'Error',
              },
            ],
          },
          note: [{ text: 'Specimen hemolyzed' }],
        },
      });
    } else {
      const value = y === 6 ? 5.3 : rng.normal(4.3, 0.25);
      lab('potassium', blood ? LAB.potassiumBlood : LAB.potassium, value);
    }
    lab('chloride', LAB.chloride, rng.normal(103, 2));
    lab('co2', LAB.co2, rng.normal(26, 1.5));
    const egfr = y >= 13 ? LAB.egfrMdrd : y >= 8 ? LAB.egfrCkdEpi : LAB.egfr2021;
    const gfr = rng.normal(78 - (24 - y) * 0.4, 4);
    lab('egfr', egfr, y === 8 ? 58.29188133120583 : gfr);
    if (y % 3 === 0) {
      lab('cholesterol', LAB.cholesterol, rng.normal(y > 16 ? 231 : 182, 12));
      lab('ldl', LAB.ldl, rng.normal(y > 16 ? 148 : 98, 10));
      lab('hdl', LAB.hdl, rng.normal(54, 5));
      lab('triglycerides', LAB.triglycerides, rng.normal(142, 25));
    }
    if (y % 4 === 0) {
      lab('hemoglobin', LAB.hemoglobin, rng.normal(13.1, 0.6));
      lab('wbc', LAB.wbc, rng.normal(6.8, 1.1));
      lab('rbc', LAB.rbc, rng.normal(4.4, 0.25));
      lab('mcv', LAB.mcv, rng.normal(90, 3));
      lab('mch', LAB.mch, rng.normal(29.5, 1.2));
      lab('platelets', LAB.platelets, rng.normal(245, 30));
    }
    if (y <= 13) lab('hba1c', LAB.hba1c, y === 9 ? 6.4 : rng.normal(6.9, 0.3));
  }

  const last = visits.at(-1);
  if (last) {
    const when = at(last);
    for (const [key, analyte] of [
      ['egfr', LAB.egfr2021],
      ['potassium', LAB.potassium],
      ['creatinine', LAB.creatinine],
      ['sodium', LAB.sodium],
    ] as const) {
      const fixed = LONG_LAST_LABS[key];
      add({ id: fixed.id, analyte, value: fixed.value, ...when });
    }
  }

  // Outside results typed in from paper: a date only, a month only, a year only.
  const local = (days: number) => isoLocal(localTime(ctx.now, days, 12, 0, timeZone), timeZone);
  add({
    id: 'lab-lr-outside-egfr',
    analyte: LAB.egfrCkdEpi,
    effective: local(LONG_PARTIAL_DAYS.day).slice(0, 10),
    value: 66,
  });
  add({
    id: 'lab-lr-outside-hba1c',
    analyte: LAB.hba1c,
    effective: local(LONG_PARTIAL_DAYS.month).slice(0, 7),
    value: 7.1,
  });
  add({
    id: 'lab-lr-outside-cholesterol',
    analyte: LAB.cholesterol,
    effective: local(LONG_PARTIAL_DAYS.year).slice(0, 4),
    value: 204,
  });
  const strip = visits.find((v) => v.annual && v.year === 10);
  if (strip) {
    add({
      id: 'lab-lr-urine-protein',
      analyte: LAB.urineProtein,
      ...at(strip),
      other: { valueString: 'Trace' },
    });
    add({
      id: 'lab-lr-urine-protein-coded',
      analyte: LAB.urineProtein,
      ...at(strip),
      other: {
        valueCodeableConcept: {
          coding: [{ system: 'http://snomed.info/sct', code: '260385009', display: 'Negative' }],
          text: 'Negative',
        },
      },
    });
  }
  return out;
}
