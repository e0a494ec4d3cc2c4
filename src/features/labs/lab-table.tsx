import type { DateTextOptions } from '../../clinical/date-text';
import { formatWhen } from '../../clinical/date-text';
import type { AnalyteSummary } from '../../clinical/labs';
import { FlagBadge } from './flag-badge';
import { LabValue } from './lab-value';

/** Every result of one analyte, newest first: the chart's accessible twin, and where text results live. */
export function LabTable({ analyte, when }: { analyte: AnalyteSummary; when: DateTextOptions }) {
  const anyConverted = analyte.rows.some((r) => r.converted);
  return (
    <div className="lab-table-wrap">
      <table className="lab-table">
        <caption className="lab-sr">All {analyte.name} results, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Result</th>
            {anyConverted ? <th scope="col">In {analyte.unit}</th> : null}
            <th scope="col">Flag</th>
            <th scope="col">Reference range</th>
          </tr>
        </thead>
        <tbody>
          {analyte.rows.map((r) => (
            <tr key={r.id}>
              <td>
                {r.t === undefined ? 'Date unknown' : formatWhen(r.t, r.precision ?? 'time', when)}
              </td>
              <td>
                <LabValue row={r} />
                {r.storedValue ? (
                  <span className="lab-note lab-stored"> stored value {r.storedValue}</span>
                ) : null}
                {r.unconvertible ? (
                  <span className="lab-note"> unit not convertible: not in the trend</span>
                ) : null}
                {r.note ? <span className="lab-note"> {r.note}</span> : null}
              </td>
              {anyConverted ? (
                <td>{r.converted ? `${r.converted.text} ${r.converted.unit}` : ''}</td>
              ) : null}
              <td>
                <FlagBadge flag={r.flag} />
              </td>
              <td>{r.rangeText ?? <span className="muted">none given</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
