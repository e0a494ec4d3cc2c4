/**
 * The BP goal to judge against: the patient's FHIR Goal, else the practice's (config.json
 * `clinical.officeGoal`), else the 2025 AHA/ACC default (src/clinical/bp-goal.ts). Until both the
 * Goal search and the config have answered, no goal is given: a verdict must never flip from one
 * goal to another as data arrives. A failed or refused Goal search falls back and says so.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { type BpGoal, resolveGoal } from '../clinical/bp-goal';
import { formatFhirDate } from '../clinical/date-text';
import { browserTimeZone } from '../clinical/time';
import { type GoalReadResult, readBpGoals } from '../fhir/goal';
import { canRead } from '../smart/scopes';
import { useSession } from '../smart/session-context';
import type { FhirGateway, SmartSession } from '../smart/types';
import type { ClinicalConfig } from '../config';
import { useClinicalConfig } from './config';
import { queryKeys } from './keys';

/** The patient's BP goals, read by the Goal reader (the dashboard and the panel share it). */
export async function fetchBpGoals(
  gateway: FhirGateway,
  patientId: string,
  signal?: AbortSignal,
): Promise<GoalReadResult> {
  const result = await gateway.searchAll(
    'Goal',
    { patient: patientId },
    { pageSize: 100, ...(signal ? { signal } : {}) },
  );
  return readBpGoals(result.resources);
}

export function goalsQueryOptions(session: SmartSession) {
  return queryOptions({
    queryKey: queryKeys.goals(session),
    queryFn: ({ signal }): Promise<GoalReadResult> =>
      fetchBpGoals(session.gateway, session.patientId, signal),
    staleTime: 5 * 60_000,
  });
}

/** The goal to judge against: the newest readable patient Goal, else the practice's, else 2025 AHA/ACC. */
export function goalFromSources(
  goals: GoalReadResult | undefined,
  practice: ClinicalConfig['officeGoal'],
  now: number,
): BpGoal {
  const first = goals?.goals[0];
  const patient =
    first?.systolic !== undefined && first.diastolic !== undefined
      ? {
          office: { systolic: first.systolic, diastolic: first.diastolic },
          goalId: first.id,
          ...(first.set
            ? { setText: formatFhirDate(first.set, { timeZone: browserTimeZone(), now }) }
            : {}),
        }
      : undefined;
  return resolveGoal({
    ...(patient ? { patient } : {}),
    ...(practice ? { practice } : {}),
  });
}

export interface GoalState {
  /** Undefined while the goal's sources are still being read. */
  goal?: BpGoal;
  /** What the user should know about where the goal came from (a failed read, a refused scope). */
  notes: string[];
}

export function useBpGoal(): GoalState {
  const session = useSession();
  const [now] = useState(Date.now);
  const allowed = canRead(session.grantedScopes, 'Goal');
  const goals = useQuery({ ...goalsQueryOptions(session), enabled: allowed });
  const config = useClinicalConfig();
  const settled = config.settled && (!allowed || !goals.isPending);
  const data = goals.data;
  const officeGoal = config.clinical.officeGoal;
  const failedGoals = goals.isError;
  const configFailed = config.failed;
  return useMemo(() => {
    if (!settled) return { notes: [] };
    const notes: string[] = [];
    if (!allowed) notes.push("The patient's own goals are not shared with this app.");
    if (failedGoals) notes.push("The patient's own goals could not be read.");
    if (configFailed) notes.push("The practice's goal could not be read.");
    const unreadable = data?.unreadable.length ?? 0;
    if (unreadable > 0)
      notes.push(
        `${unreadable} blood-pressure goal${unreadable === 1 ? '' : 's'} in the record could not be read.`,
      );
    return { goal: goalFromSources(data, officeGoal, now), notes };
  }, [settled, allowed, failedGoals, configFailed, data, officeGoal, now]);
}
