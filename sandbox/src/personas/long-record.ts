/**
 * long-record (tracker issue 16): a long, old chart shaped like a synthetic-population export and the
 * US Core reference patients. Most of it ends years before `now`: office-only BP for decades up to
 * ~5 years ago, a death ~4 years ago with orders still active, 200+ stopped orders in renewal chains,
 * labs as raw floats without ranges. `LONG_EXPECTED` says what a correct reader makes of it (the
 * sandbox tests check the data against it; the app's tests and e2e can use it).
 */
import { LONG_BP_FIXED, bpId } from './long-bp';
import { LONG_INTERPRETATIONS, LONG_LAST_LABS, LONG_PARTIAL_DAYS } from './long-labs';
import { LONG_COMBINATION } from './long-meds';
import { DECEASED_DAYS, LAST_VISIT_DAYS } from './long-visits';

export { longRecordBp } from './long-bp';
export { longRecordLabs } from './long-labs';
export { longRecordMeds } from './long-meds';
export { longRecordPatient } from './long-patient';

/** Number of office visits (Encounters with a BP panel) in the fixed schedule. */
const VISITS = 77;

export const LONG_EXPECTED = {
  patient: {
    id: 'long-record',
    /** Given names as sent (digits appended), the family name accented. */
    given: ['Anna123', 'Rosa45'],
    family: 'Lefèvre',
    birthDate: '1938-09-03',
    identifierTypes: ['MR', 'SS', 'DL', 'PPN'],
    /** `deceasedDateTime` is this many days before now (after the last BP): no age past it. */
    deceasedDaysAgo: DECEASED_DAYS,
  },
  bp: {
    /** Every panel is office (its Encounter's class is AMB); none has the setting extension. */
    setting: 'office',
    panels: VISITS,
    /** All but the one whose systolic is absent (dataAbsentReason). */
    readable: VISITS - 1,
    unreadable: { 'bp-lr-0067': 'missing-component' },
    latest: {
      id: bpId(VISITS - 1),
      systolic: LONG_BP_FIXED.latest.systolic,
      diastolic: LONG_BP_FIXED.latest.diastolic,
      daysAgo: LAST_VISIT_DAYS,
      /** `ageText` of its date. */
      age: '5 years ago',
    },
    severe: { id: 'bp-lr-0043', ...LONG_BP_FIXED.severe },
    lowDiastolic: { id: 'bp-lr-0075', ...LONG_BP_FIXED.low },
    /** Panels carrying both 85354-9 and the average code 96607-7. */
    bothCodes: [
      'bp-lr-0006',
      'bp-lr-0017',
      'bp-lr-0028',
      'bp-lr-0039',
      'bp-lr-0050',
      'bp-lr-0061',
      'bp-lr-0072',
    ],
    /** A 90-day window around now is empty. */
    inLast90Days: 0,
  },
  meds: {
    /** MedicationRequests in all (every one with no end date). */
    orders: 233,
    stopped: 227,
    /** Orders with `status: active`, the do-not-give one included. */
    statusActive: 5,
    /** Still `active` although the patient died: the last order of four renewal chains. */
    active: [
      'mr-lr-lisinopril-hctz-10',
      'mr-lr-amlodipine-08',
      'mr-lr-atorvastatin-12',
      'mr-lr-levothyroxine-16',
    ],
    onHold: ['mr-lr-metformin-08'],
    /** `doNotPerform: true`, `status: active`: never therapy. */
    doNotGive: 'mr-lr-dnp-spironolactone',
    /** medicationReference to a Medication naming both ingredients' strengths. */
    combination: { medication: LONG_COMBINATION.id, text: LONG_COMBINATION.text },
    /** Unit-less dose `{ value: 1 }`: the strength is only in the product text. */
    unitlessDose: { id: 'mr-lr-hctz-01', product: 'Hydrochlorothiazide 25 MG Oral Tablet' },
    /** The same ingredient as a tablet, then as an injection. */
    formChange: ['mr-lr-furosemide-tablet', 'mr-lr-furosemide-injection'],
    reported: 'mr-lr-levothyroxine-01',
    /** Renewal chains: the same product re-ordered yearly, one course each. */
    chains: {
      simvastatin: 14,
      hctz: 10,
      lisinopril: 7,
      'lisinopril-hctz': 10,
      amlodipine: 8,
      metoprolol: 4,
      atorvastatin: 12,
      levothyroxine: 16,
      metformin: 8,
    },
  },
  labs: {
    /** The latest value of each, and how a correct reader shows it (the analyte's precision). */
    latest: LONG_LAST_LABS,
    interpretations: LONG_INTERPRETATIONS,
    partialDates: {
      'lab-lr-outside-egfr': { precision: 'day', daysAgo: LONG_PARTIAL_DAYS.day },
      'lab-lr-outside-hba1c': { precision: 'month', daysAgo: LONG_PARTIAL_DAYS.month },
      'lab-lr-outside-cholesterol': { precision: 'year', daysAgo: LONG_PARTIAL_DAYS.year },
    },
    /** The same analyte under several LOINC codes. */
    sameAnalyte: {
      creatinine: ['2160-0', '38483-4'],
      potassium: ['2823-3', '6298-4'],
      egfr: ['33914-3', '62238-1', '98979-8'],
      glucose: ['2345-7', '2339-0'],
      bun: ['3094-0', '6299-2'],
    },
    absent: 'lab-lr-potassium-11',
  },
} as const;
