import type { AnalyteSummary } from '../../clinical/labs';
import { FlagBadge } from './flag-badge';
import { formatDate, valueWithUnit } from './format';

/** Every result of one analyte, newest first: the chart's accessible twin, and where text results live. */
export function LabTable({ analyte }: { analyte: AnalyteSummary }) {
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
              <td>{formatDate(r.t)}</td>
              <td>
                {valueWithUnit(r)}
                {r.unconvertible ? (
                  <span className="lab-note"> unit not convertible: not in the trend</span>
                ) : null}
                {r.note ? <span className="lab-note"> {r.note}</span> : null}
              </td>
              {anyConverted ? (
                <td>{r.converted ? `${r.converted.value} ${r.converted.unit}` : ''}</td>
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
