/**
 * The remote-monitoring panel's data (issue 14): the program's members, their names, and each member's
 * triage as it arrives. Members and names are react-query queries; the triage walk belongs to the panel
 * (it stays mounted while a patient's dashboard is open, so going back costs nothing) and hands results
 * over at most once per frame.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { browserTimeZone } from '../clinical/time';
import { loadConfig, serverForIssuer } from '../config';
import type { PatientFacts } from '../fhir/patient';
import { canRead } from '../smart/scopes';
import { type FhirError, isFhirError, type PanelSession } from '../smart/types';
import { fetchPanelMembers, fetchPanelPatients, type PanelMembers } from './panel-members';
import { type MemberOutcome, triagePanel } from './panel-triage';

export type PanelBlock =
  | { why: 'not-authorized'; what: string; scopes: string[] }
  | { why: 'no-user' | 'no-program'; message: string }
  | { why: 'failed'; error: unknown };

export interface PanelData {
  /** Set when the panel cannot be listed at all. */
  block?: PanelBlock;
  members?: PanelMembers;
  patients: Map<string, PatientFacts>;
  outcomes: ReadonlyMap<string, MemberOutcome>;
  /** Every member has an outcome. */
  done: boolean;
  /** When the triage started (its "now"). */
  startedAt: number;
  timeZone: string;
  retry: () => void;
}

function missingScope(session: PanelSession, type: string, what: string): PanelBlock | undefined {
  if (canRead(session.grantedScopes, type)) return undefined;
  return { why: 'not-authorized', what, scopes: [`user/${type}.rs`] };
}

const forbidden = (e: unknown): e is FhirError => isFhirError(e) && e.kind === 'forbidden';

export function usePanel(session: PanelSession): PanelData {
  const [startedAt] = useState(Date.now);
  const [timeZone] = useState(browserTimeZone);
  const config = useQuery({ queryKey: ['app-config'], queryFn: () => loadConfig(), retry: 1 });
  const server = config.data ? serverForIssuer(config.data, session.serverUrl) : undefined;
  const groupIds = server?.panelGroupIds ?? [];
  const scopeBlock =
    missingScope(session, 'Observation', 'blood-pressure readings for your panel') ??
    (groupIds.length === 0
      ? missingScope(session, 'Group', 'your remote-monitoring programs')
      : undefined);
  const base = ['fhir', session.serverUrl, 'panel'] as const;
  const members = useQuery({
    queryKey: [...base, 'members', groupIds.join(',')],
    queryFn: ({ signal }) =>
      fetchPanelMembers(
        session.gateway,
        { ...(session.fhirUser ? { user: session.fhirUser } : {}), groupIds },
        startedAt,
        signal,
      ),
    enabled: !config.isPending && !scopeBlock,
    staleTime: Infinity,
  });
  const ids = members.data?.members.map((m) => m.patientId) ?? [];
  const patients = useQuery({
    queryKey: [...base, 'patients', ids.length, ids[0]],
    queryFn: ({ signal }) => fetchPanelPatients(session.gateway, ids, startedAt, signal),
    enabled: ids.length > 0 && canRead(session.grantedScopes, 'Patient'),
    staleTime: Infinity,
  });

  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, MemberOutcome>>(new Map());
  const [attempt, setAttempt] = useState(0);
  const pending = useRef(new Map<string, MemberOutcome>());
  const outcomesRef = useRef(outcomes);
  useEffect(() => {
    outcomesRef.current = outcomes;
  }, [outcomes]);
  const practiceGoal = config.data?.clinical.officeGoal;
  const list = members.data?.members;
  useEffect(() => {
    if (!list) return;
    const controller = new AbortController();
    let frame: number | undefined;
    const flush = () => {
      frame = undefined;
      const batch = pending.current;
      pending.current = new Map();
      setOutcomes((prev) => new Map([...prev, ...batch]));
    };
    // A retry triages again only the members whose data could not be read.
    const todo =
      attempt === 0 ? list : list.filter((m) => outcomesRef.current.get(m.patientId)?.ok === false);
    triagePanel(
      {
        gateway: session.gateway,
        serverUrl: session.serverUrl,
        grantedScopes: session.grantedScopes,
        practiceGoal,
        now: startedAt,
        timeZone,
      },
      todo,
      (id, outcome) => {
        if (controller.signal.aborted) return;
        pending.current.set(id, outcome);
        frame ??= requestAnimationFrame(flush);
      },
      controller.signal,
    ).catch(() => {
      // A session-ending error: the gateway already moved the page to the session-ended state.
    });
    return () => {
      controller.abort();
      if (frame !== undefined) cancelAnimationFrame(frame);
      pending.current = new Map();
    };
  }, [list, session, practiceGoal, startedAt, timeZone, attempt]);

  const outcomeList = [...outcomes.values()];
  const allForbidden =
    outcomeList.length > 0 && outcomeList.every((o) => !o.ok && forbidden(o.error));
  let block: PanelBlock | undefined = scopeBlock;
  if (!block && members.error) {
    const e = members.error as { why?: unknown; message: string };
    block = forbidden(members.error)
      ? {
          why: 'not-authorized',
          what: 'your remote-monitoring programs',
          scopes: ['user/Group.rs'],
        }
      : e.why === 'no-user' || e.why === 'no-program'
        ? { why: e.why, message: e.message }
        : { why: 'failed', error: members.error };
  }
  if (!block && allForbidden && list && outcomes.size === list.length)
    block = {
      why: 'not-authorized',
      what: 'blood-pressure readings for your panel',
      scopes: ['user/Observation.rs'],
    };
  return {
    ...(block ? { block } : {}),
    ...(members.data ? { members: members.data } : {}),
    patients: patients.data?.facts ?? new Map<string, PatientFacts>(),
    outcomes,
    done: list !== undefined && outcomes.size >= list.length,
    startedAt,
    timeZone,
    retry: () => {
      if (members.isError) void members.refetch();
      else setAttempt((n) => n + 1);
    },
  };
}
