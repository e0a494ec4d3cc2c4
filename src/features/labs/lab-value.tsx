import type { LabRow } from '../../clinical/labs';
import { storedTitle, valueWithUnit } from './format';

/** A result at its precision; hovering (or the detail table) shows the value exactly as stored. */
export function LabValue({ row }: { row: LabRow }) {
  const title = storedTitle(row);
  return (
    <span className="lab-value" {...(title ? { title } : {})}>
      {valueWithUnit(row)}
    </span>
  );
}
