/**
 * Where the launch's time goes (issue 12): every request the app's redirect page made, in order, with
 * its start and end on that page's clock, beside the moment the chart was drawn. Printed by
 * `npm run bench launch`; read it to see which step waits for which.
 */
import type { Page } from '@playwright/test';

export interface WaterfallRow {
  what: string;
  startMs: number;
  endMs: number;
}

const READ = `(() => performance.getEntriesByType('resource').map((e) => ({
  name: e.name, start: e.startTime, end: e.responseEnd,
})).concat(performance.getEntriesByType('measure').map((e) => ({
  name: 'measure ' + e.name, start: e.startTime, end: e.startTime + e.duration,
}))))()`;

const short = (url: string) => {
  if (url.startsWith('measure ')) return url;
  const u = new URL(url);
  const q = u.search.length > 60 ? `${u.search.slice(0, 60)}…` : u.search;
  return `${u.port} ${u.pathname.replace(/^\/assets\//, '')}${q}`;
};

export async function waterfall(page: Page): Promise<WaterfallRow[]> {
  const rows = await page.evaluate<{ name: string; start: number; end: number }[]>(READ);
  return rows
    .sort((a, b) => a.start - b.start)
    .map((r) => ({ what: short(r.name), startMs: Math.round(r.start), endMs: Math.round(r.end) }));
}
