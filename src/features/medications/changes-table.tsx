import type { ChangeEvent, Lane } from '../../clinical/medications-timeline';
import { CLASS_LABEL } from '../../clinical/medications-classes';
import { type DateTextOptions, formatDay } from '../../clinical/date-text';

/** Every change as a table: the timeline's accessible alternative (and the whole history, any range). */
export function ChangesTable({
  events,
  lanes,
  dates,
}: {
  events: readonly ChangeEvent[];
  lanes: readonly Lane[];
  dates: DateTextOptions;
}) {
  const classOf = (key: string) => {
    const lane = lanes.find((l) => l.key === key);
    return lane ? CLASS_LABEL[lane.drugClass] : '';
  };
  return (
    <details className="med-changes">
      <summary>All medication changes as a table ({events.length})</summary>
      <table className="med-changes__table">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Change</th>
            <th scope="col">Class</th>
          </tr>
        </thead>
        <tbody>
          {[...events].reverse().map((e) => (
            <tr key={`${e.lane}-${e.kind}-${e.t}`}>
              <td>{formatDay(e.t, dates)}</td>
              <td>{e.summary}</td>
              <td>{classOf(e.lane)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
