/** "Readings that matter", newest first; each one can be shown on the chart. */
import { useState } from 'react';
import type { ReadingThatMatters } from '../../clinical/bp-matters';
import { readingDate } from '../../clinical/bp-summary';
import { mmHg } from './format';

const SHOWN = 6;

export function BpMattersList({
  matters,
  timeZone,
  now,
  selectedId,
  onShow,
  incomplete,
}: {
  /** Set when the period did not fully load: the list is of loaded readings only, and says so. */
  incomplete?: string | undefined;
  matters: readonly ReadingThatMatters[];
  timeZone: string;
  now: number;
  selectedId?: string;
  onShow: (readingId: string) => void;
}) {
  const [all, setAll] = useState(false);
  if (matters.length === 0 && !incomplete) return null;
  const shown = all ? matters : matters.slice(0, SHOWN);
  return (
    <section className="bp-matters" aria-label="Readings that matter">
      <h3 className="bp-matters__title">Readings that matter</h3>
      {incomplete ? (
        <p className="bp-incomplete" data-testid="bp-matters-incomplete">
          {matters.length === 0
            ? `None among the loaded readings; this period is ${incomplete}.`
            : `Among the loaded readings only; this period is ${incomplete}.`}
        </p>
      ) : null}
      <ul>
        {shown.map((m) => (
          <li key={m.key} className={`bp-matter bp-matter--${m.kind}`}>
            <div>
              <strong>{m.title}</strong>: {mmHg(m.systolic, m.diastolic)} mmHg
              {m.datePrecision
                ? ` on ${readingDate({ time: m.time, datePrecision: m.datePrecision }, { timeZone, now }, true)}`
                : ''}
            </div>
            {m.advice ? <p className="bp-matter__advice">{m.advice}</p> : null}
            {m.readingId ? (
              <button
                type="button"
                aria-pressed={selectedId === m.readingId}
                onClick={() => {
                  onShow(m.readingId ?? '');
                }}
              >
                Show on chart
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {matters.length > SHOWN ? (
        <button
          type="button"
          className="bp-link"
          onClick={() => {
            setAll((a) => !a);
          }}
        >
          {all ? 'Show fewer' : `Show all ${matters.length}`}
        </button>
      ) : null}
    </section>
  );
}
