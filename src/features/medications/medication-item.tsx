import { type MedicationItem, classText, dosageLine } from '../../clinical/medications';
import { FORM_TEXT, formatDate, periodText, statusText } from './format';

/** One medication: name, class, status, dose and frequency, dates, prescriber, and where it came from. */
export function MedicationItemView({ item }: { item: MedicationItem }) {
  const dose = dosageLine(item);
  const plan =
    item.intent !== undefined && item.intent !== 'order' && item.intent !== 'original-order';
  // A plan, draft or cancelled order was never taken: its date is when it was written, not a start.
  const neverTaken = plan || item.status === 'draft' || item.status === 'cancelled';
  const period = neverTaken
    ? item.start !== undefined
      ? `Written ${formatDate(item.start)}`
      : undefined
    : periodText(item.start, item.end);
  return (
    <li className={`med-item med-item--${item.status}`}>
      <div className="med-item__head">
        <span className="med-item__name">{item.name}</span>
        <span className={`med-status med-status--${item.status}`}>{statusText(item.status)}</span>
        {plan ? (
          <span className="med-status">{item.intent === 'plan' ? 'Plan' : item.intent}</span>
        ) : null}
      </div>
      {item.classes.length > 0 ? (
        <div className="med-item__class">{classText(item.classes)}</div>
      ) : null}
      {dose ? <div>{dose}</div> : null}
      <div className="med-item__meta">
        {[period, item.prescriber ? `Prescribed by ${item.prescriber}` : undefined]
          .filter(Boolean)
          .join(' · ')}
      </div>
      {item.statusReason ? <div className="med-item__meta">Reason: {item.statusReason}</div> : null}
      {item.note ? <div className="med-item__meta">Note: {item.note}</div> : null}
      <div className="med-item__source">
        {item.source === 'statement' ? 'Medication statement' : 'Medication order'}
        {item.reportedBy
          ? ` (reported by ${item.reportedBy === 'patient' ? 'the patient' : item.reportedBy})`
          : ''}{' '}
        · {FORM_TEXT[item.form]}
        {item.duplicates.length > 0
          ? ` · also in ${item.duplicates.length} other record${item.duplicates.length > 1 ? 's' : ''}`
          : ''}
      </div>
    </li>
  );
}
