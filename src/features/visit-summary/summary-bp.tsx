/**
 * The printed goal, verdict and averages: the same summary the BP panel computes (bp-summary.ts), from
 * the 90-day window the panel and the attention strip start with (one cached query, fetched once).
 */
import { useMemo, useState } from 'react';
import { mmHg, readingDate, summarize } from '../../clinical/bp-summary';
import { ageText } from '../../clinical/date-text';
import { addLocalDays, localDayKey } from '../../clinical/time';
import type { BpReading } from '../../fhir/bp-types';
import { useBloodPressure, useBloodPressureLatest } from '../../queries/blood-pressure';
import { useBpGoal } from '../../queries/goal';
import { usePatientDeath } from '../../queries/patient';
import { onPaper } from './model';

const LOOKBACK_DAYS = 90;

/**
 * The windows the BP panel widens through to find the latest reading (90 days, a year, all): the same
 * `sinces`, so the same cached probe answers both and nothing is fetched twice.
 */
const sincesFor = (now: number, timeZone: string) => [
  localDayKey(addLocalDays(now, -LOOKBACK_DAYS, timeZone), timeZone),
  localDayKey(addLocalDays(now, -365, timeZone), timeZone),
  'all',
];

const BASIS: Record<'home' | 'office' | 'none', string> = {
  home: ', home average, last 7 days',
  office: ', office readings',
  none: '',
};

function Latest({ r, now, timeZone }: { r: BpReading; now: number; timeZone: string }) {
  return (
    <p data-testid="print-latest">
      Latest reading: {mmHg(r.systolic, r.diastolic)} mmHg on {readingDate(r, onPaper(timeZone))} (
      {ageText(r.time, now, timeZone)})
    </p>
  );
}

export function SummaryBp({ now, timeZone }: { now: number; timeZone: string }) {
  const [sinces] = useState(() => sincesFor(now, timeZone));
  const bp = useBloodPressure(sinces[0] as string);
  const probe = useBloodPressureLatest(sinces);
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
  const latest = summary.latest?.reading ?? probe.data?.latest;
  // After death a verdict is not awaited: no "readings needed from" line.
  const ended = deceased && verdict.control === 'no-verdict';
  const evidence = ended
    ? // The office line, when there is one, is the verdict's last evidence line (bp-verdict.ts).
      ['The record says the patient has died.', ...(office ? verdict.evidence.slice(-1) : [])]
    : verdict.evidence;
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
          {BASIS[verdict.basis]}
        </p>
        <ul>
          {evidence.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
        {latest ? <Latest r={latest} now={now} timeZone={timeZone} /> : null}
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
