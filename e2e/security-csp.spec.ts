/**
 * The built app under its own CSP (served by playwright.config.ts's web server, with the <meta> policy
 * the build writes): launches reach the dashboard with zero `securitypolicyviolation` events, on the
 * launch page as on the dashboard. The listener is installed before any page script (addInitScript)
 * and reports through an exposed function, which survives the redirects of a launch.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectDashboard, launchEhr, launchStandalone } from './fixtures';

interface Violation {
  page: string;
  directive: string;
  blocked: string;
  sample: string;
}

async function recordViolations(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.exposeFunction('__tensioCspViolation', (v: Violation) => {
    violations.push(v);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __tensioCspViolation: (v: object) => void })
        .__tensioCspViolation;
      report({
        page: location.origin + location.pathname,
        directive: e.violatedDirective,
        blocked: e.blockedURI,
        sample: e.sample,
      });
    });
  });
  // Belt and braces: Chromium also logs every refusal to the console.
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted Type/i.test(message.text()))
      violations.push({
        page: page.url(),
        directive: 'console',
        blocked: '',
        sample: message.text(),
      });
  });
  return violations;
}

test('the built app carries a CSP without unsafe-inline, with Trusted Types', async ({ page }) => {
  await page.goto('/launch');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain("require-trusted-types-for 'script'");
});

test('a provider EHR launch to the dashboard raises no CSP violation', async ({ page }) => {
  const violations = await recordViolations(page);
  await launchEhr(page, { patient: 'hypertension-home', provider: 'practitioner-1' });
  // The charts and lists have drawn: what React and recharts render is under the policy too.
  await expect(page.getByRole('region', { name: 'Blood pressure', exact: true })).toBeVisible();
  await page.getByText('Launch details').click();
  expect(violations).toEqual([]);
});

test('a patient standalone launch, its chart and the sign-out raise no CSP violation', async ({
  page,
}) => {
  const violations = await recordViolations(page);
  await launchStandalone(page, { patient: 'hypertension-home' });
  await expectDashboard(page);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'You have signed out' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('the listener does see a violation when one happens (so zero means zero)', async ({
  page,
}) => {
  const violations = await recordViolations(page);
  await page.goto('/launch');
  await expect(page.getByRole('heading', { name: 'Open Tensio' })).toBeVisible();
  await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red'); // an inline style attribute: style-src refuses it
    document.body.append(probe);
  });
  await expect.poll(() => violations.map((v) => v.directive)).toContain('style-src-attr');
});
