/**
 * Labs: a ranked overview (critical, abnormal, then changed results first; clinical/labs-change.ts)
 * with search; each analyte opens to its trend against the reference band and a table of every result.
 */
import { LABS_PANEL_ID } from '../../components/anchors';
import { useId, useMemo, useState } from 'react';
import { filterAnalytes } from '../../clinical/labs';
import { browserTimeZone } from '../../clinical/time';
import type { ChartMarker, TimeDomain } from '../../components/chart-layout';
import { Panel } from '../../components/panel';
import { describeFhirError } from '../../components/describe-error';
import {
  EmptyState,
  ErrorState,
  formatProgress,
  LoadingState,
  NotAuthorizedState,
  PartialNotice,
  UnreadableCount,
} from '../../components/states';
import { useLabs } from '../../queries/labs';
import { AnalyteRow } from './analyte-row';
import './labs.css';

const TITLE = 'Labs';

export interface LabsPanelProps {
  /** Epoch ms that ages and "this year" are counted from (default: when the panel mounted). */
  now?: number;
  /** Zone dates are shown in (default: the browser's). */
  timeZone?: string;
  /** The dashboard's time window: trend charts share it with the BP chart (default: their results' span). */
  domain?: TimeDomain;
  /** Medication changes marked on the trend charts and noted in their tables. */
  markers?: readonly ChartMarker[];
}

export function LabsPanel({ now, timeZone, domain, markers }: LabsPanelProps = {}) {
  const labs = useLabs();
  const [mountedAt] = useState(() => Date.now());
  const tz = timeZone ?? browserTimeZone();
  const when = useMemo(() => ({ now: now ?? mountedAt, timeZone: tz }), [now, mountedAt, tz]);
  const axis = useMemo(
    () => ({ ...(domain ? { domain } : {}), markers: markers ?? [] }),
    [domain, markers],
  );
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const searchId = useId();
  const retry = () => void labs.refetch();
  const progress = labs.progress
    ? formatProgress(labs.progress.resources, labs.progress.total, 'results')
    : undefined;

  if (!labs.allowed) {
    return (
      <Panel title={TITLE} className="labs-panel" id={LABS_PANEL_ID}>
        <NotAuthorizedState what="lab results" scopes={['patient/Observation.rs']} />
      </Panel>
    );
  }
  if (labs.isPending) {
    return (
      <Panel title={TITLE} className="labs-panel" id={LABS_PANEL_ID}>
        <LoadingState label="Loading lab results…" {...(progress ? { progress } : {})} />
      </Panel>
    );
  }
  if (labs.isError) {
    return (
      <Panel title={TITLE} className="labs-panel" id={LABS_PANEL_ID}>
        <ErrorState
          title="Could not load lab results"
          detail={describeFhirError(kindOf(labs.error))}
          onRetry={retry}
          retrying={labs.isFetching}
        />
      </Panel>
    );
  }
  const { summary, failure, truncated } = labs.data;
  const shown = filterAnalytes(summary.analytes, search);
  return (
    <Panel title={TITLE} className="labs-panel" id={LABS_PANEL_ID}>
      {failure || truncated ? (
        <PartialNotice
          title="Some lab results are missing."
          detail={
            failure ? describeFhirError(failure.kind) : 'There were more pages than the app reads.'
          }
          onRetry={retry}
          retrying={labs.isFetching}
        />
      ) : null}
      {summary.analytes.length === 0 ? (
        <EmptyState>No lab results on record.</EmptyState>
      ) : (
        <>
          <div className="lab-search">
            <label htmlFor={searchId}>Search labs</label>
            <input
              id={searchId}
              type="search"
              value={search}
              placeholder="e.g. potassium, 2823-3"
              onChange={(e) => {
                setSearch(e.target.value);
              }}
            />
          </div>
          {shown.length === 0 ? <EmptyState>No lab matches “{search}”.</EmptyState> : null}
          <ul className="lab-list" aria-label="Lab analytes">
            {shown.map((a) => (
              <AnalyteRow
                key={a.key}
                analyte={a}
                open={open === a.key}
                when={when}
                axis={axis}
                onToggle={() => {
                  setOpen(open === a.key ? null : a.key);
                }}
              />
            ))}
          </ul>
        </>
      )}
      <Notes brokenRanges={summary.brokenRanges} unconvertible={summary.unconvertible} />
      <UnreadableCount items={summary.unreadable} noun="lab result" />
    </Panel>
  );
}

const kindOf = (e: unknown) =>
  typeof e === 'object' && e !== null && 'kind' in e && typeof e.kind === 'string'
    ? e.kind
    : undefined;

function Notes({ brokenRanges, unconvertible }: { brokenRanges: number; unconvertible: number }) {
  if (brokenRanges === 0 && unconvertible === 0) return null;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    <ul className="lab-notes">
      {brokenRanges > 0 ? (
        <li>
          {plural(brokenRanges, 'reference range was', 'reference ranges were')} ignored: low above
          high.
        </li>
      ) : null}
      {unconvertible > 0 ? (
        <li>
          {plural(unconvertible, 'result has a unit', 'results have units')} that cannot be
          converted: shown as sent, not in trends.
        </li>
      ) : null}
    </ul>
  );
}
