/**
 * long-record, blood pressure: decades of sparse office-only readings, the way a synthetic-population
 * export or an old EHR sends them. `85354-9` panels with the diastolic component listed first, values
 * as integers and sometimes floats, an `encounter` reference to an `AMB` Encounter and no
 * measurement-setting extension (the setting is known only through Encounter.class). A few panels
 * also carry the average code `96607-7`; one has a component absent with a dataAbsentReason. The
 * readings rise with age, fall once treated, and stop at the last visit ~5 years before now.
 */
import type { Observation, ObservationComponent, Resource } from 'fhir/r4';
import { DIASTOLIC_CODE, LOINC, SYSTOLIC_CODE, VITAL_SIGNS, mmHg } from './bp-build';
import { isoLocal } from './bp-time';
import {
  CHECK_UP,
  FOLLOW_UP,
  LONG_PATIENT,
  issuedAt,
  longVisits,
  visitEncounter,
  type Visit,
} from './long-visits';
import type { PersonaContext } from './types';

/** Readings that matter, at fixed visits (days before now), whatever the random stream draws. */
export const LONG_BP_FIXED = {
  /** The latest reading: the last office visit. */
  latest: { days: 1886, systolic: 142, diastolic: 88 },
  /** An old severe reading (>180 and >120), at the visit nearest 6,300 days (~17 years) ago. */
  severe: { systolic: 192, diastolic: 124 },
  /** Over-treated: diastolic 44, at the visit nearest 2,400 days ago. */
  low: { systolic: 104, diastolic: 44 },
} as const;

const BOTH_CODES_EVERY = 11;

const PANEL = {
  coding: [
    { system: LOINC, code: '85354-9', display: 'Blood pressure panel with all children optional' },
  ],
  text: 'Blood pressure panel with all children optional',
};
const PANEL_AND_AVERAGE = {
  coding: [
    ...PANEL.coding,
    {
      system: LOINC,
      code: '96607-7',
      display: 'Blood pressure panel mean systolic and mean diastolic',
    },
  ],
  text: 'Blood pressure panel with all children optional',
};

const DATA_ABSENT = 'http://terminology.hl7.org/CodeSystem/data-absent-reason';

export const bpId = (i: number) => `bp-lr-${String(i + 1).padStart(4, '0')}`;

/** Index of the visit whose reading is severe / low (fixed positions in the fixed schedule). */
export function specialVisits(visits: readonly Visit[]) {
  const near = (days: number) =>
    visits.reduce(
      (best, v, i) =>
        Math.abs(v.days - days) < Math.abs((visits[best]?.days ?? Infinity) - days) ? i : best,
      0,
    );
  return {
    severe: near(6300),
    low: near(2400),
    absent: near(3300),
    latest: visits.length - 1,
  };
}

/** Untreated drift with age until treatment ~24 years ago, then controlled-ish with noise. */
function drawn(ctx: PersonaContext, v: Visit): { systolic: number; diastolic: number } {
  const treated = v.days < 24 * 365.25;
  const sys = treated ? ctx.rng.normal(136, 9) : 128 + (30 - v.year) * 1.6 + ctx.rng.normal(0, 7);
  const dia = treated ? ctx.rng.normal(80, 6) : 80 + (30 - v.year) * 0.6 + ctx.rng.normal(0, 5);
  const float = ctx.rng.next() < 0.2;
  const shape = (x: number) => (float ? Math.round(x * 10) / 10 : Math.round(x));
  return { systolic: shape(sys), diastolic: shape(dia) };
}

export function longRecordBp(ctx: PersonaContext): Resource[] {
  const visits = longVisits(ctx);
  const special = specialVisits(visits);
  const out: Resource[] = [];
  visits.forEach((v, i) => {
    out.push(visitEncounter(ctx, v.id, v.t, v.annual ? CHECK_UP : FOLLOW_UP));
    const random = drawn(ctx, v);
    const fixed =
      i === special.latest
        ? LONG_BP_FIXED.latest
        : i === special.severe
          ? LONG_BP_FIXED.severe
          : i === special.low
            ? LONG_BP_FIXED.low
            : random;
    const components: ObservationComponent[] = [
      { code: DIASTOLIC_CODE, valueQuantity: mmHg(fixed.diastolic) },
      { code: SYSTOLIC_CODE, valueQuantity: mmHg(fixed.systolic) },
    ];
    if (i === special.absent) {
      components[1] = {
        code: SYSTOLIC_CODE,
        dataAbsentReason: {
          coding: [{ system: DATA_ABSENT, code: 'error', display: 'Error' }],
          text: 'Cuff deflated before reading',
        },
      };
    }
    const t = v.t + 4 * 60_000;
    const obs: Observation = {
      resourceType: 'Observation',
      id: bpId(i),
      status: 'final',
      category: VITAL_SIGNS,
      code: i % BOTH_CODES_EVERY === 5 ? PANEL_AND_AVERAGE : PANEL,
      subject: { reference: `Patient/${LONG_PATIENT}` },
      encounter: { reference: `Encounter/${v.id}` },
      effectiveDateTime: isoLocal(t, ctx.timeZone),
      issued: issuedAt(t + 1000 * ctx.rng.int(5, 300) + ctx.rng.int(0, 999), ctx.timeZone),
      component: components,
    };
    out.push(obs);
  });
  return out;
}
