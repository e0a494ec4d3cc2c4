/** Range buttons (30 days … all, or dates chosen). The goal is read, not picked here (src/queries/goal.ts). */
import { isPreset, TIME_RANGES, type TimeRange } from '../../components/chart-layout';
import { BpCustomRange } from './bp-custom-range';

export function BpControls({
  range,
  onRangeChange,
  now,
  timeZone,
}: {
  range: TimeRange;
  onRangeChange: (r: TimeRange) => void;
  /** For the custom dates: which day is today, and how dates read. */
  now: number;
  timeZone: string;
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
    </div>
  );
}
