/**
 * The one owner of the dashboard's time window (issue 9): the range chosen (or the default that follows
 * the data, use-bp-window) is resolved to a domain once, here, and handed down as a prop to the BP
 * chart, the medication timeline and the lab trend charts; nothing copies it back up. The medication
 * changes those charts mark come from the same place, as plain markers. "All" reaches back to the
 * first reading or the first medication, whichever is older.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { firstMedicationTime, medicationMarkers } from '../../clinical/medications-markers';
import { medicationTimeline } from '../../clinical/medications-timeline';
import { browserTimeZone } from '../../clinical/time';
import type { ChartMarker, TimeDomain, TimeRange } from '../../components/chart-layout';
import { bloodPressureQueryOptions } from '../../queries/blood-pressure';
import { useMedications } from '../../queries/medications';
import { usePatientDeath } from '../../queries/patient';
import { canRead } from '../../smart/scopes';
import { useSession } from '../../smart/session-context';
import { type BpWindow, useBpWindow } from './use-bp-window';
import { domainFor, earlier, sinceFor } from './view-model';

export interface ChartWindow extends BpWindow {
  /** The `date=ge…` lower bound of the readings search for the range (sinceFor). */
  since: string;
  /** What the charts show; the usual 90 days until the default range is found. */
  domain: TimeDomain;
  /** Blood-pressure medication changes, oldest first (empty until the medications arrive). */
  markers: readonly ChartMarker[];
}

const NO_MARKERS: ChartMarker[] = [];

/** The first reading of the window's search and when it arrived, without the readings themselves. */
function useReadingsSpan(since: string, allowed: boolean) {
  const session = useSession();
  const query = useQuery({
    ...bloodPressureQueryOptions({
      gateway: session.gateway,
      serverUrl: session.serverUrl,
      patientId: session.patientId,
      since,
      readEncounters: canRead(session.grantedScopes, 'Encounter'),
    }),
    enabled: allowed,
    placeholderData: keepPreviousData,
    // Only these two: this hook re-renders when they change, not on every page of readings.
    select: (d) => ({ first: d.readings[0]?.time, fetchedAt: d.fetchedAt }),
  });
  return query.data;
}

/** The medication changes as markers, and when the first medication was taken. */
function useMedicationHistory() {
  const meds = useMedications();
  const { deceasedAt } = usePatientDeath();
  const entries = meds.data?.entries;
  return useMemo(() => {
    if (!entries) return { markers: NO_MARKERS, first: undefined };
    const timeline = medicationTimeline(entries, deceasedAt !== undefined ? { deceasedAt } : {});
    return { markers: medicationMarkers(timeline), first: firstMedicationTime(timeline) };
  }, [entries, deceasedAt]);
}

export function useChartWindow(
  timeZone: string = browserTimeZone(),
  /** A range chosen from the start (tests, a saved choice); undefined: the default follows the data. */
  initial?: TimeRange,
): {
  window: ChartWindow;
  setRange: (range: TimeRange) => void;
} {
  const session = useSession();
  const [mountedAt] = useState(() => Date.now());
  const [chosen, setRange] = useState<TimeRange | undefined>(initial);
  const allowed = canRead(session.grantedScopes, 'Observation');
  const bp = useBpWindow(chosen, mountedAt, timeZone, allowed);
  const range = bp.range ?? '90d';
  const since = sinceFor(range, mountedAt, timeZone);
  const span = useReadingsSpan(since, allowed);
  const meds = useMedicationHistory();
  const now = span?.fetchedAt ?? mountedAt;
  const earliest = earlier(span?.first, meds.first);
  const { from, to } = domainFor(range, now, earliest, timeZone);
  // Kept by value: the medications' first date arriving must not redraw a chart (every point, ~100 ms
  // on a slow phone) whose span it does not change, such as the 90-day default (issue 12).
  const domain = useMemo(() => ({ from, to }), [from, to]);
  return { window: { ...bp, since, domain, markers: meds.markers }, setRange };
}
