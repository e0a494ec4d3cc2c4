import { labAnchor } from '../../components/anchors';
import { useId } from 'react';
import type { DateTextOptions } from '../../clinical/date-text';
import type { AnalyteSummary } from '../../clinical/labs';
import { changeText, labWhen } from '../../clinical/labs-when';
import { AnalyteDetail, type TrendAxis } from './analyte-detail';
import { FlagBadge } from './flag-badge';
import { LabValue } from './lab-value';
import { Sparkline } from './sparkline';

/**
 * One analyte in the overview: latest value with flag, its date (and age when not recent), the change
 * from the previous result, the range and a sparkline; opens to its detail.
 */
export function AnalyteRow({
  analyte,
  open,
  onToggle,
  when,
  axis,
}: {
  analyte: AnalyteSummary;
  open: boolean;
  onToggle: () => void;
  when: DateTextOptions;
  axis?: TrendAxis;
}) {
  const detailId = useId();
  const latest = analyte.latest;
  const w = labWhen(latest.t, latest.precision, when);
  const change = analyte.change
    ? changeText(analyte.change, when, latest.converted ? analyte.unit : undefined)
    : analyte.rows.length === 1
      ? 'only result'
      : undefined;
  return (
    <li className={`lab-row lab-row--${analyte.tier}`} id={labAnchor(analyte.key)}>
      <button
        type="button"
        className="lab-row__button"
        aria-expanded={open}
        aria-controls={detailId}
        onClick={onToggle}
      >
        <span className="lab-row__name">{analyte.name}</span>
        <span className="lab-row__value">
          <LabValue row={latest} />
          {latest.converted ? (
            <span className="lab-row__converted">
              {' '}
              ({latest.converted.text} {latest.converted.unit})
            </span>
          ) : null}{' '}
          <FlagBadge flag={latest.flag} />
        </span>
        <span className={`lab-row__date${w.old ? ' lab-row__date--old' : ''}`}>
          {w.date}
          {w.age ? <span className="lab-row__age"> · {w.age}</span> : null}
        </span>
        {change ? (
          <span
            className={`lab-row__change${analyte.change?.significant ? ' lab-row__change--significant' : ''}`}
          >
            {change}
          </span>
        ) : null}
        <span className="lab-row__range">
          {latest.rangeText ? `Range ${latest.rangeText}` : 'No range given'}
        </span>
        <Sparkline points={analyte.trend} />
      </button>
      {open ? (
        <AnalyteDetail analyte={analyte} id={detailId} when={when} {...(axis ? { axis } : {})} />
      ) : null}
    </li>
  );
}
