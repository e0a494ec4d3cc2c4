/** Dates of medication courses in words, through the shared date text (year unless this year). */
import type { ItemCourse } from '../../clinical/medications-groups';
import { type DateTextOptions, formatWhen } from '../../clinical/date-text';
import type { DatePrecision } from '../../fhir/fhir-date';

export const when = (t: number, precision: DatePrecision | undefined, o: DateTextOptions) =>
  formatWhen(t, precision ?? 'time', o);

/** `Since 15 Jan 2024`, `15 Jan 2024 – 3 Mar`, `Last ordered 2 May 2019 (end not recorded)`. */
export function periodText(c: ItemCourse, o: DateTextOptions): string | undefined {
  const from = c.from !== undefined ? when(c.from, c.fromPrecision, o) : undefined;
  const to = c.to !== undefined ? when(c.to, c.toPrecision, o) : undefined;
  if (c.rule.drawn === 'none')
    return from ? `${c.rule.meaning === 'planned' ? 'Written' : 'Recorded'} ${from}` : undefined;
  if (c.toReason === 'death')
    return from ? `${from} – death (${to ?? ''})` : `Until death (${to ?? ''})`;
  if (c.toReason === 'unknown') {
    const last =
      c.last.start !== undefined ? when(c.last.start, c.last.startPrecision, o) : undefined;
    if (!last) return from ? `From ${from}` : undefined;
    return c.entries.length > 1 && from !== last
      ? `${from ?? ''} – last ordered ${last} (end not recorded)`
      : `Ordered ${last} (end not recorded)`;
  }
  if (from && to) return from === to ? from : `${from} – ${to}`;
  if (from) return `Since ${from}`;
  if (to) return `Until ${to}`;
  return undefined;
}
