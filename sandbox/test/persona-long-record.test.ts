/** long-record (issue 16): deterministic, shaped as LONG_EXPECTED says, served, and valid as posted. */
import type { Encounter, Observation, Patient, Resource } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { createFhirService } from '../src/fhir/service';
import { validateObservation } from '../src/fhir/validate';
import type { Json } from '../src/fhir/json';
import { buildPersona, LONG_EXPECTED } from '../src/personas';
import { ids, OPEN, walk } from './fhir-helpers';

const now = new Date('2026-12-01T12:00:00Z');
const DAY = 86_400_000;
const all = buildPersona('long-record', now);
const of = <T extends Resource>(type: T['resourceType']) =>
  all.filter((r): r is T => r.resourceType === type);
const observations = of<Observation>('Observation');
const isVital = (o: Observation) => o.category?.[0]?.coding?.[0]?.code === 'vital-signs';
const bp = observations.filter(isVital);
const labs = observations.filter((o) => !isVital(o));
const daysBefore = (iso: string | undefined) => (now.getTime() - Date.parse(iso ?? '')) / DAY;

describe('long-record: built', () => {
  it('is deterministic, and its counts and ids do not depend on now', () => {
    expect(JSON.stringify(buildPersona('long-record', now))).toBe(JSON.stringify(all));
    const later = buildPersona('long-record', new Date('2031-03-15T02:00:00Z'));
    expect(later.map((r) => `${r.resourceType}/${r.id ?? ''}`)).toEqual(
      all.map((r) => `${r.resourceType}/${r.id ?? ''}`),
    );
  });

  it('has a Patient as exports send it, dead after the last reading', () => {
    const p = all[0] as Patient;
    expect(p.id).toBe('long-record');
    expect(p.name?.[0]?.given).toEqual(LONG_EXPECTED.patient.given);
    expect(p.name?.[0]?.family).toBe('Lefèvre');
    expect(p.identifier?.map((i) => i.type?.coding?.[0]?.code)).toEqual(
      LONG_EXPECTED.patient.identifierTypes,
    );
    expect(p.extension?.map((e) => e.url.split('/').at(-1))).toEqual(
      expect.arrayContaining(['us-core-race', 'us-core-ethnicity', 'us-core-birthsex']),
    );
    expect(p.address?.[0]?.extension?.[0]?.url).toBe(
      'http://hl7.org/fhir/StructureDefinition/geolocation',
    );
    const died = daysBefore(p.deceasedDateTime);
    expect(Math.round(died)).toBe(LONG_EXPECTED.patient.deceasedDaysAgo);
    expect(died).toBeLessThan(Math.min(...bp.map((o) => daysBefore(o.effectiveDateTime))));
  });

  it('has decades of sparse office BP, diastolic first, ending with the expected latest reading', () => {
    expect(bp).toHaveLength(LONG_EXPECTED.bp.panels);
    const encounters = new Map(of<Encounter>('Encounter').map((e) => [e.id, e]));
    const perYear = new Map<string, number>();
    for (const o of bp) {
      expect(o.extension).toBeUndefined();
      expect(o.component?.[0]?.code.coding?.[0]?.code).toBe('8462-4');
      const enc = encounters.get(o.encounter?.reference?.replace('Encounter/', ''));
      expect(enc?.class.code).toBe('AMB');
      // A few a year: counted per year before now (the schedule's own years).
      const year = String(Math.floor(daysBefore(o.effectiveDateTime) / 365.25));
      perYear.set(year, (perYear.get(year) ?? 0) + 1);
    }
    expect(Math.max(...perYear.values())).toBeLessThanOrEqual(4);
    expect(perYear.size).toBeGreaterThanOrEqual(25);
    expect(bp.filter((o) => daysBefore(o.effectiveDateTime) < 90)).toHaveLength(0);
    const newest = bp.reduce((a, b) =>
      Date.parse(a.effectiveDateTime ?? '') > Date.parse(b.effectiveDateTime ?? '') ? a : b,
    );
    const { latest } = LONG_EXPECTED.bp;
    expect(newest.id).toBe(latest.id);
    expect(Math.round(daysBefore(newest.effectiveDateTime))).toBe(latest.daysAgo);
    expect(newest.component?.map((c) => c.valueQuantity?.value)).toEqual([
      latest.diastolic,
      latest.systolic,
    ]);
    expect(
      bp.some((o) => o.component?.some((c) => !Number.isInteger(c.valueQuantity?.value))),
    ).toBe(true);
  });

  it('has the severe, the low, the absent and the doubly coded panels where LONG_EXPECTED says', () => {
    const byId = new Map(bp.map((o) => [o.id, o]));
    const values = (id: string) => byId.get(id)?.component?.map((c) => c.valueQuantity?.value);
    const { severe, lowDiastolic, unreadable, bothCodes } = LONG_EXPECTED.bp;
    expect(values(severe.id)).toEqual([severe.diastolic, severe.systolic]);
    expect(values(lowDiastolic.id)).toEqual([lowDiastolic.diastolic, lowDiastolic.systolic]);
    const absent = bp.filter((o) => o.component?.some((c) => c.dataAbsentReason));
    expect(absent.map((o) => o.id)).toEqual(Object.keys(unreadable));
    const doubly = bp.filter((o) => o.code.coding?.some((c) => c.code === '96607-7'));
    expect(doubly.map((o) => o.id)).toEqual(bothCodes);
    for (const o of doubly) expect(o.code.coding?.map((c) => c.code)).toContain('85354-9');
  });

  it('has labs as raw floats, mostly without range or flag, under several codes and partial dates', () => {
    const byId = new Map(labs.map((o) => [o.id, o]));
    for (const l of Object.values(LONG_EXPECTED.labs.latest)) {
      expect(byId.get(l.id)?.valueQuantity).toMatchObject({ value: l.value, code: l.unit });
    }
    expect(byId.get('lab-lr-last-egfr')?.valueQuantity?.value).toBe(71.40235581947213);
    const bare = labs.filter((o) => !o.referenceRange && !o.interpretation);
    expect(bare.length / labs.length).toBeGreaterThan(0.9);
    for (const [id, code] of Object.entries(LONG_EXPECTED.labs.interpretations)) {
      expect(byId.get(id)?.interpretation?.[0]?.coding?.[0]?.code).toBe(code);
    }
    const shapes = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };
    for (const [id, p] of Object.entries(LONG_EXPECTED.labs.partialDates)) {
      expect(byId.get(id)?.effectiveDateTime).toMatch(shapes[p.precision]);
    }
    const codes = new Set(labs.map((o) => o.code.coding?.[0]?.code));
    for (const list of Object.values(LONG_EXPECTED.labs.sameAnalyte))
      for (const code of list) expect(codes).toContain(code);
    expect(byId.get(LONG_EXPECTED.labs.absent)?.dataAbsentReason).toBeDefined();
    const units = new Set(labs.map((o) => o.valueQuantity?.code));
    for (const u of ['mg/dL', 'mmol/L', 'mL/min/{1.73_m2}', '10*3/uL', '10*6/uL', 'fL', 'pg', '%'])
      expect(units).toContain(u);
  });

  it('passes the sandbox validation of a posted Observation, every one', () => {
    for (const o of observations) {
      expect([
        o.id,
        validateObservation(o as unknown as Json, (id) => id === 'long-record'),
      ]).toEqual([o.id, []]);
    }
  });
});

describe('long-record: served', () => {
  it('answers searches by patient with every resource, and includes the referenced Medications', async () => {
    const service = await createFhirService({ now });
    const count = async (path: string) =>
      (await walk(service, `${path}&_count=1000`, OPEN)).flatMap((p) => ids(p));
    expect(await count('Observation?patient=long-record')).toHaveLength(observations.length);
    expect(
      await count('Observation?patient=long-record&code=http://loinc.org|85354-9'),
    ).toHaveLength(LONG_EXPECTED.bp.panels);
    expect(
      await count('Observation?patient=long-record&date=ge' + now.toISOString().slice(0, 4)),
    ).toHaveLength(0);
    const orders = await count('MedicationRequest?patient=long-record');
    expect(orders).toHaveLength(LONG_EXPECTED.meds.orders);
    expect(await count('MedicationRequest?patient=long-record&status=stopped')).toHaveLength(
      LONG_EXPECTED.meds.stopped,
    );
    expect(await count('Encounter?patient=long-record')).toHaveLength(of('Encounter').length);
    const pages = await walk(
      service,
      'MedicationRequest?patient=long-record&_include=MedicationRequest:medication&_count=1000',
      OPEN,
    );
    expect(pages.flatMap((p) => ids(p, 'include')).sort()).toEqual([
      'med-lr-furosemide-injection',
      'med-lr-lisinopril-hctz',
    ]);
  });
});
