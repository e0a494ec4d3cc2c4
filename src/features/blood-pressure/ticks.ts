/** Time-axis ticks at local midnights, labelled by the span: "12 Mar" for short, "Mar 2026" for long. */
import { startOfLocalDay } from '../../clinical/time';
import type { TimeDomain } from '../../components/chart-layout';

const DAY = 86_400_000;

export function timeTicks(domain: TimeDomain, timeZone: string, count = 6) {
  const span = domain.to - domain.from;
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = startOfLocalDay(domain.from + ((i + 0.5) * span) / count, timeZone);
    if (t >= domain.from && t <= domain.to && values.at(-1) !== t) values.push(t);
  }
  const long = span > 200 * DAY;
  const fmt = new Intl.DateTimeFormat(
    'en-GB',
    long
      ? { month: 'short', year: 'numeric', timeZone }
      : { day: 'numeric', month: 'short', timeZone },
  );
  return { values, format: (t: number) => fmt.format(t) };
}
