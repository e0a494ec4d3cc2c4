/** Dates and values as the labs panel prints them (the browser's time zone, which is the patient's view). */
import type { LabRow } from '../../clinical/labs';

const DATE = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric' });

export const formatDate = (t: number | undefined) =>
  t === undefined ? 'Date unknown' : DATE.format(t);

/** `5.4 mmol/L`, `<0.5 mg/L`, `Trace`. */
export const valueWithUnit = (row: LabRow) =>
  row.unit ? `${row.valueText} ${row.unit}` : row.valueText;
