/**
 * The printed goal, verdict and averages: the same summary the BP panel computes (bp-summary.ts), from
 * the 90-day window the panel and the attention strip start with (one cached query, fetched once).
 */
import { useMemo } from 'react';
import { mmHg, summarize } from '../../clinical/bp-summary';
import { addLocalDays, localDayKey } from '../../clinical/time';
import { useBloodPressure } from '../../queries/blood-pressure';
import { useBpGoal } from '../../queries/goal';
import { usePatientDeath } from '../../queries/patient';

const LOOKBACK_DAYS = 90;

export function SummaryBp({ now, timeZone }: { now: number; timeZone: string }) {
  const bp = useBloodPressure(localDayKey(addLocalDays(now, -LOOKBACK_DAYS, timeZone), timeZone));
  const { goal, notes } = useBpGoal();
  const { deceased } = usePatientDeath();
  const data = bp.data;
  const summary = useMemo(
    () =>
      data && goal
        ? summarize(data.readings, {
            now,
            timeZone,
            goal,
            from: addLocalDays(now, -LOOKBACK_DAYS, timeZone),
            audience: 'clinician',
            deceased,
            coverage: data.coverage,
          })
        : undefined,
    [data, goal, now, timeZone, deceased],
  );
  if (!bp.allowed) return <p>Blood-pressure readings are not shared with this app.</p>;
  if (bp.isError) return <p>Blood-pressure readings could not be read.</p>;
  if (!summary) return <p>Loading blood-pressure readings…</p>;
  const { verdict, averages, incomplete } = summary;
  const office = verdict.office;
  return (
    <>
      <p className="visit-summary__goal" data-testid="print-goal">
        {verdict.goalLine}
      </p>
      {notes.map((n) => (
        <p key={n} className="visit-summary__note">
          {n}
        </p>
      ))}
      <div className="visit-summary__verdict" data-testid="print-verdict">
        <p className="visit-summary__headline">
          {verdict.headline}
          {verdict.value ? ` ${verdict.value} mmHg` : ''}
        </p>
        <ul>
          {verdict.evidence.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </div>
      <table className="visit-summary__table">
        <caption>Home averages and office mean</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Average (mmHg)</th>
            <th scope="col">Readings</th>
          </tr>
        </thead>
        <tbody>
          {([7, 14, 30] as const).map((d) => {
            const a = averages[d];
            const missing = incomplete?.averages[d];
            return (
              <tr key={d}>
                <th scope="row">Home, last {d} days</th>
                <td>
                  {missing
                    ? 'not all readings loaded'
                    : a.systolic !== undefined && a.diastolic !== undefined
                      ? mmHg(a.systolic, a.diastolic)
                      : 'no readings'}
                  {!missing && a.count > 0 && !a.sufficient ? ' (too few for a verdict)' : ''}
                </td>
                <td>
                  {a.count} ({a.morning} morning, {a.evening} evening)
                </td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">Office{office ? `, last ${office.days} days` : ''}</th>
            <td>{office ? mmHg(office.systolic, office.diastolic) : 'no office readings'}</td>
            <td>{office ? office.count : 0}</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}
