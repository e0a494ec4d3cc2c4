/**
 * Antihypertensive lanes drawn under the BP chart on the same time axis: the plot area is inset by
 * TIME_AXIS_MARGIN exactly like the BP chart's, and positions are fractions of the same domain, so an
 * instant lands on the same pixel column in both. Changes are buttons (hover or focus shows what
 * changed); the same changes are listed in a table for screen readers and small screens.
 */
import { useMemo, useState } from 'react';
import { medicationTimeline } from '../../clinical/medications-timeline';
import { DAY, browserTimeZone } from '../../clinical/time';
import { TIME_AXIS_MARGIN, type TimeDomain } from '../../components/chart-layout';
import { Panel } from '../../components/panel';
import { EmptyState } from '../../components/states';
import { ChangesTable } from './changes-table';
import { TimelineLane } from './timeline-lane';
import { useMedsView } from './use-meds-state';
import './medications.css';

export interface MedicationTimelineProps {
  /** The BP chart's time window; until it reports one, the last 90 days. */
  domain: TimeDomain | undefined;
  /** Drawn inside the BP panel, right under its chart: a sub-section (h3) without a frame of its own. */
  embedded?: boolean;
  /** Epoch ms of the patient's death: courses still open end there, not today. */
  deceasedAt?: number;
  /** IANA zone dates are shown in; the browser's by default. */
  timeZone?: string;
}

const TITLE = 'Blood-pressure medication changes';

export function MedicationTimeline({
  domain,
  embedded = false,
  deceasedAt,
  timeZone,
}: MedicationTimelineProps) {
  const frame = {
    title: TITLE,
    level: embedded ? 3 : 2,
    className: embedded ? 'med-timeline-panel panel--embedded' : 'med-timeline-panel',
  } as const;
  const view = useMedsView();
  const [active, setActive] = useState<string | null>(null);
  const entries = 'state' in view ? undefined : view.data.entries;
  const timeline = useMemo(
    () =>
      entries
        ? medicationTimeline(entries, deceasedAt !== undefined ? { deceasedAt } : {})
        : undefined,
    [entries, deceasedAt],
  );
  if ('state' in view || !timeline)
    return <Panel {...frame}>{'state' in view ? view.state : null}</Panel>;
  const { fetchedAt } = view.data;
  const end = deceasedAt !== undefined ? Math.min(deceasedAt, fetchedAt) : fetchedAt;
  const dates = { timeZone: timeZone ?? browserTimeZone(), now: fetchedAt };
  const { lanes, events } = timeline;
  const d = domain ?? { from: end - 90 * DAY, to: end };
  const visible = lanes.filter((l) =>
    l.segments.some((s) => s.from <= d.to && (s.to ?? end) >= d.from),
  );
  return (
    <Panel {...frame}>
      {view.partial}
      {lanes.length === 0 ? (
        <EmptyState>No blood-pressure medications on record.</EmptyState>
      ) : visible.length === 0 ? (
        <EmptyState>No blood-pressure medication was taken in this period.</EmptyState>
      ) : (
        <div
          className="med-tl"
          style={{ paddingLeft: TIME_AXIS_MARGIN.left, paddingRight: TIME_AXIS_MARGIN.right }}
        >
          {visible.map((lane) => (
            <TimelineLane
              key={lane.key}
              lane={lane}
              domain={d}
              now={end}
              dates={dates}
              active={active}
              onActive={setActive}
            />
          ))}
        </div>
      )}
      {events.length > 0 ? <ChangesTable events={events} lanes={lanes} dates={dates} /> : null}
    </Panel>
  );
}
