import { lazy, Suspense } from 'react';
import type { DateTextOptions } from '../../clinical/date-text';
import type { AnalyteSummary } from '../../clinical/labs';
import type { ChartMarker, TimeDomain } from '../../components/chart-layout';
import { LoadingState } from '../../components/states';
import { LabTable } from './lab-table';

const LabTrendChart = lazy(() => import('./lab-trend-chart'));

/** The dashboard's time window and the medication changes on it (absent: the results' own span). */
export interface TrendAxis {
  domain?: TimeDomain;
  markers: readonly ChartMarker[];
}

/** One analyte opened: the trend (when there are at least two numeric values) and every result. */
export function AnalyteDetail({
  analyte,
  id,
  when,
  axis = { markers: [] },
}: {
  analyte: AnalyteSummary;
  id: string;
  when: DateTextOptions;
  axis?: TrendAxis;
}) {
  const left = analyte.rows.length - analyte.trend.length;
  return (
    <div className="lab-detail" id={id}>
      {analyte.trend.length >= 2 ? (
        <Suspense fallback={<LoadingState label="Loading chart…" />}>
          <LabTrendChart analyte={analyte} when={when} axis={axis} />
        </Suspense>
      ) : null}
      {left > 0 && analyte.trend.length > 0 ? (
        <p className="lab-note">
          {left} of {analyte.rows.length} results are not in the trend (text, a bound such as
          “&lt;0.5”, or a unit that cannot be converted to {analyte.unit}).
        </p>
      ) : null}
      <LabTable analyte={analyte} when={when} markers={axis.markers} />
    </div>
  );
}
