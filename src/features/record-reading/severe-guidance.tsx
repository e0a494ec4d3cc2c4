/**
 * Shown for a reading above 180 and/or 120 (ACC/AHA 2017 hypertensive crisis threshold; the advice
 * follows the AHA's patient guidance "When to Call 911 for High Blood Pressure"): for a reading just
 * taken, measure again after five minutes and call emergency services with signs of organ damage; for
 * an older one, words about follow-up. Always: who sees the reading and when, in the practice's words
 * (config.json `clinical.severeReadingNotice`), so nobody waits for a call that is not coming.
 */
import type { SevereGuidanceKind } from '../../clinical/reading-validation';

/** Said when the practice has not configured its own words: it promises nothing. */
export const DEFAULT_SEVERE_NOTICE =
  'Your reading is sent to your health record. Your care team may not see it right away, so do not wait for them to contact you.';

export function SevereGuidance({
  kind,
  saved,
  notice,
}: {
  kind: Exclude<SevereGuidanceKind, 'none'>;
  saved: boolean;
  notice?: string | undefined;
}) {
  const who = <p className="rr-severe__who">{notice ?? DEFAULT_SEVERE_NOTICE}</p>;
  if (kind === 'past') {
    return (
      <div className="rr-severe rr-severe--past" role="status" data-testid="severe-guidance">
        <strong className="rr-severe__title">
          This reading is very high, and more than a day old.
        </strong>
        <p>
          It does not tell how your blood pressure is now. Measure again today, and tell your care
          team about it.
        </p>
        {who}
      </div>
    );
  }
  return (
    <div className="rr-severe" role="alert" data-testid="severe-guidance">
      <strong className="rr-severe__title">
        {saved ? 'The reading you saved is very high.' : 'This reading is very high.'}
      </strong>
      <p>
        Sit quietly and measure again after five minutes. If it is still above 180/120, contact your
        doctor right away.
      </p>
      <p>
        <strong>
          If you have chest pain, shortness of breath, weakness or numbness, changes in your vision,
          or difficulty speaking, call emergency services (911) now.
        </strong>
      </p>
      {who}
    </div>
  );
}
