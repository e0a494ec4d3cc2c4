/**
 * What moved, and the order the overview shows analytes in. Pure.
 *
 * Change: the latest numeric result against the one before it, both in the analyte's unit. It is
 * "significant" when it exceeds the analyte's reference change value (labs-analytes-table.ts: the
 * difference two results must show to exceed analytical plus within-person biological variation), and
 * is at least one step at the printed precision (a change that prints as 0 is no change).
 *
 * Ranking (DESIGN: "Long histories are grouped and ranked, abnormal and recent first"): critical latest
 * results, then abnormal ones, then significant changes, then the rest; within each, the
 * hypertension-relevant analytes in the table's order, then by name.
 */
import type { Analyte } from './labs-analytes';
import type { LabFlag } from './labs-flags';
import { formatComputed } from './labs-precision';
import type { LabRow, TrendPoint } from './labs-row';

/** Analytes without biological-variation data: a change of a quarter of the previous value. */
export const DEFAULT_RCV = 0.25;

export interface LabChange {
  previous: TrendPoint;
  /** Latest minus previous, in the analyte's unit. */
  delta: number;
  /** |delta| as printed ("0.3"). */
  deltaText: string;
  direction: 'up' | 'down' | 'none';
  /** Beyond the reference change value. */
  significant: boolean;
}

const decimalsOf = (text: string) => text.split('.')[1]?.length ?? 0;

/** `trend` is oldest first; the change exists only when the latest result is its last point. */
export function changeOf(
  latest: LabRow,
  trend: readonly TrendPoint[],
  analyte: Analyte | undefined,
): LabChange | undefined {
  const last = trend.at(-1);
  const previous = trend.at(-2);
  if (!last || !previous || last.id !== latest.id) return undefined;
  // On the values as printed, so the change agrees with the two numbers the reader sees.
  const shownLast = Number(last.text);
  const shownPrevious = Number(previous.text);
  if (!Number.isFinite(shownLast) || !Number.isFinite(shownPrevious)) return undefined;
  const delta = shownLast - shownPrevious;
  const deltaText = formatComputed(
    Math.abs(delta),
    Math.max(decimalsOf(last.text), decimalsOf(previous.text)),
  );
  const printsAsZero = Number(deltaText) === 0;
  const rcv = analyte?.rcv ?? DEFAULT_RCV;
  const significant = !printsAsZero && Math.abs(delta) > rcv * Math.abs(shownPrevious);
  return {
    previous,
    delta,
    deltaText,
    direction: printsAsZero ? 'none' : delta > 0 ? 'up' : 'down',
    significant,
  };
}

export type LabTier = 'critical' | 'abnormal' | 'changed' | 'other';

export function tierOf(flag: LabFlag | undefined, change: LabChange | undefined): LabTier {
  if (flag?.severity === 'critical') return 'critical';
  if (flag?.severity === 'abnormal') return 'abnormal';
  if (change?.significant) return 'changed';
  return 'other';
}

const TIER_ORDER: Record<LabTier, number> = { critical: 0, abnormal: 1, changed: 2, other: 3 };

export interface Rankable {
  tier: LabTier;
  relevance?: number;
  name: string;
}

export function compareAnalytes(a: Rankable, b: Rankable): number {
  const tier = TIER_ORDER[a.tier] - TIER_ORDER[b.tier];
  if (tier !== 0) return tier;
  const rel = (a.relevance ?? Infinity) - (b.relevance ?? Infinity);
  if (rel !== 0 && !Number.isNaN(rel)) return rel;
  return a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
}
