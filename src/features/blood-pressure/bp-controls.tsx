/** Range buttons (30 days … all, or dates chosen) and the home goal set. */
import type { HomeThresholdSet } from '../../clinical/bp-category';
import { isPreset, TIME_RANGES, type TimeRange } from '../../components/chart-layout';
import { BpCustomRange } from './bp-custom-range';

export function BpControls({
  range,
  onRangeChange,
  thresholdSet,
  onThresholdSetChange,
  now,
  timeZone,
}: {
  range: TimeRange;
  onRangeChange: (r: TimeRange) => void;
  /** For the custom dates: which day is today, and how dates read. */
  now: number;
  timeZone: string;
  thresholdSet: HomeThresholdSet;
  onThresholdSetChange: (s: HomeThresholdSet) => void;
}) {
  return (
    <div className="bp-controls">
      <div role="group" aria-label="Time range" className="bp-range">
        {TIME_RANGES.map((r) => (
          <button
            key={r.value}
            type="button"
            aria-pressed={range === r.value}
            onClick={() => {
              onRangeChange(r.value);
            }}
          >
            {r.label}
          </button>
        ))}
      </div>
      <BpCustomRange
        value={isPreset(range) ? undefined : range}
        now={now}
        timeZone={timeZone}
        onApply={onRangeChange}
      />
      <label className="bp-goal-select">
        Home goal below{' '}
        <select
          value={thresholdSet}
          onChange={(e) => {
            onThresholdSetChange(e.target.value === '130/80' ? '130/80' : '135/85');
          }}
        >
          <option value="135/85">135/85</option>
          <option value="130/80">130/80</option>
        </select>
      </label>
    </div>
  );
}
