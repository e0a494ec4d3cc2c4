/** Range buttons (30 days … all) and the home goal set. */
import type { HomeThresholdSet } from '../../clinical/bp-category';
import { TIME_RANGES, type TimeRange } from '../../components/chart-layout';

export function BpControls({
  range,
  onRangeChange,
  thresholdSet,
  onThresholdSetChange,
}: {
  range: TimeRange;
  onRangeChange: (r: TimeRange) => void;
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
