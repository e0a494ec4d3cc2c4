/**
 * Triage of every panel member from that member's own data (issue 14), with the dashboard's readers and
 * rules: one BP search per patient (`date` ≥ 31 days ago, newest first, `_count`), the Goal search and
 * the medication orders, then `triagePatient`. Members are triaged a few at a time (bounded
 * concurrency), each result handed over as it arrives so the list fills in while the rest load.
 */
import { countActiveAntihypertensives } from '../clinical/antihypertensives';
import { addLocalDays, localDayKey } from '../clinical/time';
import { type PatientTriage, triagePatient } from '../clinical/rpm-triage';
import { type PatientZone, patientZone } from '../clinical/rpm-zone';
import type { ClinicalConfig } from '../config';
import { canRead } from '../smart/scopes';
import { type FhirError, type FhirGateway, isFhirError } from '../smart/types';
import { fetchBloodPressure } from './blood-pressure-fetch';
import { fetchBpGoals, goalFromSources } from './goal';
import { fetchMedications } from './medications';
import type { PanelMember } from './panel-members';
import { pooled } from './pool';

/** Patients triaged at once: each costs up to 4 requests at once (BP, Goal, orders, statements). */
export const PANEL_CONCURRENCY = 3;
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

const sessionError = (e: unknown) =>
  !isFhirError(e) || e.kind === 'unauthorized' || e.kind === 'session-ended';

export async function triageMember(
  ctx: TriageContext,
  member: PanelMember,
  signal?: AbortSignal,
): Promise<MemberOutcome> {
  const { gateway, now, timeZone } = ctx;
  const since = localDayKey(addLocalDays(now, -LOOK_BACK_DAYS, timeZone), timeZone);
  const notes: string[] = [];
  const goalsCall = canRead(ctx.grantedScopes, 'Goal')
    ? fetchBpGoals(gateway, member.patientId, signal).catch((e: unknown) => {
        if (sessionError(e)) throw e;
        notes.push("The patient's own goal could not be read.");
        return undefined;
      })
    : Promise.resolve(undefined);
  const medsCall = canRead(ctx.grantedScopes, 'MedicationRequest')
    ? fetchMedications(
        {
          gateway,
          serverUrl: ctx.serverUrl,
          patientId: member.patientId,
          readStatements: canRead(ctx.grantedScopes, 'MedicationStatement'),
          readMedications: canRead(ctx.grantedScopes, 'Medication'),
          now: () => now,
        },
        signal,
      ).catch((e: unknown) => {
        if (sessionError(e)) throw e;
        return undefined;
      })
    : Promise.resolve(undefined);
  try {
    const [bp, goals, meds] = await Promise.all([
      fetchBloodPressure(gateway, {
        patientId: member.patientId,
        since,
        readEncounters: false,
        now: () => now,
        ...(signal ? { signal } : {}),
      }),
      goalsCall,
      medsCall,
    ]);
    if (bp.failure) notes.push('Some readings could not be loaded.');
    if (!meds) notes.push('Medications could not be read.');
    else if (meds.failures.length > 0) notes.push('Some medications could not be read.');
    // The patient's days and mornings, not the viewer's: the readings' own offset says where they are.
    const zone = patientZone(bp.readings, timeZone);
    const triage = triagePatient({
      readings: bp.readings,
      goal: goalFromSources(goals, ctx.practiceGoal, now),
      now,
      timeZone: zone.timeZone,
      ...(member.enrolledAt !== undefined ? { enrolledAt: member.enrolledAt } : {}),
      antihypertensives: meds ? countActiveAntihypertensives(meds.entries, now) : 0,
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
  await pooled(
    members.map((m) => async () => {
      if (signal?.aborted) return;
      onResult(m.patientId, await triageMember(ctx, m, signal));
    }),
    PANEL_CONCURRENCY,
  );
}
