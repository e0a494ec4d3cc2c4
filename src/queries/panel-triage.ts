/**
 * Triage of every panel member from that member's own data (issue 14), with the dashboard's readers and
 * rules: one BP search per patient (`date` ≥ 31 days ago, newest first, `_count`), goals and medications
 * in batches of patients (panel-care.ts), then `triagePatient`. Members are triaged a few at a time (bounded
 * concurrency), each result handed over as it arrives so the list fills in while the rest load.
 */
import { countActiveAntihypertensives } from '../clinical/antihypertensives';
import { addLocalDays, localDayKey } from '../clinical/time';
import { type PatientTriage, triagePatient } from '../clinical/rpm-triage';
import { type PatientZone, patientZone } from '../clinical/rpm-zone';
import type { ClinicalConfig } from '../config';
import { endsSession, type FhirError, type FhirGateway } from '../smart/types';
import { fetchBloodPressure } from './blood-pressure-fetch';
import { goalFromSources } from './goal';
import { loadCare, type MemberCare } from './panel-care';
import type { PanelMember } from './panel-members';
import { pooled } from './pool';

/** Patients whose readings are searched at once (goals and medications come in batches beside them). */
export const PANEL_CONCURRENCY = 4;
/** 30 days of an RPM period plus the day before it (a period may start 30 local days back). */
const LOOK_BACK_DAYS = 31;

export type MemberOutcome =
  | { ok: true; triage: PatientTriage; notes: string[]; zone: PatientZone }
  | { ok: false; error: FhirError };

export interface TriageContext {
  gateway: FhirGateway;
  serverUrl: string;
  grantedScopes: readonly string[];
  practiceGoal: ClinicalConfig['officeGoal'];
  now: number;
  timeZone: string;
}

const sessionError = endsSession;

export async function triageMember(
  ctx: TriageContext,
  member: PanelMember,
  care: Promise<MemberCare>,
  signal?: AbortSignal,
): Promise<MemberOutcome> {
  const { gateway, now, timeZone } = ctx;
  const since = localDayKey(addLocalDays(now, -LOOK_BACK_DAYS, timeZone), timeZone);
  const notes: string[] = [];
  try {
    const [bp, got] = await Promise.all([
      fetchBloodPressure(gateway, {
        patientId: member.patientId,
        since,
        readEncounters: false,
        now: () => now,
        ...(signal ? { signal } : {}),
      }),
      care,
    ]);
    if (bp.failure) notes.push('Some readings could not be loaded.');
    if (got.goalsFailed) notes.push("The patient's own goal could not be read.");
    if (got.medsFailed) notes.push('Medications could not all be read.');
    // The patient's days and mornings, not the viewer's: the readings' own offset says where they are.
    const zone = patientZone(bp.readings, timeZone);
    const triage = triagePatient({
      readings: bp.readings,
      goal: goalFromSources(got.goals, ctx.practiceGoal, now),
      now,
      timeZone: zone.timeZone,
      ...(member.enrolledAt !== undefined ? { enrolledAt: member.enrolledAt } : {}),
      antihypertensives: got.meds ? countActiveAntihypertensives(got.meds, now) : 0,
    });
    return { ok: true, triage, notes, zone };
  } catch (e) {
    if (sessionError(e)) throw e;
    return { ok: false, error: e as FhirError };
  }
}

/** Triages `members` PANEL_CONCURRENCY at a time; `onResult` gets each outcome as it arrives. */
export async function triagePanel(
  ctx: TriageContext,
  members: readonly PanelMember[],
  onResult: (patientId: string, outcome: MemberOutcome) => void,
  signal?: AbortSignal,
): Promise<void> {
  const care = loadCare(
    ctx,
    members.map((m) => m.patientId),
    signal,
  );
  await pooled(
    members.map((m) => async () => {
      if (signal?.aborted) return;
      onResult(m.patientId, await triageMember(ctx, m, care(m.patientId), signal));
    }),
    PANEL_CONCURRENCY,
  );
}
