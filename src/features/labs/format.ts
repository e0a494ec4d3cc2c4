/** Values as the labs panel prints them. Dates go through src/clinical/date-text.ts (labs-when.ts). */
import type { LabRow } from '../../clinical/labs';

/** `5.4 mmol/L`, `<0.5 mg/L`, `Trace`. */
export const valueWithUnit = (row: LabRow) =>
  row.unit ? `${row.valueText} ${row.unit}` : row.valueText;

/** Tooltip of a rounded value: the value exactly as stored. */
export const storedTitle = (row: LabRow) =>
  row.storedValue ? `stored value ${row.storedValue}` : undefined;
