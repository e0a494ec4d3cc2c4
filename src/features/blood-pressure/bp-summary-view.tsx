/**
 * The summary: ONE verdict on control (bp-verdict.ts) with its evidence, then the other averages as
 * figures without a verdict of their own. The patient reads the same verdict in plain words
 * (bp-patient-summary.ts). The sentence comes first for a screen reader. The latest reading has its
 * own line above (bp-latest.tsx), shown whatever the window.
 */
import type { BpSummary } from '../../clinical/bp-summary';
import { goalText } from '../../clinical/bp-goal';
import { patientSummary } from '../../clinical/bp-patient-summary';
import { patternText } from '../../clinical/bp-compare';
import { mmHg } from './format';

function Verdict({ summary, notes }: { summary: BpSummary; notes: readonly string[] }) {
  const v = summary.verdict;
  return (
    <div className={`bp-verdict bp-verdict--${v.control}`} data-testid="bp-verdict">
      <p className="bp-verdict__head">
        <span className="bp-verdict__label">{v.headline}</span>
        {v.value ? (
          <>
            {' '}
            <strong className="bp-verdict__value">{v.value}</strong>{' '}
            <span className="bp-verdict__unit">
              mmHg, {v.basis === 'office' ? 'office average' : 'home average, last 7 days'}
            </span>
          </>
        ) : null}
      </p>
      <p className="bp-verdict__goal" data-testid="bp-goal">
        Goal below <strong>{goalText(v.goal.home)}</strong> at home · {goalText(v.goal.office)} in
        the office · <span>{v.goal.sourceText}</span>
        {v.goal.homeInterpolated ? ' · home value interpolated from the guideline table' : ''}
      </p>
      <ul className="bp-verdict__evidence">
        {v.evidence.map((line) => (
          <li key={line}>{line}</li>
        ))}
        {notes.map((n) => (
          <li key={n} className="bp-verdict__note">
            {n}
          </li>
        ))}
      </ul>
    </div>
  );
}

function PatientVerdict({
  summary,
  timeZone,
  now,
}: {
  summary: BpSummary;
  timeZone: string;
  now: number;
}) {
  const p = patientSummary(summary.verdict, { timeZone, now });
  return (
    <div
      className={`bp-verdict bp-verdict--patient bp-verdict--${p.tone}`}
      data-testid="bp-verdict"
    >
      <p className="bp-verdict__head">
        <span className="bp-verdict__label">{p.headline}</span>
      </p>
      {p.lines.map((l) => (
        <p key={l} className="bp-verdict__line">
          {l}
        </p>
      ))}
    </div>
  );
}

export function BpSummaryView({
  summary,
  audience,
  goalNotes,
  timeZone,
  now,
}: {
  summary: BpSummary;
  audience: 'patient' | 'clinician';
  goalNotes: readonly string[];
  timeZone: string;
  now: number;
}) {
  const { averages, share, comparison, incomplete } = summary;
  const missing = incomplete?.text;
  return (
    <div className="bp-summary">
      <p className="bp-summary__sentence visually-hidden" data-testid="bp-sentence">
        {summary.sentence}
      </p>
      {audience === 'patient' ? (
        <PatientVerdict summary={summary} timeZone={timeZone} now={now} />
      ) : (
        <Verdict summary={summary} notes={goalNotes} />
      )}
      {audience === 'patient' ? null : (
        <dl className="bp-summary__facts">
          <div>
            <dt>Home average, 14 and 30 days</dt>
            <dd>
              {([14, 30] as const).map((days) => {
                const a = averages[days];
                const value = incomplete?.averages[days]
                  ? missing
                  : a.sufficient && a.systolic !== undefined && a.diastolic !== undefined
                    ? `${mmHg(a.systolic, a.diastolic)} (${a.count.toLocaleString('en-US')} readings)`
                    : `too few readings (${a.count} of 12)`;
                return (
                  <span key={days} className="bp-summary__sub">
                    {days} days: {value}
                  </span>
                );
              })}
            </dd>
          </div>
          {incomplete?.period ? null : share ? (
            <div>
              <dt>Home readings below goal</dt>
              <dd>
                {share.atGoal.toLocaleString('en-US')} of {share.count.toLocaleString('en-US')}
                <span className="bp-summary__sub">in the period shown</span>
              </dd>
            </div>
          ) : null}
          {comparison ? (
            <div>
              <dt>Office and home</dt>
              <dd>
                {patternText(comparison.pattern)}
                <span className="bp-summary__sub">
                  Office {mmHg(comparison.office.systolic, comparison.office.diastolic)} (
                  {comparison.office.count}) against {goalText(summary.verdict.goal.office)}; home
                  30 days{' '}
                  {comparison.home.systolic !== undefined && comparison.home.diastolic !== undefined
                    ? mmHg(comparison.home.systolic, comparison.home.diastolic)
                    : '—'}{' '}
                  against {goalText(summary.verdict.goal.home)}
                </span>
              </dd>
            </div>
          ) : null}
        </dl>
      )}
    </div>
  );
}
