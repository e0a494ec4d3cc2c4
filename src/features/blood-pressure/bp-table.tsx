/**
 * Every reading of the period as a sortable table, virtualized (@tanstack/react-virtual) so 100,000
 * rows cost as much as the ~20 on screen. A real <table>: spacer rows keep its semantics.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, useState } from 'react';
import { categoryLabel, categoryOf, type BpCategory } from '../../clinical/bp-category';
import type { BpReading } from '../../fhir/bp-types';
import { readingDate } from '../../clinical/bp-summary';
import type { BpMean } from '../../clinical/bp-daily';
import { EVIDENCE_LABEL, SETTING_LABEL, SOURCE_LABEL } from './format';

/** Low and severe stand out in the table too; the others read as plain text. */
function CategoryText({ category }: { category: BpCategory }) {
  const label = categoryLabel(category);
  return category === 'low' || category === 'severe' ? (
    <span className={`bp-cat bp-cat--${category}`}>{label}</span>
  ) : (
    <>{label}</>
  );
}

type SortKey = 'time' | 'systolic' | 'diastolic' | 'setting';
const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'time', label: 'Date and time' },
  { key: 'systolic', label: 'Systolic' },
  { key: 'diastolic', label: 'Diastolic' },
  { key: 'setting', label: 'Setting' },
];
const ROW_HEIGHT = 36;

const isMean = (r: BpReading): r is BpMean => 'count' in r;
/** ", morning" for a session mean; "" otherwise. */
const sessionText = (r: BpReading) => (isMean(r) && r.session ? `, ${r.session}` : '');
const averageText = (r: BpReading) =>
  r.kind !== 'average' ? '' : isMean(r) ? ` (average of ${r.count})` : ' (average)';

function compare(key: SortKey): (a: BpReading, b: BpReading) => number {
  switch (key) {
    case 'time':
      return (a, b) => a.time - b.time;
    case 'systolic':
      return (a, b) => a.systolic - b.systolic || a.time - b.time;
    case 'diastolic':
      return (a, b) => a.diastolic - b.diastolic || a.time - b.time;
    case 'setting':
      return (a, b) => a.setting.localeCompare(b.setting) || a.time - b.time;
  }
}

function BpTableView({
  readings,
  timeZone,
  now,
  highlightId,
}: {
  readings: readonly BpReading[];
  timeZone: string;
  now: number;
  highlightId?: string;
}) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'time',
    descending: true,
  });
  const rows = useMemo(() => {
    const sorted = [...readings].sort(compare(sort.key));
    return sort.descending ? sorted.reverse() : sorted;
  }, [readings, sort]);
  const scroller = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualizer's functions are read in this render only.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 800, height: 400 },
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  const sortBy = (key: SortKey) => {
    setSort((s) => ({ key, descending: s.key === key ? !s.descending : key === 'time' }));
  };

  return (
    <div
      className="bp-table"
      ref={scroller}
      tabIndex={0}
      role="region"
      aria-label="Blood-pressure readings table"
    >
      <table aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={
                  sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'
                }
              >
                <button
                  type="button"
                  onClick={() => {
                    sortBy(c.key);
                  }}
                >
                  {c.label}
                  <span aria-hidden="true">
                    {sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">Reading category</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {top > 0 ? <tr aria-hidden="true" style={{ height: top }} /> : null}
          {items.map((item) => {
            const r = rows[item.index];
            if (!r) return null;
            return (
              <tr
                key={r.id}
                aria-rowindex={item.index + 2}
                className={r.id === highlightId ? 'bp-table__row--highlight' : undefined}
                style={{ height: ROW_HEIGHT }}
              >
                <td>
                  {readingDate(r, { timeZone, now }, true)}
                  {sessionText(r)}
                </td>
                <td>{Math.round(r.systolic)}</td>
                <td>{Math.round(r.diastolic)}</td>
                <td title={EVIDENCE_LABEL[r.settingEvidence]}>
                  {SETTING_LABEL[r.setting]}
                  {averageText(r)}
                </td>
                <td>
                  <CategoryText category={categoryOf(r.systolic, r.diastolic)} />
                </td>
                <td>{SOURCE_LABEL[r.source]}</td>
              </tr>
            );
          })}
          {bottom > 0 ? <tr aria-hidden="true" style={{ height: bottom }} /> : null}
        </tbody>
      </table>
    </div>
  );
}

/** Memoized: paging progress re-renders the panel while the rows stay the same. */
export const BpTable = memo(BpTableView);
