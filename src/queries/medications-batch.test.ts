import { describe, expect, it } from 'vitest';
import { FhirError, type FhirGateway } from '../smart/types';
import { BATCH, IN_FLIGHT, fetchMedicationsById } from './medications-batch';

/** A gateway whose searches resolve on the next macrotask, counting how many run at once. */
function fakeGateway(opts: { refuse?: boolean } = {}) {
  const stats = { inFlight: 0, maxInFlight: 0, searches: 0, reads: 0 };
  const later = <T>(value: () => T) =>
    new Promise<T>((resolve, reject) => {
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      setTimeout(() => {
        stats.inFlight--;
        try {
          resolve(value());
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      }, 0);
    });
  const gateway = {
    serverUrl: 'x',
    searchAll: (_type: string, params: Record<string, string>) => {
      stats.searches++;
      return later(() => {
        if (opts.refuse) throw new FhirError('invalid', 'no _id', 400);
        const ids = params._id?.split(',') ?? [];
        return {
          resources: ids
            .filter((id) => id.endsWith('0'))
            .map((id) => ({ resourceType: 'Medication', id })),
          included: [],
          pages: 1,
          truncated: false,
        };
      });
    },
    read: (_type: string, id: string) => {
      stats.reads++;
      return later(() => {
        if (id === 'm1') throw new FhirError('server', 'down', 503);
        return { resourceType: 'Medication', id };
      });
    },
  } as unknown as FhirGateway;
  return { gateway, stats };
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `m${i}`);

describe('fetchMedicationsById', () => {
  it(`asks ${BATCH} ids per search, at most ${IN_FLIGHT} at once`, async () => {
    const { gateway, stats } = fakeGateway();
    const out = await fetchMedicationsById(gateway, ids(2000));
    expect(stats.searches).toBe(40);
    expect(stats.maxInFlight).toBe(IN_FLIGHT);
    expect(out.medications).toHaveLength(200);
    expect(out.failures).toEqual([]);
  });

  it('falls back to single reads, as few at a time, when the _id search is refused', async () => {
    const { gateway, stats } = fakeGateway({ refuse: true });
    const out = await fetchMedicationsById(gateway, ids(30));
    expect(stats.reads).toBe(30);
    expect(stats.maxInFlight).toBeLessThanOrEqual(IN_FLIGHT);
    expect(out.medications).toHaveLength(29);
    expect(out.failures.map((f) => f.kind)).toEqual(['server']);
  });

  it('asks nothing for no ids', async () => {
    const { gateway, stats } = fakeGateway();
    expect(await fetchMedicationsById(gateway, [])).toEqual({ medications: [], failures: [] });
    expect(stats.searches).toBe(0);
  });
});
