/** long-record (issue 16), medications: renewal chains, statuses and dose shapes as LONG_EXPECTED says. */
import type { Medication, MedicationRequest } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { buildPersona, LONG_EXPECTED } from '../src/personas';

const now = new Date('2026-12-01T12:00:00Z');
const all = buildPersona('long-record', now);
const orders = all.filter((r): r is MedicationRequest => r.resourceType === 'MedicationRequest');
const byId = new Map(orders.map((o) => [o.id, o]));
const product = (o: MedicationRequest | undefined) =>
  o?.medicationCodeableConcept?.coding?.[0]?.code ?? o?.medicationReference?.reference;
const { meds } = LONG_EXPECTED;

describe('long-record: orders', () => {
  it('has the expected numbers of orders, stopped, active, on hold', () => {
    expect(orders).toHaveLength(meds.orders);
    expect(orders.filter((o) => o.status === 'stopped')).toHaveLength(meds.stopped);
    expect(meds.stopped).toBeGreaterThanOrEqual(200);
    const active = orders.filter((o) => o.status === 'active');
    expect(active).toHaveLength(meds.statusActive);
    expect(active.filter((o) => !o.doNotPerform).map((o) => o.id)).toEqual(meds.active);
    expect(orders.filter((o) => o.status === 'on-hold').map((o) => o.id)).toEqual(meds.onHold);
  });

  it('never states an end: no validityPeriod, no boundsPeriod, anywhere', () => {
    for (const o of orders) {
      expect(o.dispenseRequest).toBeUndefined();
      for (const d of o.dosageInstruction ?? [])
        expect(d.timing?.repeat?.boundsPeriod).toBeUndefined();
    }
  });

  it.each(Object.entries(meds.chains))(
    'chain %s: %i yearly orders of one product, all but the last stopped',
    (key, length) => {
      const chain = orders.filter((o) => new RegExp(`^mr-lr-${key}-\\d{2}$`).test(o.id ?? ''));
      expect(chain).toHaveLength(length);
      expect(new Set(chain.map(product)).size).toBe(1);
      expect(chain.slice(0, -1).every((o) => o.status === 'stopped')).toBe(true);
      // About yearly: at each annual check-up, whatever day of the year it fell on.
      const t = chain.map((o) => Date.parse(o.authoredOn ?? ''));
      for (let i = 1; i < t.length; i++) {
        const days = ((t[i] ?? 0) - (t[i - 1] ?? 0)) / 86_400_000;
        expect(days).toBeGreaterThan(180);
        expect(days).toBeLessThan(550);
      }
    },
  );

  it('has a do-not-give order that is active by status only', () => {
    const dnp = byId.get(meds.doNotGive);
    expect(dnp).toMatchObject({ doNotPerform: true, status: 'active' });
  });

  it('has a unit-less dose with the strength only in the product text', () => {
    const o = byId.get(meds.unitlessDose.id);
    expect(o?.dosageInstruction?.[0]?.doseAndRate?.[0]?.doseQuantity).toEqual({ value: 1 });
    expect(o?.medicationCodeableConcept?.text).toBe(meds.unitlessDose.product);
  });

  it('references a combination Medication naming both strengths', () => {
    const combo = all.find(
      (r): r is Medication =>
        r.resourceType === 'Medication' && r.id === meds.combination.medication,
    );
    expect(combo?.code?.text).toBe(meds.combination.text);
    expect(
      combo?.ingredient?.map((i) => [i.itemCodeableConcept?.text, i.strength?.numerator?.value]),
    ).toEqual([
      ['Lisinopril', 10],
      ['Hydrochlorothiazide', 12.5],
    ]);
    expect(byId.get(meds.active[0])?.medicationReference?.reference).toBe(
      `Medication/${meds.combination.medication}`,
    );
  });

  it('changes form: tablets, then the injection of the same ingredient', () => {
    const [tablet, injection] = meds.formChange.map((id) => byId.get(id));
    expect(tablet?.medicationCodeableConcept?.text).toMatch(/^Furosemide .* Oral Tablet$/);
    const med = all.find(
      (r): r is Medication =>
        r.resourceType === 'Medication' &&
        `Medication/${r.id ?? ''}` === injection?.medicationReference?.reference,
    );
    expect(med?.ingredient?.[0]?.itemCodeableConcept?.text).toBe('Furosemide');
    expect(med?.form?.text).toMatch(/injection/i);
    expect(Date.parse(injection?.authoredOn ?? '')).toBeGreaterThan(
      Date.parse(tablet?.authoredOn ?? ''),
    );
  });

  it('carries reportedBoolean and both medication[x] forms', () => {
    expect(byId.get(meds.reported)?.reportedBoolean).toBe(true);
    expect(orders.some((o) => o.medicationReference)).toBe(true);
    expect(orders.filter((o) => o.medicationCodeableConcept).length).toBeGreaterThan(200);
  });
});
