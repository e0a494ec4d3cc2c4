/**
 * Runs the windows of one search a few at a time, newest first (issue 12). At most `limit()` windows
 * are in flight; the limit is read again before each start, so a server that answered 429 (the gateway
 * lowers the limit) gets fewer requests from then on. Each window walks its own `next` links in order.
 * A window whose first page fails is a failed window (its neighbours still load); an ended session or
 * an abort stops every window and is thrown.
 */
import type { Resource } from 'fhir/r4';
import { FhirError, type SearchAllResult, type WindowOutcome } from './types';

const fatal = (e: unknown) =>
  !(e instanceof FhirError) || e.kind === 'unauthorized' || e.kind === 'session-ended';

export async function runWindows<T extends Resource>(
  count: number,
  walk: (index: number) => Promise<SearchAllResult<T>>,
  options: { limit: () => number; onWindow?: (index: number, outcome: WindowOutcome<T>) => void },
): Promise<WindowOutcome<T>[]> {
  const outcomes: WindowOutcome<T>[] = new Array<WindowOutcome<T>>(count);
  let next = 0;
  let running = 0;
  let stopped: unknown;
  return new Promise((resolve, reject) => {
    const pump = () => {
      if (stopped !== undefined) return;
      if (next >= count && running === 0) {
        resolve(outcomes);
        return;
      }
      while (next < count && running < Math.max(1, options.limit())) {
        const index = next++;
        running++;
        walk(index).then(
          (result) => {
            finish(index, { ok: true, result });
          },
          (error: unknown) => {
            if (fatal(error)) {
              stopped ??= error;
              reject(error instanceof Error ? error : new Error(String(error)));
              return;
            }
            finish(index, { ok: false, error: error as FhirError });
          },
        );
      }
    };
    const finish = (index: number, outcome: WindowOutcome<T>) => {
      running--;
      if (stopped !== undefined) return;
      outcomes[index] = outcome;
      options.onWindow?.(index, outcome);
      pump();
    };
    pump();
  });
}
