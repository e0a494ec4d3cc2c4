/**
 * Panel bench (issue 14): a provider standalone launch with no patient, in real Chromium against the
 * sandbox and the built app, timed from the launcher's URL to the panel fully triaged (every member
 * of `Group/rpm-program` has a row with a verdict, none "triaging…"), with the FHIR requests counted
 * by resource type and the most in flight at once. Figures, not pass/fail; the median of a few runs.
 */
import { chromium } from '@playwright/test';
import { RPM_EXPECTED } from '../sandbox/src/personas/rpm-expected';
import { serve } from './bp-serve';

export interface PanelFigures {
  patients: number;
  launchToTriagedMs: number;
  firstFhirToTriagedMs: number;
  fhirRequests: number;
  byType: Record<string, number>;
  maxInFlight: number;
}

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function runPanelBench(runs = 3): Promise<PanelFigures> {
  const sandboxPort = Number(process.env.BENCH_SANDBOX_PORT ?? 4425) + 2;
  const appPort = Number(process.env.BENCH_APP_PORT ?? 5185) + 2;
  const served = await serve(sandboxPort, appPort, 'dist-bench-panel');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
  });
  const all: PanelFigures[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ timezoneId: 'America/New_York' });
      const page = await context.newPage();
      const byType: Record<string, number> = {};
      let inFlight = 0;
      let maxInFlight = 0;
      let firstFhirAt: number | undefined;
      const fhir = (url: string) => url.startsWith(served.sandboxUrl) && /\/fhir\/[A-Z]/.test(url);
      page.on('request', (r) => {
        if (!fhir(r.url())) return;
        firstFhirAt ??= Date.now();
        const type = /\/fhir\/([A-Za-z]+)/.exec(r.url())?.[1] ?? '?';
        byType[type] = (byType[type] ?? 0) + 1;
        maxInFlight = Math.max(maxInFlight, ++inFlight);
      });
      const done = (r: { url(): string }) => {
        if (fhir(r.url())) inFlight--;
      };
      page.on('requestfinished', done);
      page.on('requestfailed', done);
      const launchUri = `${served.appUrl}/launch?view=panel`;
      const start = Date.now();
      await page.goto(
        `${served.sandboxUrl}/launcher?launch_type=provider-standalone&provider=practitioner-1&launch_uri=${encodeURIComponent(launchUri)}`,
      );
      await page.waitForFunction(
        () => {
          const text = document.querySelector('.panel-summary__headline')?.textContent ?? '';
          return text.includes('need action') && !text.includes('triaging');
        },
        undefined,
        { timeout: 300_000, polling: 50 },
      );
      const end = Date.now();
      all.push({
        patients: RPM_EXPECTED.activeMembers,
        launchToTriagedMs: end - start,
        firstFhirToTriagedMs: end - (firstFhirAt ?? start),
        fhirRequests: Object.values(byType).reduce((a, b) => a + b, 0),
        byType,
        maxInFlight,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await served.close();
  }
  const mid = all.find((f) => f.launchToTriagedMs === median(all.map((x) => x.launchToTriagedMs)));
  const figures = mid ?? all[0];
  if (!figures) throw new Error('no panel run');
  console.log('\nRemote-monitoring panel (provider standalone, no patient → fully triaged)');
  console.table(
    all.map((f) => ({
      patients: f.patients,
      'launch → triaged (ms)': f.launchToTriagedMs,
      'first FHIR request → triaged (ms)': f.firstFhirToTriagedMs,
      'FHIR requests': f.fhirRequests,
      'most in flight': f.maxInFlight,
    })),
  );
  console.log(
    `median launch → triaged: ${figures.launchToTriagedMs} ms; requests by type:`,
    figures.byType,
  );
  return figures;
}
