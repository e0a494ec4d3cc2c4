/** "Data as of 10:42" — the newest successful fetch among the dashboard's queries. */
import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

export function useDataAsOf(): number | undefined {
  const cache = useQueryClient().getQueryCache();
  const latest = useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () => cache.getAll().reduce((max, q) => Math.max(max, q.state.dataUpdatedAt), 0),
  );
  return latest > 0 ? latest : undefined;
}

// One formatter for the page: toLocaleString builds a new one on every render (issue 12).
const TIME = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

export function DataAsOf() {
  const at = useDataAsOf();
  if (at === undefined) return null;
  const date = new Date(at);
  return (
    <p className="data-as-of">
      Data as of <time dateTime={date.toISOString()}>{TIME.format(date)}</time>
    </p>
  );
}
