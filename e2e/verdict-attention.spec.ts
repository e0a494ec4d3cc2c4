/**
 * Issue 11 end to end: the clinician's first screen answers "is BP controlled?" once, against the
 * 2025 goal, with what needs action above it; the patient's phone screen starts with the form.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, launchEhr, launchStandalone, screenshotAt } from './fixtures';

/** Entirely inside the first screen (the viewport, unscrolled). */
async function expectOnFirstScreen(page: Page, locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  expect(box, 'element is laid out').not.toBeNull();
  expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport?.height ?? 0);
}

const strip = (page: Page) => page.getByTestId('attention');
const item = (page: Page, kind: string) => strip(page).locator(`[data-kind="${kind}"]`);

test('hypertension-home at 1280×900: one verdict against 130/80, and the potassium, kidney and ibuprofen items first', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await launchEhr(page, { patient: 'hypertension-home' });
  const verdict = page.getByTestId('bp-verdict');
  await expect(verdict).toContainText(/^Above goal \d+\/\d+ mmHg, home average, last 7 days/, {
    timeout: 30_000,
  });
  await expect(page.getByTestId('bp-verdict')).toHaveCount(1);
  await expect(page.getByTestId('bp-goal')).toContainText(
    'Goal below 130/80 at home · 130/80 in the office · 2025 AHA/ACC guideline',
  );
  // No second verdict beside it: no stage label on the average, no at-goal badge.
  await expect(page.locator('.bp-summary')).not.toContainText(/Stage 1 range|At goal/);

  await expect(item(page, 'potassium').first()).toContainText(
    /Potassium 5\.4 mmol\/L \(High\) after the lisinopril dose change/,
  );
  await expect(item(page, 'kidney')).toContainText(/creatinine up \d+ % and eGFR 58 \(Low\)/i);
  await expect(item(page, 'bp-raising-medicine')).toContainText(/ibuprofen/i);
  await expect(strip(page)).toContainText(/spironolactone .* is planned while potassium is 5\.4/i);
  for (const l of [
    item(page, 'potassium').first(),
    item(page, 'kidney'),
    item(page, 'bp-raising-medicine'),
    verdict,
  ])
    await expectOnFirstScreen(page, l);

  await expectAccessible(page, '[data-testid="attention"]');
  await screenshotAt(page, 'verdict-clinician', 1280);
  await screenshotAt(page, 'verdict-clinician', 375);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Each item links to its evidence on the page.
  await item(page, 'kidney').getByRole('link').click();
  await expect(page).toHaveURL(/#lab-creatinine$/);
  await expect(page.locator('#lab-creatinine')).toBeInViewport();
  await item(page, 'bp-raising-medicine').getByRole('link').click();
  await expect(page.locator(':target')).toContainText(/ibuprofen/i);
});

test('mixed-encodings: the critical BNP is in the strip, and the patient’s own goal of 140/90 decides', async ({
  page,
}) => {
  await launchEhr(page, { patient: 'mixed-encodings' });
  await expect(item(page, 'critical-lab')).toContainText(
    /BNP \(local\) 1250 pg\/mL: critical high/,
    {
      timeout: 30_000,
    },
  );
  await expect(page.getByTestId('bp-goal')).toContainText(
    "Goal below 135/85 at home · 140/90 in the office · Patient's goal, set",
  );
});

test('the patient on a 375 px phone: the form on the first screen, plain words, no sideways scroll', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await launchStandalone(page, { patient: 'hypertension-home' });
  const form = page.getByRole('form', { name: 'Record a reading' });
  await expect(form).toBeVisible({ timeout: 30_000 });
  await expectOnFirstScreen(page, form.getByLabel(/^Systolic/));
  await expect(page.getByTestId('attention')).toHaveCount(0);
  await expect(page.getByTestId('bp-verdict')).toContainText(/^Your 7-day average/, {
    timeout: 30_000,
  });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  await screenshotAt(page, 'verdict-patient', 375);
});

test('the form never shows the range error and the emergency box together', async ({ page }) => {
  await launchStandalone(page, { patient: 'no-data' });
  const form = page.getByRole('form', { name: 'Record a reading' });
  await form.getByLabel(/^Systolic/).fill('400');
  await form.getByLabel(/^Diastolic/).fill('130');
  await form.getByRole('button', { name: 'Save reading' }).click();
  await expect(form).toContainText('Systolic must be between');
  await expect(page.getByTestId('severe-guidance')).toHaveCount(0);
  await form.getByLabel(/^Systolic/).fill('200');
  await expect(page.getByTestId('severe-guidance')).toContainText('call emergency services');
  await expect(page.getByTestId('severe-guidance')).toContainText(
    'Your care team may not see it right away',
  );
});
