/**
 * The in-page probe for the BP bench, injected before any app code. It records long tasks and the
 * first moment the BP chart is drawn with no loading status left in the panel, on the page's own
 * clock; request times come from Resource Timing (no wrapping of fetch, no cost to the app).
 * Plain JavaScript strings: tsx/esbuild would wrap functions in helpers the page does not have.
 */
export interface ProbeReading {
  chartAt?: number;
  tokenAt?: number;
  lastObservationAt?: number;
  observationRequests: number;
  longTasks: { start: number; duration: number }[];
  svgElements: number;
  drawnRows: number;
}

export const PROBE_SCRIPT = `(() => {
  const probe = { longTasks: [] };
  window.__bpProbe = probe;
  performance.setResourceTimingBufferSize(10000);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (probe.chartAt !== undefined) return;
    const panel = document.querySelector('.bp-panel');
    const drawn = panel && panel.querySelector('[data-testid="bp-chart"] svg.recharts-surface .recharts-layer');
    const busy = panel && panel.querySelector('.state--loading');
    if (drawn && !busy) probe.chartAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

/** Forget the chart time (before an action whose drawing is measured). */
export const RESET_PROBE = 'delete window.__bpProbe.chartAt';
export const CHART_DRAWN = 'window.__bpProbe && window.__bpProbe.chartAt !== undefined';
export const NOW = 'performance.now()';

/** Evaluated after a run: token and Observation response times, chart element count. */
export const READ_PROBE = `(() => {
  const entries = performance.getEntriesByType('resource');
  const token = entries.filter((e) => /\\/token(\\?|$)/.test(e.name)).pop();
  const observations = entries.filter((e) => /\\/Observation\\?/.test(e.name));
  const chart = document.querySelector('[data-testid="bp-chart"]');
  return {
    chartAt: window.__bpProbe.chartAt,
    tokenAt: token ? token.responseEnd : undefined,
    lastObservationAt: observations.length ? Math.max(...observations.map((e) => e.responseEnd)) : undefined,
    observationRequests: observations.length,
    longTasks: window.__bpProbe.longTasks,
    svgElements: chart ? chart.querySelectorAll('svg *').length : 0,
    drawnRows: Number(chart ? chart.getAttribute('data-drawn') : 0),
  };
})()`;
