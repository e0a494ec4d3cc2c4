import type { DateTextOptions } from '../../clinical/date-text';
import { formatWhen } from '../../clinical/date-text';
import type { AnalyteSummary } from '../../clinical/labs';
import type { ChartMarker } from '../../components/chart-layout';
import { FlagBadge } from './flag-badge';
import { LabValue } from './lab-value';

type Row = AnalyteSummary['rows'][number];

/** Results newest first, with each medication change since the oldest dated result at its place. */
function withChanges(rows: readonly Row[], markers: readonly ChartMarker[]) {
  const dated = rows.flatMap((r) => (r.t === undefined ? [] : [r.t]));
  if (markers.length === 0 || dated.length === 0) return rows.map((row) => ({ row }));
  const oldest = Math.min(...dated);
  const changes = markers.filter((m) => m.t >= oldest).sort((a, b) => b.t - a.t);
  const out: ({ row: Row } | { change: ChartMarker })[] = [];
  let i = 0;
  for (const row of rows) {
    while (row.t !== undefined && changes[i] !== undefined && (changes[i]?.t ?? 0) > row.t)
      out.push({ change: changes[i++] as ChartMarker });
    out.push({ row });
  }
  for (; i < changes.length; i++) out.push({ change: changes[i] as ChartMarker });
  return out;
}

/**
 * Every result of one analyte, newest first: the chart's accessible twin, and where text results live.
 * Medication changes are rows of their own at their date, so "after the dose change" reads in the table.
 */
export function LabTable({
  analyte,
  when,
  markers = [],
}: {
  analyte: AnalyteSummary;
  when: DateTextOptions;
  markers?: readonly ChartMarker[];
}) {
  const anyConverted = analyte.rows.some((r) => r.converted);
  const columns = anyConverted ? 5 : 4;
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
          {withChanges(analyte.rows, markers).map((x) =>
            'change' in x ? (
              <tr
                key={`${x.change.kind}-${x.change.t}-${x.change.label}`}
                className="lab-table__change"
              >
                <td>{formatWhen(x.change.t, 'time', when)}</td>
                <td colSpan={columns - 1}>Medication change: {x.change.label}</td>
              </tr>
            ) : (
              <ResultRow key={x.row.id} r={x.row} when={when} anyConverted={anyConverted} />
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

function ResultRow({
  r,
  when,
  anyConverted,
}: {
  r: Row;
  when: DateTextOptions;
  anyConverted: boolean;
}) {
  return (
    <tr>
      <td>{r.t === undefined ? 'Date unknown' : formatWhen(r.t, r.precision ?? 'time', when)}</td>
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
  );
}
