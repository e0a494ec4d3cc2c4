import type { DateTextOptions } from '../../clinical/date-text';
import type { DrugHistory } from '../../clinical/medications-groups';
import { dosageLine } from '../../clinical/medications';
import type { ItemCourse } from '../../clinical/medications-groups';
import { periodText, when } from './format';

/** A past course in one line: its dates, product, dose and status (details fit a long history). */
function PastCourse({ course, dates }: { course: ItemCourse; dates: DateTextOptions }) {
  const item = course.last;
  const renewals = course.entries.length - 1;
  const rest = [
    item.name,
    dosageLine(item),
    renewals > 0 ? `renewed ${renewals} time${renewals > 1 ? 's' : ''}` : undefined,
    item.statusReason ? `reason: ${item.statusReason}` : undefined,
  ].filter(Boolean);
  return (
    <li className="med-past__course">
      <span className="med-past__when">{periodText(course, dates) ?? 'Date unknown'}</span>{' '}
      <span className={`med-status med-status--${course.rule.meaning}`}>{course.rule.label}</span>
      <div className="med-item__meta">{rest.join(' · ')}</div>
    </li>
  );
}

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
              <ul className="med-past__courses" aria-label={`Past courses of ${h.name}`}>
                {h.courses.map((c) => (
                  <PastCourse key={c.last.id} course={c} dates={dates} />
                ))}
              </ul>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
