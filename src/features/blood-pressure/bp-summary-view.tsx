/**
 * The summary: the sentence first (a screen reader reads it first), then the figures behind it. The
 * latest reading has its own line above (bp-latest.tsx), shown whatever the window.
 */
import type { BpSummary } from '../../clinical/bp-summary';
import { categoryLabel, categoryOf, type HomeThresholdSet } from '../../clinical/bp-category';
import { patternText } from '../../clinical/bp-compare';
import { mmHg } from './format';

export function BpSummaryView({
  summary,
  thresholdSet,
}: {
  summary: BpSummary;
  thresholdSet: HomeThresholdSet;
}) {
  const { averages, share, comparison, goal, incomplete } = summary;
  const missing = incomplete?.text;
  return (
    <div className="bp-summary">
      <p className="bp-summary__sentence" data-testid="bp-sentence">
        {summary.sentence}
      </p>
      <dl className="bp-summary__facts">
        <div>
          <dt>Home average, 14 days</dt>
          <dd>
            {incomplete?.averages[14] ? (
              <span className="bp-incomplete">{missing}</span>
            ) : averages[14].systolic !== undefined &&
              averages[14].diastolic !== undefined &&
              goal !== 'insufficient' ? (
              <>
                <strong>{mmHg(averages[14].systolic, averages[14].diastolic)}</strong> mmHg{' '}
                <span className={`bp-goal bp-goal--${goal}`}>
                  {goal === 'at-goal' ? 'At goal' : 'Above goal'}
                </span>
                <span className="bp-summary__sub">
                  {averages[14].count.toLocaleString('en-US')} readings · goal below {thresholdSet}{' '}
                  · {categoryLabel(categoryOf(averages[14].systolic, averages[14].diastolic))}
                </span>
              </>
            ) : (
              <span>Not enough home readings ({averages[14].count} of 12)</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Home average, 7 and 30 days</dt>
          <dd>
            {([7, 30] as const).map((days) => {
              const a = averages[days];
              const value = incomplete?.averages[days]
                ? missing
                : a.sufficient && a.systolic !== undefined && a.diastolic !== undefined
                  ? mmHg(a.systolic, a.diastolic)
                  : 'too few readings';
              return (
                <span key={days} className="bp-summary__sub">
                  {days} days: {value}
                </span>
              );
            })}
          </dd>
        </div>
        {incomplete?.period ? (
          <div>
            <dt>Home readings at goal</dt>
            <dd>
              <span className="bp-incomplete">{missing}</span>
            </dd>
          </div>
        ) : share ? (
          <div>
            <dt>Home readings at goal</dt>
            <dd>
              <strong>{Math.round(share.share * 100)}%</strong>
              <span className="bp-summary__sub">
                {share.atGoal.toLocaleString('en-US')} of {share.count.toLocaleString('en-US')} in
                this period
              </span>
            </dd>
          </div>
        ) : null}
        {comparison ? (
          <div>
            <dt>Office vs home</dt>
            <dd>
              Office {mmHg(comparison.office.systolic, comparison.office.diastolic)} (
              {comparison.office.count}) · home{' '}
              {comparison.home.systolic !== undefined && comparison.home.diastolic !== undefined
                ? mmHg(comparison.home.systolic, comparison.home.diastolic)
                : '—'}
              <span className="bp-summary__sub">{patternText(comparison.pattern)}</span>
            </dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
