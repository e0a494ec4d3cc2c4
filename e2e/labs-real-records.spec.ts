/**
 * Issue 16 (labs) end to end against the sandbox personas: the overview ranked (abnormal first), each
 * latest value with its date and the change from the previous one, values at their precision, odd units
 * converted; screenshots of the panel at 1280 and 375 px.
 */
import { expect, test, type Locator } from '@playwright/test';
import { expectAccessible, launchEhr } from './fixtures';
import { labAnalyte, labsPanel, screenshotPanel } from './panels';

const names = (panel: Locator) => panel.locator('.lab-row__name');

test('hypertension-home: abnormal results first, each with its date and change', async ({
  page,
}) => {
  await launchEhr(page, { patient: 'hypertension-home' });
  const panel = labsPanel(page);
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
  const potassium = labAnalyte(panel, 'Potassium');
  await expect(potassium).toContainText('5.4 mmol/L');
  await expect(potassium).toContainText(/↑ 0\.4 from 5 on \d{1,2} \w{3}/);
  // Two-year-old lipids: the latest LDL is recent, its previous one states its year.
  await expect(labAnalyte(panel, 'LDL cholesterol')).toContainText(
    /from 112 on \d{1,2} \w{3} 20\d\d/,
  );
  await labAnalyte(panel, 'eGFR').click();
  await expect(panel.locator('.lab-chart svg.recharts-surface')).toBeVisible();
  await expectAccessible(page, '.labs-panel');
  await screenshotPanel(page, panel, 'labs-real-hypertension-home');
});

test('mixed-encodings: converted values at the analyte precision, odd flags in words', async ({
  page,
}) => {
  await launchEhr(page, { patient: 'mixed-encodings' });
  const panel = labsPanel(page);
  await expect(labAnalyte(panel, 'Creatinine')).toContainText('97 µmol/L (1.1 mg/dL)', {
    timeout: 30_000,
  });
  await expect(labAnalyte(panel, 'Creatinine')).toContainText('↑ 0.12 mg/dL from 0.98 mg/dL');
  await expect(labAnalyte(panel, 'Glucose')).toContainText('6.1 mmol/L (110 mg/dL)');
  await expect(names(panel).first()).toHaveText('BNP (local)'); // HH: critical first
  await labAnalyte(panel, 'Glucose').click();
  await expect(panel.getByRole('columnheader', { name: 'In mg/dL' })).toBeVisible();
  await expectAccessible(page, '.labs-panel');
  await screenshotPanel(page, panel, 'labs-real-mixed-encodings');
});
