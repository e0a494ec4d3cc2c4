/**
 * Which window the panel shows. A range the user chose is kept; without one the default follows the
 * data: the narrowest of DEFAULT_RANGES that holds the latest reading, said so when it had to widen.
 * The latest reading itself is always known, whatever window is shown.
 */
import { useMemo } from 'react';
import type { PresetRange, TimeRange } from '../../components/chart-layout';
import type { BpReading } from '../../fhir/bp-types';
import { useBloodPressureLatest } from '../../queries/blood-pressure';
import { usePrefetchBloodPressure } from '../../queries/bp-prefetch';
import { DEFAULT_RANGES, sinceFor } from './view-model';

export interface BpWindow {
  /** The range shown; undefined while the default is still being found. */
  range?: TimeRange;
  /** The range the default had to widen from (absent when nothing was widened). */
  widenedFrom?: PresetRange;
  latest?: BpReading;
  /** The latest reading is not known for sure (a window failed to load fully). */
  latestIncomplete: boolean;
}

export function useBpWindow(
  chosen: TimeRange | undefined,
  mountedAt: number,
  timeZone: string,
  allowed: boolean,
): BpWindow {
  const sinces = useMemo(
    () => DEFAULT_RANGES.map((r) => sinceFor(r, mountedAt, timeZone)),
    [mountedAt, timeZone],
  );
  // The first window's requests start now, before the rest of the dashboard renders.
  usePrefetchBloodPressure(sinces[0] ?? 'all');
  const probe = useBloodPressureLatest(sinces);
  const found = probe.data ? DEFAULT_RANGES[probe.data.index] : undefined;
  // Without a grant, or when the search failed, the usual window still gives the timeline its axis.
  const fallback = !allowed || probe.isError ? '90d' : undefined;
  const range = chosen ?? found ?? fallback;
  const index = probe.data?.index ?? 0;
  const widenedFrom = chosen === undefined && index > 0 ? DEFAULT_RANGES[index - 1] : undefined;
  const latest = probe.data?.latest;
  return {
    ...(range ? { range } : {}),
    ...(widenedFrom ? { widenedFrom } : {}),
    ...(latest ? { latest } : {}),
    latestIncomplete: probe.data?.incomplete ?? false,
  };
}
