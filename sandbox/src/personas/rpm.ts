/**
 * The remote-monitoring program (`Group/rpm-program`, managed by practitioner-1): 250 generated
 * members with 30-60 days of home cuff readings of varied adherence, goals and antihypertensives.
 * Deterministic for a given `now` (each member's parts have their own seeded stream). Pure.
 */
import type { Resource } from 'fhir/r4';
import { createRng, seedOf } from './random';
import { rpmGoal, rpmMeds } from './rpm-care';
import { rpmCuff, rpmGroup, rpmPatient } from './rpm-people';
import { RPM_MEMBERS } from './rpm-plan';
import { rpmReadings } from './rpm-readings';

export { RPM_EXPECTED } from './rpm-expected';
export { isRpmPatient, RPM_GROUP_ID } from './rpm-plan';

/** The Group first, then per member: Patient, cuff (if sent one), readings, goal, medications. */
export function buildRpmProgram(now: Date): Resource[] {
  const patients = RPM_MEMBERS.map(rpmPatient);
  const out: Resource[] = [rpmGroup(now, patients)];
  for (const [i, m] of RPM_MEMBERS.entries()) {
    const patient = patients[i];
    if (!patient) continue;
    out.push(patient);
    if (m.source !== 'patient-only') out.push(rpmCuff(m));
    out.push(...rpmReadings(m, now, createRng(seedOf(`${m.id}:bp`))));
    out.push(...rpmGoal(m, patient, now));
    out.push(...rpmMeds(m, now, createRng(seedOf(`${m.id}:meds`))));
  }
  return out;
}
