import { medicationAnchor } from '../../components/anchors';
import type { DateTextOptions } from '../../clinical/date-text';
import { classText, dosageLine } from '../../clinical/medications';
import type { ItemCourse } from '../../clinical/medications-groups';
import { periodText } from './format';

const SOURCE_TEXT = {
  'codeable-concept': 'named in the order',
  contained: 'named in the order',
  included: 'from the medication record',
  read: 'from the medication record',
  display: 'name only (medication details unavailable)',
} as const;

/** One course: name, status, class, dose and frequency, dates, prescriber, how many orders it merges. */
export function CourseView({ course, dates }: { course: ItemCourse; dates: DateTextOptions }) {
  const item = course.last;
  // A do-not-give order's dose is not an instruction to give it.
  const dose = course.rule.meaning === 'not-given' ? undefined : dosageLine(item);
  const meta = [
    periodText(course, dates),
    item.prescriber ? `Prescribed by ${item.prescriber}` : undefined,
  ].filter(Boolean);
  const renewals = course.entries.length - 1;
  const others = item.duplicates.length;
  const kind = item.source === 'statement' ? 'Reported medication' : 'Medication order';
  const by = item.reportedBy
    ? ` (reported by ${item.reportedBy === 'patient' ? 'the patient' : item.reportedBy})`
    : '';
  const dead = course.toReason === 'death' && course.rule.meaning === 'taking';
  return (
    <li className={`med-item med-item--${course.rule.meaning}`} id={medicationAnchor(item.id)}>
      <div className="med-item__head">
        <span className="med-item__name">{item.name}</span>
        <span className={`med-status med-status--${course.rule.meaning}`}>
          {dead ? 'Order open at death' : course.rule.label}
        </span>
      </div>
      {item.classes.length > 0 ? (
        <div className="med-item__class">{classText(item.classes)}</div>
      ) : null}
      {dose ? <div>{dose}</div> : null}
      {meta.length > 0 ? <div className="med-item__meta">{meta.join(' · ')}</div> : null}
      {item.statusReason ? <div className="med-item__meta">Reason: {item.statusReason}</div> : null}
      {item.note ? <div className="med-item__meta">Note: {item.note}</div> : null}
      <div className="med-item__source" title={SOURCE_TEXT[item.form]}>
        {kind}
        {by}
        {renewals > 0 ? ` · renewed ${renewals} time${renewals > 1 ? 's' : ''}` : ''}
        {others > 0 ? ` · also in ${others} other record${others > 1 ? 's' : ''}` : ''}
      </div>
    </li>
  );
}
