/**
 * "Dates…": a from/to pair of date inputs beside the range buttons. Checked before it is applied (both
 * days, from ≤ to, not in the future); the error is tied to the inputs for screen readers. Enter in
 * either input applies, Escape closes.
 */
import { useId, useState } from 'react';
import { formatWhen } from '../../clinical/date-text';
import { localDayKey } from '../../clinical/time';
import type { CustomRange } from '../../components/chart-layout';
import { readFhirDate } from '../../fhir/fhir-date';
import { customRangeError } from './view-model';

/** "1 Mar – 31 Mar 2026" for the button that opens the form. */
export function customRangeText(r: CustomRange, now: number, timeZone: string): string {
  const day = (d: string) => formatWhen(readFhirDate(d)?.t ?? NaN, 'day', { timeZone, now });
  return `${day(r.from)} – ${day(r.to)}`;
}

export function BpCustomRange({
  value,
  now,
  timeZone,
  onApply,
}: {
  /** The custom range shown, if any. */
  value: CustomRange | undefined;
  now: number;
  timeZone: string;
  onApply: (r: CustomRange) => void;
}) {
  const id = useId();
  const today = localDayKey(now, timeZone);
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState(value?.from ?? '');
  const [to, setTo] = useState(value?.to ?? today);
  const [error, setError] = useState<string>();
  const apply = () => {
    const e = customRangeError(from, to, today);
    setError(e);
    if (e === undefined) {
      onApply({ from, to });
      setOpen(false);
    }
  };
  return (
    <div className="bp-custom">
      <button
        type="button"
        className={value ? 'bp-custom__toggle bp-custom__toggle--on' : 'bp-custom__toggle'}
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {value ? customRangeText(value, now, timeZone) : 'Dates…'}
      </button>
      {open ? (
        <form
          id={`${id}-form`}
          className="bp-custom__form"
          aria-label="Choose dates"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            apply();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
          }}
        >
          <label>
            From
            <input
              type="date"
              value={from}
              max={today}
              aria-invalid={error !== undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => {
                setFrom(e.target.value);
              }}
            />
          </label>
          <label>
            To
            <input
              type="date"
              value={to}
              max={today}
              aria-invalid={error !== undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => {
                setTo(e.target.value);
              }}
            />
          </label>
          <button type="submit">Show</button>
          {error ? (
            <p id={`${id}-error`} className="bp-custom__error" role="alert">
              {error}
            </p>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
