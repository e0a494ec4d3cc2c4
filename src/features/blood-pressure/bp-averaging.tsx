/** Every reading, or per-day / morning-and-evening means: the chart and the table follow the choice. */
import { useId } from 'react';
import type { BpAveraging } from '../../clinical/bp-daily';

export const AVERAGING_LABEL: Record<BpAveraging, string> = {
  each: 'Every reading',
  day: 'Daily averages',
  'morning-evening': 'Morning and evening averages',
};

const isAveraging = (v: string): v is BpAveraging => v in AVERAGING_LABEL;

export function BpAveragingSelect({
  value,
  onChange,
}: {
  value: BpAveraging;
  onChange: (a: BpAveraging) => void;
}) {
  const id = useId();
  return (
    <div className="bp-averaging">
      <label htmlFor={id}>Chart and table show</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          if (isAveraging(e.target.value)) onChange(e.target.value);
        }}
      >
        {Object.entries(AVERAGING_LABEL).map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
