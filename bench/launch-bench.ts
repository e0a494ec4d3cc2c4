/**
 * `npm run bench launch`: only the EHR launch → BP drawn figures (app and bare page, median of 3),
 * and the app's redirect page as a waterfall (which request waited for which), without the long
 * large-history runs. Ports as for the BP bench (BENCH_SANDBOX_PORT, BENCH_APP_PORT).
 */
import { chromium } from '@playwright/test';
import { FLAGS } from './bp';
import { serve } from './bp-serve';
import { installBarePage, launchPageJsGzip, launchRuns } from './launch';

export async function runLaunchBench(): Promise<void> {
  const sandboxPort = Number(process.env.BENCH_SANDBOX_PORT ?? 4425);
  const appPort = Number(process.env.BENCH_APP_PORT ?? 5195);
  const outDir = process.env.BENCH_DIST ?? 'dist-bench-bp';
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const served = await serve(sandboxPort, appPort, outDir);
  installBarePage(outDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      timezoneId: 'America/New_York',
      bypassCSP: true,
    });
    const launcherFor = (uri: string) =>
      `${served.sandboxUrl}/launcher?launch_type=provider-ehr&launch_uri=${encodeURIComponent(uri)}&patient=hypertension-home`;
    const launch = await launchRuns(context, launcherFor, served.appUrl, runs);
    const { drawnMs, rows } = launch.appWaterfall;
    process.stdout.write(
      `\nThe app's redirect page (median run): began ${String(launch.appMs - drawnMs)} ms after the launcher, chart drawn at ${String(drawnMs)} ms\n`,
    );
    console.table(rows);
    console.table([
      { figure: 'launch-page JS (gzip, kB)', app: launchPageJsGzip(outDir).kB, bare: '–' },
      {
        figure: `EHR launch → BP drawn (ms, median of ${String(runs)})`,
        app: launch.appMs,
        bare: launch.bareMs,
        ratio: Math.round((launch.appMs / launch.bareMs) * 10) / 10,
      },
    ]);
  } finally {
    await browser.close();
    await served.close();
  }
}
