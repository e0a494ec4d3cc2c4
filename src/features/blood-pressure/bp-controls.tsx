/** Range buttons (30 days … all). The goal is read, not picked here (src/queries/goal.ts). */
import { TIME_RANGES, type TimeRange } from '../../components/chart-layout';

export function BpControls({
  range,
  onRangeChange,
}: {
  range: TimeRange;
  onRangeChange: (r: TimeRange) => void;
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
    </div>
  );
}
