/** Chart marks drawn around a point: a solid ring for severe readings, a dashed one for low readings. */
import { LOW_COLOR, SEVERE_COLOR } from './palette';

export const severeShape = (props: { cx?: number; cy?: number }) => (
  <circle cx={props.cx} cy={props.cy} r={8} fill="none" stroke={SEVERE_COLOR} strokeWidth={2} />
);

export const lowShape = (props: { cx?: number; cy?: number }) => (
  <circle
    cx={props.cx}
    cy={props.cy}
    r={8}
    fill="none"
    stroke={LOW_COLOR}
    strokeWidth={2}
    strokeDasharray="3 2"
  />
);
