import type { DateTextOptions } from '../../clinical/date-text';
import type { DrugHistory } from '../../clinical/medications-groups';
import { when } from './format';
import { CourseView } from './medication-item';

/** One collapsed line per drug for everything past; its courses inside (a native disclosure). */
export function PastMedications({
  history,
  dates,
}: {
  history: readonly DrugHistory[];
  dates: DateTextOptions;
}) {
  return (
    <ul className="med-past" aria-label="Past medications">
      {history.map((h) => {
        const n = h.courses.length;
        const last = h.last !== undefined ? `, latest ${when(h.last, h.lastPrecision, dates)}` : '';
        return (
          <li key={h.name} className="med-past__drug">
            <details>
              <summary>
                <span className="med-item__name">{h.name}</span>{' '}
                <span className="med-item__meta">
                  {n} past course{n > 1 ? 's' : ''}
                  {h.records > n ? ` (${h.records} records)` : ''}
                  {last}
                </span>
              </summary>
              <ul className="med-list" aria-label={`Past courses of ${h.name}`}>
                {h.courses.map((c) => (
                  <CourseView key={c.last.id} course={c} dates={dates} />
                ))}
              </ul>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
