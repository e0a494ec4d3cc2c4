/**
 * BP bench (issue 4), in real Chromium against the sandbox and the built app: for large-history
 * (100,000 readings) and a 1,000-reading history over the same years, time from token to chart drawn,
 * peak JS heap, SVG elements in the chart, long tasks (>200 ms) after the data arrived, and the ratios.
 * Both at the dashboard's default range and after choosing "All". Figures, not pass/fail.
 * Run alone: `node_modules/.bin/tsx bench/bp.ts`.
 */
import { chromium, type Page } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import {
  CHART_DRAWN,
  NOW,
  PROBE_SCRIPT,
  READ_PROBE,
  RESET_PROBE,
  type ProbeReading,
} from './bp-probe';
import { serve, SPARSE_PATIENT } from './bp-serve';
import { bareWalk, installBarePage, launchPageJsGzip, launchRuns } from './launch';

export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BpRunFigures {
  readings: string;
  tokenToChartMs: number;
  peakHeapMB: number;
  svgElements: number;
  drawnRows: number;
  observationRequests: number;
  longTasksOver200msAfterData: number;
  longestTaskAfterDataMs: number;
}

async function sampleHeap(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peak = 0;
  const state = { running: true };
  const loop = (async () => {
    while (state.running) {
      try {
        const { metrics } = await cdp.send('Performance.getMetrics');
        peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      } catch {
        return; // the page is gone (a failed run): the error that closed it is reported instead
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return async () => {
    state.running = false;
    await loop;
    return Math.round((peak / 1048576) * 10) / 10;
  };
}

async function figures(
  page: Page,
  label: string,
  since: number | 'token',
  stopHeap: () => Promise<number>,
): Promise<BpRunFigures> {
  await page.waitForFunction(CHART_DRAWN, undefined, { timeout: 300_000, polling: 100 });
  await page.waitForTimeout(1500); // let trailing long tasks be reported
  const p = await page.evaluate<ProbeReading>(READ_PROBE);
  const start = since === 'token' ? (p.tokenAt ?? 0) : since;
  const dataAt = p.lastObservationAt ?? 0;
  const late = p.longTasks.filter((t) => t.start + t.duration > dataAt && t.duration > 200);
  return {
    readings: label,
    tokenToChartMs: Math.round((p.chartAt ?? 0) - start),
    peakHeapMB: await stopHeap(),
    svgElements: p.svgElements,
    drawnRows: p.drawnRows,
    observationRequests: p.observationRequests,
    longTasksOver200msAfterData: late.length,
    longestTaskAfterDataMs: Math.round(
      Math.max(
        0,
        ...p.longTasks.filter((t) => t.start + t.duration > dataAt).map((t) => t.duration),
      ),
    ),
  };
}

async function run(
  browserPage: () => Promise<Page>,
  launcher: string,
  patient: string,
): Promise<{ rows: BpRunFigures[]; allSearchMs: number }> {
  const page = await browserPage();
  await page.addInitScript({ content: PROBE_SCRIPT });
  let stop = await sampleHeap(page);
  await page.goto(`${launcher}&patient=${patient}`);
  const atDefault = await figures(page, `${patient}, default range`, 'token', stop);
  // The whole history's search (the risk panel asks for it at start): its own User Timing measure.
  await page.waitForFunction(ALL_SEARCHED, undefined, { timeout: 300_000, polling: 100 });
  const allSearchMs = Math.round(await page.evaluate<number>(ALL_SEARCH_MS));
  stop = await sampleHeap(page);
  // Forget the first drawing, then click: the probe sees "Updating…" come and go and notes the redraw.
  await page.evaluate(RESET_PROBE);
  const clickedAt = await page.evaluate<number>(NOW);
  await page.getByRole('button', { name: 'All', exact: true }).click();
  const all = await figures(page, `${patient}, All (from click)`, clickedAt, stop);
  await page.close();
  return { rows: [atDefault, all], allSearchMs };
}

const ALL_SEARCHED = "performance.getEntriesByName('tensio:bp:all').length > 0";
const ALL_SEARCH_MS = "performance.getEntriesByName('tensio:bp:all')[0].duration";

export async function runBpBench(): Promise<BpRunFigures[]> {
  const sandboxPort = Number(process.env.BENCH_SANDBOX_PORT ?? 4425);
  const appPort = Number(process.env.BENCH_APP_PORT ?? 5195);
  const outDir = process.env.BENCH_DIST ?? 'dist-bench-bp';
  const served = await serve(sandboxPort, appPort, outDir);
  installBarePage(outDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
  });
  try {
    // bypassCSP: the app's CSP forbids string evaluation, which the probe's waits use (the app's own code is unchanged).
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      timezoneId: 'America/New_York',
      bypassCSP: true,
    });
    const launcherFor = (uri: string, patient = 'hypertension-home') =>
      `${served.sandboxUrl}/launcher?launch_type=provider-ehr&launch_uri=${encodeURIComponent(uri)}&patient=${patient}`;
    const launcher = `${served.sandboxUrl}/launcher?launch_type=provider-ehr&launch_uri=${encodeURIComponent(`${served.appUrl}/launch`)}`;
    const { rows: small } = await run(() => context.newPage(), launcher, SPARSE_PATIENT);
    const { rows: large, allSearchMs } = await run(
      () => context.newPage(),
      launcher,
      'large-history',
    );
    const rows = [...small, ...large];
    process.stdout.write('\nBP bench (real Chromium, sandbox + built app)\n');
    console.table(rows);
    const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10) / 10 : NaN);
    const [s0, s1] = small;
    const [l0, l1] = large;
    if (s0 && s1 && l0 && l1) {
      console.table([
        {
          ratio: '100k / 1k, default range',
          time: ratio(l0.tokenToChartMs, s0.tokenToChartMs),
          heap: ratio(l0.peakHeapMB, s0.peakHeapMB),
          svgElements: ratio(l0.svgElements, s0.svgElements),
        },
        {
          ratio: '100k / 1k, All',
          time: ratio(l1.tokenToChartMs, s1.tokenToChartMs),
          heap: ratio(l1.peakHeapMB, s1.peakHeapMB),
          svgElements: ratio(l1.svgElements, s1.svgElements),
        },
      ]);
    }
    // Issue 12: the launch page, launch → BP drawn, and "All" against a bare client.
    const js = launchPageJsGzip(outDir);
    const launch = await launchRuns(context, (uri) => launcherFor(uri), served.appUrl);
    const walk = await bareWalk(
      context,
      launcherFor(`${served.appUrl}/bench-bare.html`, 'large-history'),
    );
    process.stdout.write('\nLaunch and "All" against a bare protocol page (same run)\n');
    console.table([
      { figure: 'launch-page JS (gzip, kB)', app: js.kB, bare: '–', ratio: '–' },
      {
        figure: 'EHR launch → BP drawn (ms, median of 3)',
        app: launch.appMs,
        bare: launch.bareMs,
        ratio: ratio(launch.appMs, launch.bareMs),
      },
      {
        figure: `large-history "All" (ms): app's whole-history search (during the dashboard's start) / bare sequential walk of ${String(walk.pages)} pages`,
        app: allSearchMs,
        bare: walk.ms,
        ratio: ratio(allSearchMs, walk.ms),
      },
      {
        figure: 'large-history "All" (ms): app from click to chart drawn (search already done)',
        app: l1?.tokenToChartMs ?? NaN,
        bare: '–',
        ratio: '–',
      },
    ]);
    return rows;
  } finally {
    await browser.close();
    await served.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runBpBench();
}
