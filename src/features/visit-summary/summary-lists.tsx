/** The printed attention items, medication changes (last 12 months) and hypertension labs. */
import { useMemo } from 'react';
import { formatDay, formatWhen } from '../../clinical/date-text';
import { medicationTimeline } from '../../clinical/medications-timeline';
import { useAttention } from '../../queries/attention';
import { useLabs } from '../../queries/labs';
import { useMedications } from '../../queries/medications';
import { usePatientDeath } from '../../queries/patient';
import { labValue, onPaper, printedLabs, recentChanges } from './model';
import type { LabRow } from '../../clinical/labs';

interface When {
  now: number;
  timeZone: string;
}

export function SummaryAttention({ timeZone }: When) {
  const { attention, deceased } = useAttention(timeZone);
  // As on screen (the attention strip): after death nothing is raised for action.
  if (deceased) return <p>The record says the patient has died: nothing is raised for action.</p>;
  if (!attention) return <p>Checking labs, medications and readings…</p>;
  return (
    <>
      {attention.items.length === 0 ? (
        <p>Nothing flagged by the checks Tensio makes.</p>
      ) : (
        <ol className="visit-summary__attention" data-testid="print-attention">
          {attention.items.map((i) => (
            <li key={i.key}>
              <strong>{i.title}</strong> — {i.detail}
            </li>
          ))}
        </ol>
      )}
      {attention.unchecked.map((u) => (
        <p key={u} className="visit-summary__note">
          {u}
        </p>
      ))}
    </>
  );
}

export function SummaryMedications({ now, timeZone }: When) {
  const meds = useMedications();
  const { deceasedAt } = usePatientDeath();
  const entries = meds.data?.entries;
  const changes = useMemo(() => {
    if (!entries) return undefined;
    const { events } = medicationTimeline(entries, deceasedAt !== undefined ? { deceasedAt } : {});
    return recentChanges(events, now, timeZone);
  }, [entries, deceasedAt, now, timeZone]);
  if (!meds.allowed) return <p>Medications are not shared with this app.</p>;
  if (meds.isError) return <p>Medications could not be read.</p>;
  if (!changes) return <p>Loading medications…</p>;
  const partial = (meds.data?.failures.length ?? 0) > 0;
  return (
    <>
      {changes.listed.length === 0 ? (
        <p>No blood-pressure medication changes in the last 12 months.</p>
      ) : (
        <table className="visit-summary__table" data-testid="print-medications">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {changes.listed.map((e) => (
              <tr key={`${e.lane}-${e.kind}-${e.t}`}>
                <td>{formatDay(e.t, onPaper(timeZone))}</td>
                <td>{e.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {changes.earlier > 0 ? (
        <p className="visit-summary__note" data-testid="print-earlier-changes">
          {changes.earlier.toLocaleString('en-US')} earlier change{changes.earlier === 1 ? '' : 's'}{' '}
          not listed.
        </p>
      ) : null}
      {partial ? (
        <p className="visit-summary__note">Some medication records did not load.</p>
      ) : null}
    </>
  );
}

function Result({ row, timeZone }: { row: LabRow | undefined; timeZone: string }) {
  if (!row) return <td>—</td>;
  const when =
    row.t !== undefined ? formatWhen(row.t, row.precision ?? 'day', onPaper(timeZone)) : '';
  return (
    <td>
      {labValue(row)}
      {row.flag ? ` (${row.flag.label})` : ''}
      {when ? <span className="visit-summary__when"> {when}</span> : null}
    </td>
  );
}

export function SummaryLabs({ timeZone }: When) {
  const labs = useLabs();
  const analytes = labs.data?.summary.analytes;
  const rows = useMemo(() => (analytes ? printedLabs(analytes) : undefined), [analytes]);
  if (!labs.allowed) return <p>Lab results are not shared with this app.</p>;
  if (labs.isError) return <p>Lab results could not be read.</p>;
  if (!rows) return <p>Loading lab results…</p>;
  if (rows.length === 0) return <p>None of these labs are in the record.</p>;
  return (
    <table className="visit-summary__table" data-testid="print-labs">
      <thead>
        <tr>
          <th scope="col">Test</th>
          <th scope="col">Latest</th>
          <th scope="col">Previous</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((l) => (
          <tr key={l.key}>
            <th scope="row">{l.name}</th>
            <Result row={l.latest} timeZone={timeZone} />
            <Result row={l.previous} timeZone={timeZone} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
