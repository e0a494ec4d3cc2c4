/**
 * Blood pressure, latest reading first (always, whatever the window), then the sentence, the figures,
 * the readings that matter, the chart (lazy) and the table of the same readings, with CSV export and
 * the count of unreadable resources. Without a chosen range the window follows the data (use-bp-window).
 * New readings are rendered as a deferred value: a 100,000-reading history is prepared in a
 * time-sliced render while the page stays responsive.
 */
import { BP_PANEL_ID } from '../../components/anchors';
import { useCallback, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { browserTimeZone } from '../../clinical/time';
import { isPreset, type TimeRange } from '../../components/chart-layout';
import { describeFhirError } from '../../components/describe-error';
import { Panel } from '../../components/panel';
import {
  EmptyState,
  ErrorState,
  formatProgress,
  LoadingState,
  NotAuthorizedState,
  PartialNotice,
  UnreadableCount,
} from '../../components/states';
import { EXCLUSION_TEXT, type BpReading } from '../../fhir/bp-types';
import { latestOf } from '../../clinical/bp-summary';
import { incompleteText, latestKnown, windowComplete } from '../../clinical/bp-summary-coverage';
import { useBloodPressure } from '../../queries/blood-pressure';
import { useBpGoal } from '../../queries/goal';
import { usePatientDeath } from '../../queries/patient';
import { useSession } from '../../smart/session-context';
import { isFhirError } from '../../smart/types';
import { BpLatest } from './bp-latest';
import { bpMeans, type BpAveraging } from '../../clinical/bp-daily';
import { markersIn } from '../../components/chart-markers';
import { AVERAGING_LABEL, BpAveragingSelect } from './bp-averaging';
import { BpControls } from './bp-controls';
import { ChartSection, SummarySection, TableSection } from './bp-sections';
import type { ChartWindow } from './use-chart-window';
import { noReadingsIn, readingsIn, widenedText } from './view-model';
import './blood-pressure.css';

const NO_READINGS: BpReading[] = [];
/** Up to this many readings are prepared without deferring (a few ms of work on a phone). */
const DRAW_AT_ONCE = 2000;

export interface BloodPressurePanelProps {
  /** The dashboard's time window (useChartWindow): range, domain and medication markers, owned above. */
  window: ChartWindow;
  onRangeChange: (range: TimeRange) => void;
  /** Local days are counted in this zone (default: the browser's). */
  timeZone?: string;
  /** Drawn right under the chart on its time axis (the dashboard puts the medication timeline here). */
  belowChart?: ReactNode;
}

export function BloodPressurePanel({
  window: view,
  onRangeChange,
  timeZone,
  belowChart,
}: BloodPressurePanelProps) {
  const tz = timeZone ?? browserTimeZone();
  const session = useSession();
  const death = usePatientDeath();
  const [mountedAt] = useState(() => Date.now());
  const goal = useBpGoal();
  const [selectedId, setSelectedId] = useState<string>();
  const [averaging, setAveraging] = useState<BpAveraging>('each');
  // Until the default is found, the 90-day search runs: the same one the default starts with.
  const range = view.range ?? '90d';
  const query = useBloodPressure(view.since);
  const data = view.range ? query.data : undefined;
  const now = data?.fetchedAt ?? mountedAt;
  const arrived = data?.readings ?? NO_READINGS;
  const deferred = useDeferredValue(arrived, NO_READINGS);
  // A short history is drawn in the render it arrives in (issue 12): deferred, its render was begun
  // again each time another panel's data landed. A long one stays a time-sliced deferred render.
  const readings = arrived.length <= DRAW_AT_ONCE ? arrived : deferred;
  const preparing = readings !== arrived;
  const { domain, markers } = view;
  const decided = view.range !== undefined;
  const latest = latestOf(readings) ?? view.latest;
  const shown = useMemo(() => readingsIn(readings, domain), [readings, domain]);
  // Means for the chart's lines and the table when asked for (the summary always uses every reading).
  const means = useMemo(
    () => (averaging === 'each' ? undefined : bpMeans(readings, averaging, tz)),
    [readings, averaging, tz],
  );
  const rows = useMemo(() => (means ? readingsIn(means, domain) : shown), [means, shown, domain]);
  const changes = useMemo(() => markersIn(markers, domain), [markers, domain]);
  const show = useCallback(
    (id: string) => {
      setSelectedId(id);
      const r = readings.find((x) => x.id === id);
      if (r && (r.time < domain.from || r.time > domain.to)) onRangeChange('all');
    },
    [readings, domain, onRangeChange],
  );
  const controls = (
    <BpControls range={range} onRangeChange={onRangeChange} now={now} timeZone={tz} />
  );
  const progress = query.progress
    ? formatProgress(query.progress.resources, query.progress.total, 'readings')
    : undefined;

  if (!query.allowed) {
    return (
      <Panel title="Blood pressure" className="bp-panel" id={BP_PANEL_ID}>
        <NotAuthorizedState
          what="blood-pressure readings"
          scopes={['patient/Observation.rs', 'patient/Observation.read']}
        />
        {belowChart}
      </Panel>
    );
  }
  if (!data || !decided || !goal.goal || (preparing && readings.length === 0)) {
    return (
      <Panel title="Blood pressure" className="bp-panel" id={BP_PANEL_ID} actions={controls}>
        {query.isError ? (
          <>
            <ErrorState
              title="Could not load blood-pressure readings"
              detail={describeFhirError(isFhirError(query.error) ? query.error.kind : undefined)}
              onRetry={() => void query.refetch()}
              retrying={query.isFetching}
            />
            {/* The readings failed, not the medications: what sits under the chart still has its axis. */}
            {belowChart}
          </>
        ) : (
          <LoadingState
            label={
              !data
                ? 'Loading blood-pressure readings…'
                : !goal.goal
                  ? 'Reading the blood-pressure goal…'
                  : 'Preparing the chart…'
            }
            {...(progress ? { progress } : {})}
          />
        )}
      </Panel>
    );
  }
  const unreadable = data.excluded.map((e) => ({
    label: e.id || 'Observation without id',
    reason: EXCLUSION_TEXT[e.reason],
  }));
  const selected = selectedId ? { selectedId } : {};
  return (
    <Panel title="Blood pressure" className="bp-panel" id={BP_PANEL_ID} actions={controls}>
      {query.isFetching || preparing ? (
        <LoadingState label="Updating…" {...(progress ? { progress } : {})} />
      ) : null}
      {data.failure ? (
        <PartialNotice
          title="Some readings could not be loaded."
          detail={`${describeFhirError(data.failure.kind)} Showing the ${data.readings.length.toLocaleString('en-US')} that arrived.`}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : null}
      {data.truncated ? (
        <PartialNotice
          title="Only part of the history was loaded."
          detail="The server returned more pages than the app reads at once."
        />
      ) : null}
      {latest ? (
        <BpLatest
          reading={latest}
          timeZone={tz}
          now={now}
          loadedOnly={!latestKnown(data.coverage)}
        />
      ) : null}
      {view.widenedFrom && isPreset(range) ? (
        <p className="bp-window-note" data-testid="bp-window-note">
          {widenedText(range, view.widenedFrom, domain)}
        </p>
      ) : null}
      {shown.length === 0 ? (
        <>
          <EmptyState>
            {windowComplete(data.coverage, domain.from)
              ? noReadingsIn(range)
              : `Blood-pressure readings for this period: ${incompleteText(data.coverage)}`}
          </EmptyState>
          {belowChart}
        </>
      ) : (
        <>
          <SummarySection
            readings={readings}
            domain={domain}
            timeZone={tz}
            now={now}
            goal={goal.goal}
            goalNotes={goal.notes}
            audience={session.mode}
            deceased={death.deceased}
            coverage={data.coverage}
            {...selected}
            onShow={show}
          />
          <BpAveragingSelect value={averaging} onChange={setAveraging} />
          <ChartSection
            readings={readings}
            series={means}
            domain={domain}
            timeZone={tz}
            now={now}
            threshold={goal.goal.home}
            coverage={data.coverage}
            markers={markers}
            {...selected}
          />
          {belowChart}
          <TableSection
            shown={rows}
            title={means ? AVERAGING_LABEL[averaging] : 'Readings'}
            changes={changes}
            timeZone={tz}
            now={now}
            loadedOnly={data.coverage.incomplete !== undefined}
            {...selected}
          />
        </>
      )}
      {data.encountersFailed ? (
        <p className="bp-note">
          Encounters could not be read: office readings may show as “setting unknown”.
        </p>
      ) : null}
      <UnreadableCount items={unreadable} noun="reading" />
    </Panel>
  );
}
