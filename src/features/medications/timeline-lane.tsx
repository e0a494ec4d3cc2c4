import { useId } from 'react';
import type { ChangeKind, Lane } from '../../clinical/medications-timeline';
import { CLASS_LABEL } from '../../clinical/medications-classes';
import type { TimeDomain } from '../../components/chart-layout';
import { type DateTextOptions, formatDay } from '../../clinical/date-text';

const KIND_TEXT: Record<ChangeKind, string> = {
  start: 'Started',
  stop: 'Stopped',
  'dose-change': 'Dose change',
  switch: 'Switch',
};

const pct = (t: number, d: TimeDomain) =>
  Math.min(100, Math.max(0, ((t - d.from) / (d.to - d.from)) * 100));

interface Props {
  lane: Lane;
  domain: TimeDomain;
  /** Where a period still running ends. */
  now: number;
  dates: DateTextOptions;
  active: string | null;
  onActive: (key: string | null) => void;
}

/** One antihypertensive: its label, the periods it was taken (with dose), and its change markers. */
export function TimelineLane({ lane, domain, now, dates, active, onActive }: Props) {
  const tipId = useId();
  const inDomain = lane.events.filter((e) => e.t >= domain.from && e.t <= domain.to);
  return (
    <div className="med-lane">
      <div className="med-lane__label">
        {lane.label} <span className="med-lane__class">{CLASS_LABEL[lane.drugClass]}</span>
      </div>
      <div className="med-lane__track">
        {lane.segments.map((s) => {
          const from = pct(s.from, domain);
          const to = pct(s.to ?? now, domain);
          if (to <= 0 || from >= 100 || to - from <= 0) return null;
          return (
            <div
              key={s.entryId + String(s.from)}
              className={s.paused ? 'med-seg med-seg--paused' : 'med-seg'}
              style={{ left: `${from}%`, width: `${to - from}%` }}
              {...(s.paused ? { title: 'On hold' } : {})}
            >
              {s.paused ? (
                <span className="med-seg__dose">On hold{s.dose ? ` · ${s.dose}` : ''}</span>
              ) : s.dose ? (
                <span className="med-seg__dose">{s.dose}</span>
              ) : null}
            </div>
          );
        })}
        {inDomain.map((e) => {
          const key = `${e.lane}-${e.kind}-${e.t}`;
          const shown = active === key;
          const label = `${KIND_TEXT[e.kind]}: ${e.summary}, ${formatDay(e.t, dates)}`;
          return (
            <span key={key} className="med-marker-wrap" style={{ left: `${pct(e.t, domain)}%` }}>
              <button
                type="button"
                className={`med-marker med-marker--${e.kind}`}
                aria-label={label}
                aria-describedby={shown ? `${tipId}-${key}` : undefined}
                onMouseEnter={() => {
                  onActive(key);
                }}
                onMouseLeave={() => {
                  onActive(null);
                }}
                onFocus={() => {
                  onActive(key);
                }}
                onBlur={() => {
                  onActive(null);
                }}
              />
              {shown ? (
                <span role="tooltip" id={`${tipId}-${key}`} className="med-tip">
                  <strong>{KIND_TEXT[e.kind]}</strong> {formatDay(e.t, dates)}
                  <br />
                  {e.summary}
                </span>
              ) : null}
            </span>
          );
        })}
      </div>
    </div>
  );
}
