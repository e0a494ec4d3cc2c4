/**
 * The in-page probe for the BP bench, injected before any app code (addInitScript). It records long
 * tasks and the first moment the BP chart is drawn with no loading status left in the panel, on the
 * page's own clock; request times come from Resource Timing (no wrapping of fetch, no extra cost).
 */
export interface ProbeState {
  chartAt?: number;
  longTasks: { start: number; duration: number }[];
}

declare global {
  interface Window {
    __bpProbe?: ProbeState;
  }
}

/** Runs in the browser (serialized by Playwright): no imports, no closures over module scope. */
export function installProbe(): void {
  const probe: ProbeState = { longTasks: [] };
  window.__bpProbe = probe;
  performance.setResourceTimingBufferSize(10_000);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (probe.chartAt !== undefined) return;
    const panel = document.querySelector('.bp-panel');
    const drawn = panel?.querySelector('[data-testid="bp-chart"] svg.recharts-surface .recharts-layer');
    const busy = panel?.querySelector('.state--loading');
    if (drawn && !busy) probe.chartAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
}

/** Read in the page after a run: token and Observation response times, chart element count. */
export function readProbe(): {
  chartAt?: number;
  tokenAt?: number;
  lastObservationAt?: number;
  observationRequests: number;
  longTasks: { start: number; duration: number }[];
  svgElements: number;
  drawnRows: number;
} {
  const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const token = entries.filter((e) => /\/token(\?|$)/.test(e.name)).at(-1);
  const observations = entries.filter((e) => /\/Observation\?/.test(e.name));
  const chart = document.querySelector('[data-testid="bp-chart"]');
  return {
    ...(window.__bpProbe?.chartAt !== undefined ? { chartAt: window.__bpProbe.chartAt } : {}),
    ...(token ? { tokenAt: token.responseEnd } : {}),
    ...(observations.length > 0 ? { lastObservationAt: Math.max(...observations.map((e) => e.responseEnd)) } : {}),
    observationRequests: observations.length,
    longTasks: window.__bpProbe?.longTasks ?? [],
    svgElements: chart?.querySelectorAll('svg *').length ?? 0,
    drawnRows: Number(chart?.getAttribute('data-drawn') ?? 0),
  };
}
