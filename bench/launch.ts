/**
 * Launch bench (issue 12): the launch page's JavaScript (gzip) as built, EHR launch → BP drawn for the
 * app and for a bare protocol page (bench/bare/bare.html: the same SMART steps and first requests, no
 * framework), and large-history "All" for the app beside a bare sequential walk of the same search's
 * `next` links. Wall clock from the launcher's URL to the page's own "drawn" instant (same machine
 * clock: performance.timeOrigin + the probe's time). Figures, not pass/fail; medians of a few runs.
 */
import type { BrowserContext } from '@playwright/test';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHART_DRAWN, PROBE_SCRIPT } from './bp-probe';
import { waterfall, type WaterfallRow } from './waterfall';

/** gzip bytes of every script the launch page loads before it redirects (entry + modulepreloads). */
export function launchPageJsGzip(outDir: string): { files: number; kB: number } {
  const html = readFileSync(join(outDir, 'launch.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const bytes = refs.reduce(
    (n, ref) => n + gzipSync(readFileSync(join(outDir, ref)), { level: 9 }).length,
    0,
  );
  return { files: refs.length, kB: Math.round(bytes / 102.4) / 10 };
}

export function installBarePage(outDir: string): void {
  copyFileSync(new URL('./bare/bare.html', import.meta.url), join(outDir, 'bench-bare.html'));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

/** Milliseconds from going to the launcher to the BP chart drawn (app) or the BP page in (bare). */
async function launchToDrawn(
  context: BrowserContext,
  launcher: string,
): Promise<{ ms: number; drawnMs: number; rows: WaterfallRow[] }> {
  const page = await context.newPage();
  await page.addInitScript({ content: PROBE_SCRIPT });
  const start = Date.now();
  await page.goto(launcher);
  await page.waitForFunction(CHART_DRAWN, undefined, { timeout: 120_000, polling: 50 });
  const drawnMs = await page.evaluate<number>('window.__bpProbe.chartAt');
  const drawnAt = await page.evaluate<number>('performance.timeOrigin');
  const rows = await waterfall(page);
  await page.close();
  return { ms: Math.round(drawnAt + drawnMs - start), drawnMs: Math.round(drawnMs), rows };
}

export interface LaunchFigures {
  appMs: number;
  bareMs: number;
  /** The app's redirect page, in the run that gave the median: requests and when the chart was drawn. */
  appWaterfall: { drawnMs: number; rows: WaterfallRow[] };
}

export async function launchRuns(
  context: BrowserContext,
  launcherFor: (launchUri: string) => string,
  appUrl: string,
  runs = 3,
): Promise<LaunchFigures> {
  const app: Awaited<ReturnType<typeof launchToDrawn>>[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    app.push(await launchToDrawn(context, launcherFor(`${appUrl}/launch`)));
    bare.push((await launchToDrawn(context, launcherFor(`${appUrl}/bench-bare.html`))).ms);
  }
  const appMs = median(app.map((r) => r.ms));
  const mid = app.find((r) => r.ms === appMs) ?? app[0];
  return {
    appMs,
    bareMs: median(bare),
    appWaterfall: { drawnMs: mid?.drawnMs ?? NaN, rows: mid?.rows ?? [] },
  };
}

/** The bare page's sequential walk of large-history's BP search (after its own launch). */
export async function bareWalk(
  context: BrowserContext,
  launcher: string,
): Promise<{ ms: number; readings: number; pages: number }> {
  const page = await context.newPage();
  await page.addInitScript({ content: PROBE_SCRIPT });
  await page.goto(launcher);
  await page.waitForFunction(CHART_DRAWN, undefined, { timeout: 120_000, polling: 50 });
  const walk = await page.evaluate<{ ms: number; readings: number; pages: number }>(
    'window.__bareWalk()',
  );
  await page.close();
  return { ...walk, ms: Math.round(walk.ms) };
}
