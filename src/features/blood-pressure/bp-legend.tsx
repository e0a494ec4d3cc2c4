/** The chart's key, in HTML: shape and colour for each setting, filled systolic, hollow diastolic. */
import type { ChartModel } from './chart-model';
import { GOAL_COLOR, LOW_COLOR, SETTING_STYLE, SEVERE_COLOR } from './palette';

const UNIT_TEXT = { day: 'daily', week: 'weekly', month: 'monthly' } as const;

export function BpLegend({ model }: { model: ChartModel }) {
  return (
    <ul className="bp-legend" aria-label="Chart key">
      {model.series.map((s) => {
        const style = SETTING_STYLE[s.setting];
        return (
          <li key={s.setting} style={{ color: style.color }}>
            <span aria-hidden="true">{style.glyph}</span>{' '}
            <span className="bp-legend__text">
              {style.label}
              {s.kind === 'bands'
                ? ` (${UNIT_TEXT[s.unit]} range and mean)`
                : ' (filled systolic, hollow diastolic)'}
            </span>
          </li>
        );
      })}
      {model.severe.length > 0 ? (
        <li style={{ color: SEVERE_COLOR }}>
          <span aria-hidden="true">◯</span>{' '}
          <span className="bp-legend__text">Severe (above 180/120)</span>
        </li>
      ) : null}
      {model.low.length > 0 ? (
        <li style={{ color: LOW_COLOR }}>
          <span aria-hidden="true">◌</span>{' '}
          <span className="bp-legend__text">Low (below 90/60)</span>
        </li>
      ) : null}
      <li style={{ color: GOAL_COLOR }}>
        <span aria-hidden="true">┄</span>{' '}
        <span className="bp-legend__text">
          Home goal {model.goal.systolic}/{model.goal.diastolic}
        </span>
      </li>
    </ul>
  );
}
