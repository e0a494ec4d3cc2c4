/**
 * Issue 16 (labs) end to end against the sandbox personas: the overview ranked (abnormal first), each
 * latest value with its date and the change from the previous one, values at their precision, odd units
 * converted; screenshots of the panel at 1280 and 375 px.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, launchEhr } from './fixtures';

const labs = (page: Page) => page.getByRole('region', { name: 'Labs', exact: true });
const names = (panel: Locator) => panel.locator('.lab-row__name');
const analyte = (panel: Locator, name: string) =>
  panel
    .getByRole('button')
    .filter({ has: panel.page().locator('.lab-row__name', { hasText: new RegExp(`^${name}$`) }) });

async function shoot(page: Page, panel: Locator, name: string): Promise<void> {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: `screenshots/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('hypertension-home: abnormal results first, each with its date and change', async ({
  page,
}) => {
  await launchEhr(page, { patient: 'hypertension-home' });
  const panel = labs(page);
  await expect(names(panel).first()).toHaveText('Potassium', { timeout: 30_000 });
  await expect(names(panel)).toHaveText([
    'Potassium',
    'Creatinine',
    'eGFR',
    'Urine albumin/creatinine',
    'HbA1c',
    'Urea nitrogen (BUN)',
    'Sodium',
    'LDL cholesterol',
    'Glucose',
    'HDL cholesterol',
    'Total cholesterol',
    'Triglycerides',
  ]);
  const potassium = analyte(panel, 'Potassium');
  await expect(potassium).toContainText('5.4 mmol/L');
  await expect(potassium).toContainText(/↑ 0\.4 from 5 on \d{1,2} \w{3}/);
  // Two-year-old lipids: the latest LDL is recent, its previous one states its year.
  await expect(analyte(panel, 'LDL cholesterol')).toContainText(/from 112 on \d{1,2} \w{3} 20\d\d/);
  await analyte(panel, 'eGFR').click();
  await expect(panel.locator('.lab-chart svg.recharts-surface')).toBeVisible();
  await expectAccessible(page, '.labs-panel');
  await shoot(page, panel, 'labs-real-hypertension-home');
});

test('mixed-encodings: converted values at the analyte precision, odd flags in words', async ({
  page,
}) => {
  await launchEhr(page, { patient: 'mixed-encodings' });
  const panel = labs(page);
  await expect(analyte(panel, 'Creatinine')).toContainText('97 µmol/L (1.1 mg/dL)', {
    timeout: 30_000,
  });
  await expect(analyte(panel, 'Creatinine')).toContainText('↑ 0.12 mg/dL from 0.98 mg/dL');
  await expect(analyte(panel, 'Glucose')).toContainText('6.1 mmol/L (110 mg/dL)');
  await expect(names(panel).first()).toHaveText('BNP (local)'); // HH: critical first
  await analyte(panel, 'Glucose').click();
  await expect(panel.getByRole('columnheader', { name: 'In mg/dL' })).toBeVisible();
  await expectAccessible(page, '.labs-panel');
  await shoot(page, panel, 'labs-real-mixed-encodings');
});
