/**
 * Blood pressure, summary first: the sentence, the figures, the readings that matter, then the chart
 * (lazy) and the table of the same readings, with CSV export and the count of unreadable resources.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { homeThreshold, type HomeThresholdSet } from '../../clinical/bp-category';
import { summarize } from '../../clinical/bp-summary';
import { browserTimeZone, localDayKey } from '../../clinical/time';
import type { TimeDomain, TimeRange } from '../../components/chart-layout';
import { Panel } from '../../components/panel';
import { EmptyState, ErrorState, formatProgress, LoadingState, NotAuthorizedState, PartialNotice, UnreadableCount } from '../../components/states';
import { describeFhirError } from '../../components/describe-error';
import { EXCLUSION_TEXT, type BpReading } from '../../fhir/bp-types';
import { useBloodPressure } from '../../queries/blood-pressure';
import { isFhirError } from '../../smart/types';
import { BpControls } from './bp-controls';
import { BpLegend } from './bp-legend';
import { BpMattersList } from './bp-matters-list';
import { BpSummaryView } from './bp-summary-view';
import { BpTable } from './bp-table';
import { buildChartModel, toPoint } from './chart-model';
import { downloadCsv } from './csv';
import { domainFor, readingsIn, sinceFor } from './view-model';
import './blood-pressure.css';

const BpChart = lazy(() => import('./bp-chart'));
const NO_READINGS: BpReading[] = [];

export interface BloodPressurePanelProps {
  range: TimeRange;
  onRangeChange: (range: TimeRange) => void;
  onDomainChange: (domain: TimeDomain) => void;
  /** Home goal set (ACC/AHA 2017 Table 11); the clinician can switch it in the panel. */
  thresholdSet?: HomeThresholdSet;
  /** Local days are counted in this zone (default: the browser's). */
  timeZone?: string;
}

export function BloodPressurePanel({ range, onRangeChange, onDomainChange, thresholdSet: initialSet = '135/85', timeZone }: BloodPressurePanelProps) {
  const tz = timeZone ?? browserTimeZone();
  const [mountedAt] = useState(() => Date.now());
  const [thresholdSet, setThresholdSet] = useState<HomeThresholdSet>(initialSet);
  const [selectedId, setSelectedId] = useState<string>();
  const query = useBloodPressure(sinceFor(range, mountedAt, tz));
  const data = query.data;
  const now = data?.fetchedAt ?? mountedAt;
  const readings = data?.readings ?? NO_READINGS;
  const domain = useMemo(() => domainFor(range, now, readings), [range, now, readings]);
  useEffect(() => {
    onDomainChange(domain);
  }, [domain, onDomainChange]);
  const shown = useMemo(() => readingsIn(readings, domain), [readings, domain]);
  const summary = useMemo(() => summarize(readings, { now, timeZone: tz, thresholdSet, from: domain.from }), [readings, now, tz, thresholdSet, domain.from]);
  const model = useMemo(() => buildChartModel(readings, domain, tz, homeThreshold(thresholdSet).home), [readings, domain, tz, thresholdSet]);
  const highlight = useMemo(() => {
    const r = readings.find((x) => x.id === selectedId);
    return r ? toPoint(r) : undefined;
  }, [readings, selectedId]);

  const show = (id: string) => {
    setSelectedId(id);
    const r = readings.find((x) => x.id === id);
    if (r && (r.time < domain.from || r.time > domain.to)) onRangeChange('all');
  };
  const controls = <BpControls range={range} onRangeChange={onRangeChange} thresholdSet={thresholdSet} onThresholdSetChange={setThresholdSet} />;
  const progress = query.progress ? formatProgress(query.progress.resources, query.progress.total, 'readings') : undefined;

  if (!query.allowed) {
    return (
      <Panel title="Blood pressure" className="bp-panel">
        <NotAuthorizedState what="blood-pressure readings" scopes={['patient/Observation.rs', 'patient/Observation.read']} />
      </Panel>
    );
  }
  if (!data) {
    return (
      <Panel title="Blood pressure" className="bp-panel" actions={controls}>
        {query.isError ? (
          <ErrorState title="Could not load blood-pressure readings" detail={describeFhirError(isFhirError(query.error) ? query.error.kind : undefined)} onRetry={() => void query.refetch()} retrying={query.isFetching} />
        ) : (
          <LoadingState label="Loading blood-pressure readings…" {...(progress ? { progress } : {})} />
        )}
      </Panel>
    );
  }
  const unreadable = data.excluded.map((e) => ({ label: e.id || 'Observation without id', reason: EXCLUSION_TEXT[e.reason] }));
  return (
    <Panel title="Blood pressure" className="bp-panel" actions={controls}>
      {query.isFetching ? <LoadingState label="Updating…" {...(progress ? { progress } : {})} /> : null}
      {data.failure ? (
        <PartialNotice title="Some readings could not be loaded." detail={`${describeFhirError(data.failure.kind)} Showing the ${readings.length.toLocaleString('en-US')} that arrived.`} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : null}
      {data.truncated ? <PartialNotice title="Only part of the history was loaded." detail="The server returned more pages than the app reads at once." /> : null}
      {shown.length === 0 ? (
        <EmptyState>No blood-pressure readings in this period</EmptyState>
      ) : (
        <>
          <BpSummaryView summary={summary} timeZone={tz} thresholdSet={thresholdSet} />
          <BpMattersList matters={summary.matters} timeZone={tz} {...(selectedId ? { selectedId } : {})} onShow={show} />
          <div className="bp-chart" role="img" aria-label={`Chart of ${model.readings.toLocaleString('en-US')} blood-pressure readings, systolic and diastolic over time; the table below lists the same readings.`} data-testid="bp-chart" data-drawn={model.drawn}>
            <Suspense fallback={<div className="bp-chart__placeholder">Loading chart…</div>}>
              <BpChart model={model} timeZone={tz} {...(highlight ? { highlight } : {})} />
            </Suspense>
          </div>
          <BpLegend model={model} />
          <div className="bp-table-head">
            <h3>Readings ({shown.length.toLocaleString('en-US')})</h3>
            <button type="button" onClick={() => { downloadCsv(shown, `blood-pressure-${localDayKey(now, tz)}.csv`); }}>
              Export CSV
            </button>
          </div>
          <BpTable readings={shown} timeZone={tz} {...(selectedId ? { highlightId: selectedId } : {})} />
        </>
      )}
      {data.encountersFailed ? <p className="bp-note">Encounters could not be read: office readings may show as “setting unknown”.</p> : null}
      <UnreadableCount items={unreadable} noun="reading" />
    </Panel>
  );
}
