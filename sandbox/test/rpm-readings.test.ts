/**
 * The RPM members' readings as an app reads them: severe ones, levels above goal, who entered them,
 * local morning/evening times, and the goals and antihypertensives beside them.
 */
import type { Device, Goal, MedicationRequest, Observation } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { RPM_EXPECTED } from '../src/personas/rpm';
import { idsWhere, mean, readProgram, severe } from './rpm-helpers';

const NOW = new Date('2026-11-10T15:00:00Z');
const { members, resources } = readProgram(NOW);
const active = new Set(
  [...members.keys()].filter(
    (id) =>
      !(RPM_EXPECTED.inactiveIds as readonly string[]).includes(id) &&
      !(RPM_EXPECTED.endedIds as readonly string[]).includes(id),
  ),
);
const of = <T>(type: string) => resources.filter((r) => r.resourceType === type) as T[];

describe('RPM readings', () => {
  it('has a severe reading (>= 180 or >= 120) in the last 7 days for exactly the severe ids', () => {
    expect(RPM_EXPECTED.severeIds).toHaveLength(8);
    const week = (m: typeof members extends Map<string, infer M> ? M : never) =>
      m.values.some((v) => v.daysAgo <= 7 && severe(v));
    expect(idsWhere(members, week, active)).toEqual(RPM_EXPECTED.severeIds);
    const older = idsWhere(members, (m) => !week(m) && m.values.some((v) => severe(v)), active);
    expect(older).toEqual(RPM_EXPECTED.severeOlderIds);
  });

  it('averages above 140/90 for the above-goal ids and below 130/80 for every other reader', () => {
    expect(RPM_EXPECTED.aboveGoalIds).toHaveLength(50);
    const readers = [...members.values()].filter((m) => active.has(m.id) && m.values.length > 0);
    const high = readers.filter(
      (m) => mean(m.values.map((v) => v.sys)) > 140 && mean(m.values.map((v) => v.dia)) > 90,
    );
    const low = readers.filter(
      (m) => mean(m.values.map((v) => v.sys)) < 130 && mean(m.values.map((v) => v.dia)) < 80,
    );
    expect(high.map((m) => m.id).sort()).toEqual(RPM_EXPECTED.aboveGoalIds);
    expect(low.length + high.length).toBe(readers.length);
  });

  it('marks typed-in readings with the patient as performer and cuff readings with the Device', () => {
    const only = idsWhere(members, (m) => m.values.length > 0 && m.fromDevice === 0, active);
    expect(only).toEqual(RPM_EXPECTED.patientEnteredOnlyIds);
    const mostly = idsWhere(
      members,
      (m) => m.values.length > 0 && m.typed >= 0.8 * m.values.length,
      active,
    );
    expect(mostly).toEqual(RPM_EXPECTED.mostlyPatientEnteredIds);
    expect(mostly).toHaveLength(25);
    // No reading is both, and every reading is one of them.
    for (const m of members.values()) expect(m.typed + m.fromDevice, m.id).toBe(m.values.length);
  });

  it('names a cuff Device of the same patient, and is a US Core home BP panel in mmHg', () => {
    const devices = new Map(of<Device>('Device').map((d) => [`Device/${d.id}`, d]));
    for (const o of of<Observation>('Observation')) {
      expect(o.code.coding?.[0]).toMatchObject({ system: 'http://loinc.org', code: '85354-9' });
      expect(o.category?.[0]?.coding?.[0]?.code).toBe('vital-signs');
      expect(o.extension?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe('264362003');
      expect(o.component?.[0]?.valueQuantity?.code).toBe('mm[Hg]');
      if (!o.device) continue;
      expect(o.device.display).toMatch(/^Omron .*\(cellular cuff\)$/);
      const device = devices.get(o.device.reference ?? '');
      expect(device?.patient?.reference).toBe(o.subject?.reference);
    }
    // Never-started members were sent a cuff they never used.
    for (const id of RPM_EXPECTED.neverStartedIds)
      expect(devices.has(`Device/${id}-cuff`)).toBe(true);
  });

  it('takes readings at local mornings and evenings, in three US time zones', () => {
    const zones = new Set([...members.values()].map((m) => m.timeZone));
    expect([...zones].sort()).toEqual([
      'America/Chicago',
      'America/Los_Angeles',
      'America/New_York',
    ]);
    const ny = [...members.values()].filter((m) => m.timeZone === 'America/New_York').length;
    expect(ny).toBeGreaterThan(125);
    for (const m of members.values()) {
      for (const h of m.hours) expect([6, 7, 8, 20, 21, 22], m.id).toContain(h);
    }
  });

  it('gives some a structured BP goal and 0-3 active antihypertensives (RxNorm), plus stopped orders', () => {
    const goals = of<Goal>('Goal');
    expect(goals.length).toBeGreaterThan(50);
    const texts = new Set(goals.map((g) => g.description.text));
    expect([...texts].sort()).toEqual([
      'Blood pressure below 130/80',
      'Blood pressure below 140/90',
    ]);
    const meds = of<MedicationRequest>('MedicationRequest');
    const activeBy = new Map<string, number>();
    for (const r of meds) {
      expect(r.medicationCodeableConcept?.coding?.[0]?.system).toBe(
        'http://www.nlm.nih.gov/research/umls/rxnorm',
      );
      if (r.status !== 'active') continue;
      const id = r.subject.reference ?? '';
      activeBy.set(id, (activeBy.get(id) ?? 0) + 1);
    }
    expect(Math.max(...activeBy.values())).toBe(3);
    expect(activeBy.size).toBeLessThan(250);
    expect(meds.some((r) => r.status === 'stopped')).toBe(true);
  });
});
