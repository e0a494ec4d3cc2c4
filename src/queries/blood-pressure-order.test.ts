import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOrderCheck } from './blood-pressure-order';

const at = (iso: string) => ({ resourceType: 'Observation', effectiveDateTime: iso });
const run = (pages: unknown[][]) => {
  const check = createOrderCheck();
  for (const p of pages) check.page(p);
  return { newestFirst: check.newestFirst, oldest: check.oldest };
};

describe('createOrderCheck: pages really newest first', () => {
  it.each([
    [
      'newest first across pages',
      [[at('2026-03-10T10:00:00Z'), at('2026-03-09T10:00:00Z')], [at('2026-03-08T10:00:00Z')]],
      true,
      Date.UTC(2026, 2, 8, 10),
    ],
    [
      'equal times straddling a page break',
      [[at('2026-03-10T10:00:00Z'), at('2026-03-09T10:00:00Z')], [at('2026-03-09T10:00:00Z')]],
      true,
      Date.UTC(2026, 2, 9, 10),
    ],
    [
      'oldest first (a server that ignored _sort)',
      [[at('2026-03-01T10:00:00Z')], [at('2026-03-02T10:00:00Z')]],
      false,
      Date.UTC(2026, 2, 1, 10),
    ],
    [
      'one page oldest first (ignored _sort, then a failure)',
      [[at('2026-03-01T10:00:00Z'), at('2026-03-02T10:00:00Z')]],
      false,
      Date.UTC(2026, 2, 1, 10),
    ],
    [
      'a period: both ends count',
      [
        [at('2026-03-10T10:00:00Z')],
        [{ effectivePeriod: { start: '2026-03-01T00:00:00Z', end: '2026-03-11T00:00:00Z' } }],
      ],
      false,
      Date.UTC(2026, 2, 1),
    ],
    [
      'resources without a readable time are skipped',
      [[null, 7, { effectiveDateTime: 12 }, at('2026-03-10T10:00:00Z')], [{}], [at('2026-03-09')]],
      true,
      Date.UTC(2026, 2, 9, 12),
    ],
  ])('%s', (_name, pages, newestFirst, oldest) => {
    expect(run(pages)).toEqual({ newestFirst, oldest });
  });

  it('keeps the newest time seen, whatever the order', () => {
    const check = createOrderCheck();
    check.page([at('2026-03-08T10:00:00Z'), at('2026-03-10T10:00:00Z')]);
    check.page([at('2026-03-09T10:00:00Z')]);
    expect(check.newest).toBe(Date.UTC(2026, 2, 10, 10));
  });

  it('never throws on type-confused JSON', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.anything())), (pages) => {
        run(pages);
      }),
    );
  });
});
