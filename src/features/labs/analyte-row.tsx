import { useId } from 'react';
import type { AnalyteSummary } from '../../clinical/labs';
import { AnalyteDetail } from './analyte-detail';
import { FlagBadge } from './flag-badge';
import { formatDate, valueWithUnit } from './format';
import { Sparkline } from './sparkline';

/** One analyte in the overview: latest value, flag, range, date and sparkline; opens to its detail. */
export function AnalyteRow({
  analyte,
  open,
  onToggle,
}: {
  analyte: AnalyteSummary;
  open: boolean;
  onToggle: () => void;
}) {
  const detailId = useId();
  const latest = analyte.latest;
  return (
    <li className={`lab-row${analyte.relevance !== undefined ? ' lab-row--relevant' : ''}`}>
      <button
        type="button"
        className="lab-row__button"
        aria-expanded={open}
        aria-controls={detailId}
        onClick={onToggle}
      >
        <span className="lab-row__name">{analyte.name}</span>
        <span className="lab-row__value">
          {valueWithUnit(latest)}
          {latest.converted ? (
            <span className="lab-row__converted">
              {' '}
              ({latest.converted.value} {latest.converted.unit})
            </span>
          ) : null}{' '}
          <FlagBadge flag={latest.flag} />
        </span>
        <span className="lab-row__range">
          {latest.rangeText ? `Range ${latest.rangeText}` : 'No range given'}
        </span>
        <span className="lab-row__date">{formatDate(latest.t)}</span>
        <Sparkline points={analyte.trend} />
      </button>
      {open ? <AnalyteDetail analyte={analyte} id={detailId} /> : null}
    </li>
  );
}
