/**
 * The BP chart (lazy-loaded with recharts). Plain series in, SVG out: points with shapes for short
 * series, min/mean/max bands for long ones; no dots and no animation where it would cost (STACK-NOTES:
 * recharts needs ~1.2 s for 10,000 points). The plot area starts TIME_AXIS_MARGIN.left from the left
 * edge and ends TIME_AXIS_MARGIN.right from the right, so the medication timeline lines up under it.
 */
import { memo } from 'react';
import {
  Area,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { TIME_AXIS_MARGIN } from '../../components/chart-layout';
import { BpTooltip } from './bp-tooltip';
import type { ChartModel, PointRow } from './chart-model';
import { lowShape, severeShape } from './bp-marks';
import { GOAL_COLOR, SETTING_STYLE, SEVERE_COLOR, SEVERE_LINE } from './palette';
import { timeTicks } from '../../components/time-ticks';

export interface BpChartProps {
  model: ChartModel;
  timeZone: string;
  now: number;
  highlight?: PointRow;
  height?: number;
  /** A span whose readings could not be loaded: shaded, so its blank is not read as "no readings". */
  notLoaded?: { from: number; to: number };
}

function BpChart({ model, timeZone, now, highlight, height = 320, notLoaded }: BpChartProps) {
  const { domain, goal } = model;
  const ticks = timeTicks(domain, timeZone, now);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart margin={{ top: 12, right: TIME_AXIS_MARGIN.right, bottom: 4, left: 0 }}>
        <XAxis
          type="number"
          dataKey="t"
          domain={[domain.from, domain.to]}
          allowDataOverflow
          ticks={ticks.values}
          tickFormatter={ticks.format}
          // Never drop the first tick: it carries the year.
          interval="preserveStart"
          fontSize={12}
        />
        <YAxis
          type="number"
          domain={model.yDomain}
          width={TIME_AXIS_MARGIN.left}
          allowDataOverflow
          fontSize={12}
          unit=""
        />
        {notLoaded ? (
          <ReferenceArea
            x1={notLoaded.from}
            x2={notLoaded.to}
            fill="#8c959f"
            fillOpacity={0.15}
            ifOverflow="hidden"
            label={{ value: 'not loaded', position: 'insideTop', fontSize: 11, fill: '#57606a' }}
          />
        ) : null}
        <ReferenceArea
          y1={90}
          y2={goal.systolic}
          fill={GOAL_COLOR}
          fillOpacity={0.07}
          ifOverflow="hidden"
        />
        <ReferenceLine
          y={goal.systolic}
          stroke={GOAL_COLOR}
          strokeDasharray="6 3"
          label={{
            value: `goal ${goal.systolic}`,
            position: 'insideTopLeft',
            fontSize: 11,
            fill: GOAL_COLOR,
          }}
        />
        {/* Unlabelled: its label would sit among the diastolic points; the legend names it. */}
        <ReferenceLine y={goal.diastolic} stroke={GOAL_COLOR} strokeDasharray="6 3" />
        <ReferenceLine
          y={180}
          stroke={SEVERE_LINE}
          strokeDasharray="2 3"
          label={{
            value: 'severe 180',
            position: 'insideTopLeft',
            fontSize: 11,
            fill: SEVERE_LINE,
          }}
        />
        {model.series.map((s) => {
          const style = SETTING_STYLE[s.setting];
          if (s.kind === 'bands') {
            return [
              <Area
                key={`${s.setting}-sr`}
                data={s.rows}
                dataKey="sysRange"
                stroke="none"
                fill={style.color}
                fillOpacity={0.22}
                isAnimationActive={false}
                activeDot={false}
                legendType="none"
                name={`${style.label} systolic range`}
              />,
              <Area
                key={`${s.setting}-dr`}
                data={s.rows}
                dataKey="diaRange"
                stroke="none"
                fill={style.color}
                fillOpacity={0.12}
                isAnimationActive={false}
                activeDot={false}
                legendType="none"
                name={`${style.label} diastolic range`}
              />,
              <Line
                key={`${s.setting}-sm`}
                data={s.rows}
                dataKey="sysMean"
                stroke={style.color}
                strokeWidth={1.5}
                dot={false}
                isAnimationActive={false}
                name={`${style.label} systolic mean`}
              />,
              <Line
                key={`${s.setting}-dm`}
                data={s.rows}
                dataKey="diaMean"
                stroke={style.color}
                strokeWidth={1.5}
                strokeDasharray="4 2"
                dot={false}
                isAnimationActive={false}
                name={`${style.label} diastolic mean`}
              />,
            ];
          }
          const joined = s.setting === 'home';
          return [
            <Scatter
              key={`${s.setting}-s`}
              data={s.rows}
              dataKey="systolic"
              fill={style.color}
              shape={style.shape}
              isAnimationActive={false}
              name={`${style.label} systolic`}
              line={joined ? { stroke: style.color, strokeOpacity: 0.35 } : false}
            />,
            <Scatter
              key={`${s.setting}-d`}
              data={s.rows}
              dataKey="diastolic"
              fill="#fff"
              stroke={style.color}
              shape={style.shape}
              isAnimationActive={false}
              name={`${style.label} diastolic`}
              line={
                joined
                  ? { stroke: style.color, strokeOpacity: 0.25, strokeDasharray: '3 2' }
                  : false
              }
            />,
          ];
        })}
        {model.severe.length > 0 ? (
          <Scatter
            data={model.severe}
            dataKey="systolic"
            shape={severeShape}
            isAnimationActive={false}
            name="Severe reading"
          />
        ) : null}
        {model.low.length > 0 ? (
          <Scatter
            data={model.low}
            dataKey="y"
            shape={lowShape}
            isAnimationActive={false}
            name="Low reading"
          />
        ) : null}
        {highlight ? (
          <>
            <ReferenceLine x={highlight.t} stroke={SEVERE_COLOR} strokeDasharray="3 3" />
            <ReferenceDot
              x={highlight.t}
              y={highlight.systolic}
              r={11}
              fill="none"
              stroke={SEVERE_COLOR}
              strokeWidth={3}
            />
          </>
        ) : null}
        <Tooltip content={<BpTooltip timeZone={timeZone} now={now} />} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/** Memoized: paging progress re-renders the panel many times while the chart's inputs stay the same. */
export default memo(BpChart);
