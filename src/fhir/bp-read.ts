/**
 * Observation[] -> BpReading[] plus every exclusion with its reason (DESIGN: anything unreadable is
 * counted, never dropped silently). Incremental (`add` per page or chunk, then `finish`) so 100,000
 * resources can be read in slices that never block the page.
 */
import type { EncounterIndex } from './bp-evidence';
import { parseObservation, type ReadingMeta } from './bp-parse';
import type { BpReadResult, BpReading, Exclusion, ExclusionReason } from './bp-types';

/**
 * What a cuff can measure: validated home and office monitors span about 0–299 mmHg; beyond these a
 * value is a typo or a unit error, not a blood pressure. Same bounds as the record-reading form.
 */
export const PLAUSIBLE_MMHG = {
  systolic: { min: 50, max: 300 },
  diastolic: { min: 20, max: 200 },
} as const;
/** Separate systolic and diastolic Observations of one reading are charted within a minute. */
export const PAIR_WINDOW_MS = 60_000;
/** Device and server clocks drift: a few minutes ahead is not "the future". */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;
/**
 * A date-only value (`t` = noon UTC of its day) is in the future only once its day has begun nowhere
 * on Earth: the day starts at the earliest at 00:00 UTC+14, i.e. 26 hours before that noon. Without
 * this, a reading dated today would be "future" every morning west of Greenwich.
 */
export const DATE_ONLY_EARLIEST_START_MS = 26 * 3_600_000;

/** True when the reading's time (at its precision) is after `now` plus the clock tolerance. */
export function isFutureDated(r: Pick<BpReading, 'time' | 'datePrecision'>, now: number): boolean {
  const start = r.datePrecision === 'time' ? r.time : r.time - DATE_ONLY_EARLIEST_START_MS;
  return start > now + FUTURE_TOLERANCE_MS;
}

export interface ReadOptions {
  now: number;
  encounters?: EncounterIndex;
}

interface Half {
  id: string;
  value: number;
  meta: ReadingMeta;
}

function check(r: BpReading, now: number): ExclusionReason | undefined {
  const { systolic: s, diastolic: d } = PLAUSIBLE_MMHG;
  if (r.systolic < s.min || r.systolic > s.max || r.diastolic < d.min || r.diastolic > d.max)
    return 'implausible';
  if (r.diastolic >= r.systolic) return 'diastolic-not-below-systolic';
  if (isFutureDated(r, now)) return 'future-dated';
  return undefined;
}

const byTime = (a: { meta: ReadingMeta }, b: { meta: ReadingMeta }) => a.meta.time - b.meta.time;

/** Pairs each systolic with the nearest unused diastolic within the window; leftovers are excluded. */
export function pairHalves(
  systolic: Half[],
  diastolic: Half[],
): { readings: BpReading[]; unpaired: string[] } {
  systolic.sort(byTime);
  diastolic.sort(byTime);
  const used = new Uint8Array(diastolic.length);
  const readings: BpReading[] = [];
  const unpaired: string[] = [];
  let start = 0;
  for (const sys of systolic) {
    const t = sys.meta.time;
    while (start < diastolic.length && (diastolic[start]?.meta.time ?? 0) < t - PAIR_WINDOW_MS)
      start++;
    let best = -1;
    for (let j = start; j < diastolic.length; j++) {
      const dia = diastolic[j];
      if (!dia || dia.meta.time > t + PAIR_WINDOW_MS) break;
      const bestDia = diastolic[best];
      if (!used[j] && (!bestDia || Math.abs(dia.meta.time - t) < Math.abs(bestDia.meta.time - t)))
        best = j;
    }
    const dia = diastolic[best];
    if (!dia) {
      unpaired.push(sys.id);
      continue;
    }
    used[best] = 1;
    const strongest = sys.meta.setting !== 'unknown' ? sys.meta : dia.meta;
    readings.push({
      ...sys.meta,
      setting: strongest.setting,
      settingEvidence: strongest.settingEvidence,
      source: sys.meta.source !== 'unknown' ? sys.meta.source : dia.meta.source,
      id: `${sys.id}+${dia.id}`,
      systolic: sys.value,
      diastolic: dia.value,
    });
  }
  diastolic.forEach((d, j) => {
    if (!used[j]) unpaired.push(d.id);
  });
  return { readings, unpaired };
}

export function createBpReader(options: ReadOptions) {
  const readings: BpReading[] = [];
  const excluded: Exclusion[] = [];
  const systolic: Half[] = [];
  const diastolic: Half[] = [];
  let ignored = 0;
  return {
    /** Resources of any shape (servers send JSON, not types): each is read, counted or ignored. */
    add(observations: readonly unknown[]) {
      for (const obs of observations) {
        const parsed = parseObservation(obs, options.encounters);
        switch (parsed.type) {
          case 'reading':
            readings.push(parsed.reading);
            break;
          case 'half':
            (parsed.half === 'systolic' ? systolic : diastolic).push(parsed);
            break;
          case 'excluded':
            excluded.push({ id: parsed.id, reason: parsed.reason });
            break;
          case 'other':
            ignored++;
            break;
        }
      }
    },
    finish(): BpReadResult {
      const paired = pairHalves(systolic, diastolic);
      const all = readings.concat(paired.readings);
      // Sorted first so that which of two duplicates is kept never depends on server order. Servers
      // usually send date order already: checking costs one pass, sorting is skipped.
      if (!isSorted(all)) all.sort(byTimeThenId);
      const out = excluded.concat(
        paired.unpaired.map((id) => ({ id, reason: 'missing-component' as const })),
      );
      const kept: BpReading[] = [];
      let sameTime: BpReading[] = [];
      for (const r of all) {
        const reason = check(r, options.now);
        if (reason) {
          out.push({ id: r.id, reason });
          continue;
        }
        // Exact duplicates (the same instant and values sent twice, e.g. an interface resending a
        // batch) can only sit among readings of the same instant, which are adjacent once sorted.
        if (sameTime[0]?.time !== r.time) sameTime = [];
        if (
          sameTime.some(
            (k) => k.systolic === r.systolic && k.diastolic === r.diastolic && k.kind === r.kind,
          )
        ) {
          out.push({ id: r.id, reason: 'duplicate' });
          continue;
        }
        sameTime.push(r);
        kept.push(r);
      }
      return { readings: kept, excluded: out, ignored };
    },
  };
}

const byTimeThenId = (a: BpReading, b: BpReading) =>
  a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function isSorted(xs: readonly BpReading[]): boolean {
  for (let i = 1; i < xs.length; i++) {
    const prev = xs[i - 1];
    const cur = xs[i];
    if (prev && cur && byTimeThenId(prev, cur) > 0) return false;
  }
  return true;
}

export function readBloodPressure(
  observations: readonly unknown[],
  options: ReadOptions,
): BpReadResult {
  const reader = createBpReader(options);
  reader.add(observations);
  return reader.finish();
}
