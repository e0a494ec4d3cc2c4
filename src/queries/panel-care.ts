/**
 * Goals and medications of panel members, 50 patients per search (`Goal?patient=a,b,c`: a reference
 * parameter's comma-separated values are ORed, FHIR R4 Search §2.1.1.5), then split by patient: ~15
 * requests for 250 patients instead of 750. A server that refuses a multi-patient search (400/422, as
 * some EHRs do) gets the dashboard's own per-patient searches for that batch instead. Each member's
 * answer is a promise of its batch, so a row is drawn as soon as its batch and its readings are in.
 */
import type { MedicationRequest, MedicationStatement, Resource } from 'fhir/r4';
import { type GoalReadResult, readBpGoals } from '../fhir/goal';
import { type MedicationEntry, missingMedicationIds, readMedications } from '../fhir/medications';
import { canRead } from '../smart/scopes';
import { endsSession, type FhirGateway, isFhirError } from '../smart/types';
import { fetchBpGoals } from './goal';
import { fetchMedications } from './medications';
import { fetchMedicationsById } from './medications-batch';
import { pooled } from './pool';

export const CARE_BATCH = 50;
const BATCHES_IN_FLIGHT = 2;

export interface MemberCare {
  /** Undefined when not shared with the app or not readable. */
  goals?: GoalReadResult;
  goalsFailed: boolean;
  meds?: MedicationEntry[];
  medsFailed: boolean;
}

export interface CareContext {
  gateway: FhirGateway;
  serverUrl: string;
  grantedScopes: readonly string[];
  now: number;
}

const PATIENT_REF = /(?:^|\/)Patient\/([A-Za-z0-9\-.]{1,64})$/;

/** The patient a resource is about (`subject`, else `patient`), or undefined. */
export function patientOf(resource: unknown): string | undefined {
  const r = resource as { subject?: { reference?: unknown }; patient?: { reference?: unknown } };
  const ref = r.subject?.reference ?? r.patient?.reference;
  return typeof ref === 'string' ? PATIENT_REF.exec(ref)?.[1] : undefined;
}

function split<T extends Resource>(resources: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of resources) {
    const id = patientOf(r);
    if (id === undefined) continue;
    const list = out.get(id);
    if (list) list.push(r);
    else out.set(id, [r]);
  }
  return out;
}

/** A server that cannot search several patients at once says so with 400/422 (or 404). */
const refused = (e: unknown) => isFhirError(e) && (e.kind === 'invalid' || e.kind === 'not-found');
const fatal = endsSession;

async function batchCare(
  ctx: CareContext,
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, MemberCare> | 'refused'> {
  const { gateway, grantedScopes: g } = ctx;
  const opts = { pageSize: 500, ...(signal ? { signal } : {}) };
  const patient = ids.join(',');
  const search = <T extends Resource>(type: T['resourceType'], extra = {}) =>
    gateway.searchAll<T>(type, { patient, ...extra }, opts);
  const none = Promise.resolve(undefined);
  const calls = Promise.all([
    canRead(g, 'Goal') ? search('Goal') : none,
    canRead(g, 'MedicationRequest')
      ? search<MedicationRequest>('MedicationRequest', { _include: 'MedicationRequest:medication' })
      : none,
    canRead(g, 'MedicationStatement') ? search<MedicationStatement>('MedicationStatement') : none,
  ]);
  let answers: Awaited<typeof calls>;
  try {
    answers = await calls;
  } catch (e) {
    if (refused(e)) return 'refused';
    throw e;
  }
  const [goals, requests, statements] = answers;
  const included = [...(requests?.included ?? []), ...(statements?.included ?? [])];
  const sources = { requests: requests?.resources ?? [], statements: statements?.resources ?? [] };
  const missing = canRead(g, 'Medication') ? missingMedicationIds({ ...sources, included }) : [];
  const fetched = await fetchMedicationsById(gateway, missing, signal);
  const goalsBy = split(goals?.resources ?? []);
  const requestsBy = split(sources.requests);
  const statementsBy = split(sources.statements);
  const medsFailed = !!requests?.failure || !!statements?.failure || fetched.failures.length > 0;
  return new Map(
    ids.map((id) => [
      id,
      {
        ...(goals ? { goals: readBpGoals(goalsBy.get(id) ?? []) } : {}),
        goalsFailed: !!goals?.failure,
        ...(requests
          ? {
              meds: readMedications({
                requests: requestsBy.get(id) ?? [],
                statements: statementsBy.get(id) ?? [],
                included,
                read: fetched.medications,
              }).entries,
            }
          : {}),
        medsFailed,
      },
    ]),
  );
}

/** One member at a time, the dashboard's way (a server that refused the batch). */
async function singleCare(ctx: CareContext, id: string, signal?: AbortSignal): Promise<MemberCare> {
  const g = ctx.grantedScopes;
  const [goals, meds] = await Promise.all([
    canRead(g, 'Goal')
      ? fetchBpGoals(ctx.gateway, id, signal).catch((e: unknown) => {
          if (fatal(e)) throw e;
          return 'failed' as const;
        })
      : undefined,
    canRead(g, 'MedicationRequest')
      ? fetchMedications(
          {
            gateway: ctx.gateway,
            serverUrl: ctx.serverUrl,
            patientId: id,
            readStatements: canRead(g, 'MedicationStatement'),
            readMedications: canRead(g, 'Medication'),
            now: () => ctx.now,
          },
          signal,
        ).catch((e: unknown) => {
          if (fatal(e)) throw e;
          return 'failed' as const;
        })
      : undefined,
  ]);
  return {
    ...(goals && goals !== 'failed' ? { goals } : {}),
    goalsFailed: goals === 'failed',
    ...(meds && meds !== 'failed' ? { meds: meds.entries } : {}),
    medsFailed: meds === 'failed' || (meds !== undefined && meds.failures.length > 0),
  };
}

/** Starts the batches now; returns each member's care as a promise. */
export function loadCare(
  ctx: CareContext,
  ids: readonly string[],
  signal?: AbortSignal,
): (id: string) => Promise<MemberCare> {
  const byId = new Map<string, Promise<MemberCare>>();
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += CARE_BATCH) chunks.push(ids.slice(i, i + CARE_BATCH));
  const settle = new Map<string[], (v: Map<string, MemberCare> | 'refused' | Error) => void>();
  for (const chunk of chunks) {
    const batch = new Promise<Map<string, MemberCare> | 'refused' | Error>((resolve) => {
      settle.set(chunk, resolve);
    });
    for (const id of chunk) {
      const care = batch.then((got) => {
        if (got instanceof Error) throw got;
        return (got === 'refused' ? undefined : got.get(id)) ?? singleCare(ctx, id, signal);
      });
      // Members never asked for (the walk was stopped) must not report an unhandled rejection.
      care.catch(() => undefined);
      byId.set(id, care);
    }
  }
  void pooled(
    chunks.map((chunk) => async () => {
      const resolve = settle.get(chunk);
      try {
        resolve?.(await batchCare(ctx, chunk, signal));
      } catch (e) {
        // A failed batch (not a refusal) is each member's failure to read goals and medications.
        if (fatal(e)) resolve?.(e instanceof Error ? e : new Error(String(e)));
        else resolve?.(new Map(chunk.map((id) => [id, { goalsFailed: true, medsFailed: true }])));
      }
    }),
    BATCHES_IN_FLIGHT,
  );
  return (id) => byId.get(id) ?? singleCare(ctx, id, signal);
}
