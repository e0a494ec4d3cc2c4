/** Tooltip for a point (one reading) or a band (a day/week/month of readings). */
import type { BandRow, PointRow } from './chart-model';
import { formatDay } from '../../clinical/date-text';
import { readingDate } from '../../clinical/bp-summary';
import { DAY } from '../../clinical/time';
import { mmHg, SETTING_LABEL } from './format';

interface TooltipProps {
  timeZone: string;
  now: number;
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
}

const isBand = (row: unknown): row is BandRow =>
  typeof row === 'object' && row !== null && 'count' in row;
const isPoint = (row: unknown): row is PointRow =>
  typeof row === 'object' && row !== null && 'systolic' in row;

export function BpTooltip({ timeZone, now, active, payload }: TooltipProps) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const opts = { timeZone, now };
  if (isBand(row)) {
    return (
      <div className="bp-tooltip">
        <strong>
          {formatDay(row.from, opts)}
          {row.to - row.from > DAY * 1.5 ? ` – ${formatDay(row.to - 1, opts)}` : ''}
        </strong>
        <div>{row.count.toLocaleString('en-US')} readings</div>
        <div>Mean {mmHg(row.sysMean, row.diaMean)} mmHg</div>
        <div>
          Systolic {Math.round(row.sysRange[0])}–{Math.round(row.sysRange[1])}, diastolic{' '}
          {Math.round(row.diaRange[0])}–{Math.round(row.diaRange[1])}
        </div>
      </div>
    );
  }
  if (isPoint(row)) {
    return (
      <div className="bp-tooltip">
        <strong>{mmHg(row.systolic, row.diastolic)} mmHg</strong>
        <div>{readingDate({ time: row.t, datePrecision: row.datePrecision }, opts, true)}</div>
        <div>
          {SETTING_LABEL[row.setting]}
          {row.kind === 'average' ? ' · average' : ''}
        </div>
      </div>
    );
  }
  return null;
}
