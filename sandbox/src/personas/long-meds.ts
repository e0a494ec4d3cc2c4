/**
 * long-record, medications: ~30 years of orders. Chronic products are re-ordered at each annual
 * check-up, every earlier order `stopped` with no end date (the renewal chain is one course); the
 * last of four chains is still `active` although the patient died. Short courses (antibiotics,
 * analgesics) at symptom visits make up the bulk: 200+ stopped orders in all. Also: a combination
 * product by medicationReference (a Medication with both strengths), a tablet-to-injection form
 * change, an on-hold order, a do-not-give order (`doNotPerform`, status active) and `reportedBoolean`.
 */
import type { Encounter, MedicationRequest, Resource } from 'fhir/r4';
import { isoLocal, localTime } from './bp-time';
import { medication, oneTablet, order, rx } from './long-meds-build';
import { ACUTE, LONG_CHAINS, type Chain } from './long-meds-chains';
import {
  DECEASED_DAYS,
  LAST_VISIT_DAYS,
  LONG_PATIENT,
  SYMPTOM,
  longVisits,
  visitEncounter,
  type Visit,
} from './long-visits';
import type { PersonaContext } from './types';

export const LONG_COMBINATION = {
  id: 'med-lr-lisinopril-hctz',
  code: '197885',
  display: 'hydrochlorothiazide 12.5 MG / lisinopril 10 MG Oral Tablet',
  text: 'Lisinopril 10 MG / Hydrochlorothiazide 12.5 MG Oral Tablet',
} as const;
const FUROSEMIDE_INJECTION = {
  id: 'med-lr-furosemide-injection',
  code: '1719286',
  display: 'furosemide 10 MG/ML Injectable Solution',
} as const;

const pad = (n: number) => String(n).padStart(2, '0');

function chainOrders(ctx: PersonaContext, chain: Chain, annual: Map<number, Visit>) {
  const out: MedicationRequest[] = [];
  for (let y = chain.from, n = 1; y >= chain.to; y--, n++) {
    const visit = annual.get(y);
    if (!visit) continue;
    const medication =
      chain.product === 'combination'
        ? { medicationReference: { reference: `Medication/${LONG_COMBINATION.id}` } }
        : { medicationCodeableConcept: rx(chain.product) };
    out.push(
      order({
        id: `mr-lr-${chain.key}-${pad(n)}`,
        status: y === chain.to ? chain.last : 'stopped',
        medication,
        authoredOn: isoLocal(visit.t + 20 * 60_000, ctx.timeZone),
        encounter: visit.id,
        ...(chain.extra ? { extra: chain.extra } : {}),
      }),
    );
  }
  return out;
}

/** The last admission, ending at the death. */
function inpatient(ctx: PersonaContext, at: (days: number, h: number) => number): Encounter {
  return {
    resourceType: 'Encounter',
    id: 'enc-lr-inpatient',
    status: 'finished',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP' },
    subject: { reference: `Patient/${LONG_PATIENT}` },
    period: {
      start: isoLocal(at(DECEASED_DAYS + 9, 22), ctx.timeZone),
      end: isoLocal(at(DECEASED_DAYS, 3), ctx.timeZone),
    },
  };
}

export function longRecordMeds(ctx: PersonaContext): Resource[] {
  const visits = longVisits(ctx);
  const annual = new Map(visits.filter((v) => v.annual).map((v) => [v.year, v]));
  const at = (days: number, h: number) => localTime(ctx.now, days, h, 15, ctx.timeZone);
  const out: Resource[] = [
    medication(
      LONG_COMBINATION.id,
      LONG_COMBINATION,
      { code: '385055001', display: 'Tablet' },
      { value: 1, unit: 'tablet', code: '{tbl}' },
      [
        { code: '29046', display: 'Lisinopril', mg: 10 },
        { code: '5487', display: 'Hydrochlorothiazide', mg: 12.5 },
      ],
    ),
    medication(
      FUROSEMIDE_INJECTION.id,
      FUROSEMIDE_INJECTION,
      { code: '385219001', display: 'Solution for injection' },
      { value: 1, unit: 'mL', code: 'mL' },
      [{ code: '4603', display: 'Furosemide', mg: 10 }],
    ),
  ];
  for (const chain of LONG_CHAINS) out.push(...chainOrders(ctx, chain, annual));

  // Short courses at symptom visits, a few a year.
  let s = 0;
  for (let y = 30; y >= 5; y--) {
    const count = ctx.rng.int(4, 7);
    for (let k = 0; k < count; k++) {
      const days = Math.max(Math.ceil(y * 365.25) + ctx.rng.int(5, 360), LAST_VISIT_DAYS + 30);
      const t = at(days, ctx.rng.int(9, 17));
      const id = `enc-lr-s-${String(++s).padStart(4, '0')}`;
      const product = ctx.rng.pick(ACUTE);
      out.push(visitEncounter(ctx, id, t, SYMPTOM));
      out.push(
        order({
          id: `mr-lr-acute-${String(s).padStart(4, '0')}`,
          status: 'stopped',
          medication: { medicationCodeableConcept: rx(product) },
          authoredOn: isoLocal(t + 25 * 60_000, ctx.timeZone),
          encounter: id,
          dosage: oneTablet(product.perDay, product.asNeeded),
        }),
      );
    }
  }

  // Medication not requested (quality-measure style): never therapy, whatever its status says.
  const low = visits.reduce((a, v) => (Math.abs(v.days - 2400) < Math.abs(a.days - 2400) ? v : a));
  out.push(
    order({
      id: 'mr-lr-dnp-spironolactone',
      status: 'active',
      medication: {
        medicationCodeableConcept: rx({
          code: '313096',
          display: 'Spironolactone 25 MG Oral Tablet',
        }),
      },
      authoredOn: isoLocal(low.t + 30 * 60_000, ctx.timeZone),
      encounter: low.id,
      extra: { doNotPerform: true, reasonCode: [{ text: 'Potassium at the upper limit' }] },
    }),
  );

  // Form change: furosemide tablets at the last visit, then the injection in hospital before death.
  const last = visits.at(-1);
  out.push(
    order({
      id: 'mr-lr-furosemide-tablet',
      status: 'stopped',
      medication: {
        medicationCodeableConcept: rx({ code: '313988', display: 'Furosemide 40 MG Oral Tablet' }),
      },
      authoredOn: isoLocal((last?.t ?? at(LAST_VISIT_DAYS, 10)) + 25 * 60_000, ctx.timeZone),
      ...(last ? { encounter: last.id } : {}),
    }),
    inpatient(ctx, at),
    order({
      id: 'mr-lr-furosemide-injection',
      status: 'stopped',
      medication: { medicationReference: { reference: `Medication/${FUROSEMIDE_INJECTION.id}` } },
      authoredOn: isoLocal(at(DECEASED_DAYS + 8, 1), ctx.timeZone),
      encounter: 'enc-lr-inpatient',
      dosage: {
        sequence: 1,
        text: '40 mg IV twice daily',
        timing: { repeat: { frequency: 2, period: 1, periodUnit: 'd' } },
        route: {
          coding: [
            { system: 'http://snomed.info/sct', code: '47625008', display: 'Intravenous route' },
          ],
        },
        doseAndRate: [
          {
            doseQuantity: {
              value: 40,
              unit: 'mg',
              system: 'http://unitsofmeasure.org',
              code: 'mg',
            },
          },
        ],
      },
    }),
  );
  return out;
}
