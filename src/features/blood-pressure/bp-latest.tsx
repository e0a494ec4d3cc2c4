/**
 * The latest reading, always stated with its date and age whatever window is shown (DESIGN: "The
 * latest value is always stated"), e.g. "Latest 162/98 mmHg · Stage 2 range · 4 Jan 2021 — 5 years ago".
 */
import { categoryLabel, categoryOf } from '../../clinical/bp-category';
import { mmHg, readingDate } from '../../clinical/bp-summary';
import { ageText } from '../../clinical/date-text';
import type { BpReading } from '../../fhir/bp-types';
import { SETTING_LABEL } from './format';

export function BpLatest({
  reading,
  timeZone,
  now,
  loadedOnly = false,
}: {
  reading: BpReading;
  timeZone: string;
  now: number;
  /** Some readings did not load and newer ones may be among them: it is only the latest loaded. */
  loadedOnly?: boolean;
}) {
  const category = categoryOf(reading.systolic, reading.diastolic);
  return (
    <p className="bp-latest" data-testid="bp-latest">
      <span className="bp-latest__label">{loadedOnly ? 'Latest loaded' : 'Latest'}</span>{' '}
      <strong>{mmHg(reading.systolic, reading.diastolic)}</strong> mmHg{' '}
      <span className={`bp-cat bp-cat--${category}`}>{categoryLabel(category)}</span>{' '}
      <span className="bp-latest__when">
        on {readingDate(reading, { timeZone, now }, true)} — {ageText(reading.time, now, timeZone)}
        {' · '}
        {SETTING_LABEL[reading.setting]}
        {reading.kind === 'average' ? ' average' : ''}
      </span>
      {loadedOnly ? (
        <span className="bp-latest__note">
          {' '}
          (newer readings may be among those that could not be loaded)
        </span>
      ) : null}
    </p>
  );
}
