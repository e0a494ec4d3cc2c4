/**
 * Shown at once for a reading above 180 and/or 120 (ACC/AHA 2017 hypertensive crisis threshold; the
 * advice follows the AHA's patient guidance): measure again after five minutes; call emergency
 * services with signs of organ damage.
 */
export function SevereGuidance({ saved }: { saved: boolean }) {
  return (
    <div className="rr-severe" role="alert">
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
    </div>
  );
}
