/**
 * Helpers for e2e specs: real launches through the sandbox's headless launcher (issue 2), waiting
 * until the dashboard is shown, plus an axe scan. Ports follow playwright.config.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type FrameLocator, type Page } from '@playwright/test';

export const APP_URL = `http://127.0.0.1:${process.env.E2E_APP_PORT ?? '5180'}`;
export const SANDBOX_URL = `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT ?? '4410'}`;
export const LAUNCH_URI = `${APP_URL}/launch`;

/** Sandbox fault options (see the sandbox README): token_ttl, refresh, fail_rate, rate_limit, … */
export type Faults = Partial<
  Record<
    | 'token_ttl'
    | 'refresh'
    | 'fail_rate'
    | 'fail_status'
    | 'rate_limit'
    | 'latency_ms'
    | 'broken_page'
    | 'fail_posts'
    | 'authorize_error'
    | 'scope_deny'
    | 'ehr_profile',
    string | number
  >
>;

export function launcherUrl(
  params: Record<string, string | number | undefined>,
  faults: Faults = {},
): string {
  const url = new URL(`${SANDBOX_URL}/launcher`);
  url.searchParams.set('launch_uri', LAUNCH_URI);
  const all: Record<string, string | number | undefined> = { ...params, ...faults };
  for (const [k, v] of Object.entries(all)) if (v !== undefined) url.searchParams.set(k, String(v));
  return url.toString();
}

/** The dashboard is shown: the app's header heading is visible. */
export async function expectDashboard(root: Page | FrameLocator): Promise<void> {
  await expect(root.getByRole('heading', { level: 1, name: /Tensio/ })).toBeVisible({
    timeout: 30_000,
  });
}

export interface EhrLaunch {
  patient: string;
  provider?: string;
  simEhr?: boolean;
  faults?: Faults;
  needPatientBanner?: boolean;
  /** Do not wait for the dashboard (for launches expected to fail). */
  noWait?: boolean;
}

/** Provider EHR launch. With simEhr the app runs in the simulated EHR's iframe: returns its locator. */
export async function launchEhr(page: Page, o: EhrLaunch): Promise<Page | FrameLocator> {
  await page.goto(
    launcherUrl(
      {
        launch_type: 'provider-ehr',
        patient: o.patient,
        provider: o.provider,
        sim_ehr: o.simEhr ? 1 : undefined,
        need_patient_banner: o.needPatientBanner === false ? 0 : undefined,
      },
      o.faults,
    ),
  );
  const root = o.simEhr ? page.frameLocator('iframe[title="SMART app"]') : page;
  if (!o.noWait) await expectDashboard(root);
  return root;
}

export type StandaloneLaunch = (
  { patient: string; provider?: undefined } | { provider: string; patient?: string }
) & {
  scopeDeny?: string;
  faults?: Faults;
  needPatientBanner?: boolean;
  noWait?: boolean;
};

/** Patient standalone (patient) or provider standalone (provider [+ patient]) with pre-answered login. */
export async function launchStandalone(page: Page, o: StandaloneLaunch): Promise<void> {
  await page.goto(
    launcherUrl(
      {
        launch_type: o.provider ? 'provider-standalone' : 'patient-standalone',
        patient: o.patient,
        provider: o.provider,
        need_patient_banner: o.needPatientBanner === false ? 0 : undefined,
      },
      { ...o.faults, ...(o.scopeDeny ? { scope_deny: o.scopeDeny } : {}) },
    ),
  );
  if (!o.noWait) await expectDashboard(page);
}

/** No serious or critical axe violations on the current page (WCAG 2.1 A/AA rules). */
export async function expectAccessible(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

/** Saves a full-page screenshot under screenshots/ (gitignored) at the given width. */
export async function screenshotAt(page: Page, name: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
  await page.screenshot({ path: `screenshots/${name}-${width}.png`, fullPage: true });
  // The first screen alone, legible when a long phone page would be shrunk to nothing.
  await page.screenshot({ path: `screenshots/${name}-${width}-top.png` });
}
