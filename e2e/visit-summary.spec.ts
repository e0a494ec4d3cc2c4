/**
 * Issue 11, the printable visit summary: printing the clinician view gives the summary alone (goal,
 * verdict, averages, attention items, medication changes, labs) on at most two US Letter pages, for a
 * typical record and for a decades-long one. Page count from the PDF's page objects; the content is
 * asserted on the print-media DOM. Screenshots of print media at A4 (794 px) and Letter (816 px) width.
 */
import { expect, test, type Page } from '@playwright/test';
import { launchEhr, screenshotAt } from './fixtures';

/** Page objects in the PDF: `/Type /Page`, not the `/Type /Pages` tree nodes. */
const pageCount = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

async function printed(page: Page, name: string): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const summary = page.getByTestId('visit-summary');
  // Everything has arrived before printing; every printed date shows its year.
  await expect(summary.getByText(/Loading|Checking/)).toHaveCount(0);
  await expect(summary).toContainText(/Printed \d{1,2} \w+ \d{4}, \d\d:\d\d/);
  for (const [paper, width] of [
    ['a4', 794],
    ['letter', 816],
  ] as const) {
    await page.setViewportSize({ width, height: 1100 });
    await page.screenshot({ path: `screenshots/print-${name}-${paper}.png`, fullPage: true });
  }
  const letter = pageCount(await page.pdf({ format: 'Letter', printBackground: false }));
  const a4 = pageCount(await page.pdf({ format: 'A4', printBackground: false }));
  console.log(`${name}: ${letter} Letter page(s), ${a4} A4 page(s)`);
  expect(a4, 'A4 pages').toBeLessThanOrEqual(2);
  return letter;
}

test('hypertension-home: the summary alone, goal and verdict, on at most two pages', async ({
  page,
}) => {
  await launchEhr(page, { patient: 'hypertension-home' });
  await expect(page.getByTestId('bp-verdict')).toContainText(/^Above goal/, { timeout: 30_000 });
  await expect(page.getByTestId('attention')).toContainText(/Potassium 5\.4/);
  const summary = page.getByTestId('visit-summary');
  // On screen the summary is not in the page (each fact once); the button is.
  await expect(summary).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Print visit summary' })).toBeVisible();
  await screenshotAt(page, 'print-button', 1280);
  await screenshotAt(page, 'print-button', 375);
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.emulateMedia({ media: 'print' });
  await expect(summary).toBeVisible();
  // Nothing interactive is printed: the app (header buttons, controls, form, panels) is hidden.
  await expect(page.getByRole('button', { name: 'Print visit summary' })).toBeHidden();
  await expect(page.getByTestId('bp-verdict')).toBeHidden();
  await expect(page.getByTestId('attention')).toBeHidden();
  await expect(summary.getByRole('button')).toHaveCount(0);
  await expect(summary.locator('input, select, textarea')).toHaveCount(0);

  await expect(summary.getByTestId('print-goal')).toContainText(
    'Goal: below 130/80 at home, 130/80 in the office (2025 AHA/ACC guideline)',
  );
  await expect(summary.getByTestId('print-verdict')).toContainText(/^Above goal \d+\/\d+ mmHg/);
  await expect(summary.getByTestId('print-verdict')).toContainText(/morning and \d+ evening/);
  await expect(summary).toContainText(/Home, last 7 days/);
  await expect(summary).toContainText(/Home, last 30 days/);
  await expect(summary).toContainText(/Office/);
  const attention = summary.getByTestId('print-attention');
  await expect(attention).toContainText(/Potassium 5\.4 mmol\/L \(High\) after the lisinopril/);
  await expect(attention).toContainText(/ibuprofen/i);
  await expect(summary.getByTestId('print-medications')).toContainText(/Lisinopril 10 mg → 20 mg/);
  await expect(summary.getByTestId('print-earlier-changes')).toHaveText(
    /^\d+ earlier changes? not listed\.$/,
  );
  const labs = summary.getByTestId('print-labs');
  await expect(labs.getByRole('row', { name: /Potassium/ })).toContainText('5.4 mmol/L');
  await expect(labs.getByRole('row', { name: /eGFR/ })).toContainText(/58/);

  expect(await printed(page, 'hypertension-home')).toBeLessThanOrEqual(2);
});

test('long-record: decades of data still print on at most two pages, older changes counted', async ({
  page,
}) => {
  await launchEhr(page, { patient: 'long-record' });
  await expect(page.getByTestId('bp-verdict')).toBeVisible({ timeout: 30_000 });
  const summary = page.getByTestId('visit-summary');
  await page.emulateMedia({ media: 'print' });
  await expect(summary.getByTestId('print-goal')).toContainText(/^Goal: below \d+\/\d+ at home/);
  // Readings ended years ago: the latest is named with its date and age; no "readings needed".
  await expect(summary.getByTestId('print-latest')).toContainText(
    /Latest reading: \d+\/\d+ mmHg on \d{1,2} \w+ \d{4} \(\d+ years ago\)/,
  );
  await expect(summary.getByTestId('print-verdict')).toContainText('the patient has died');
  await expect(summary.getByTestId('print-verdict')).not.toContainText(/needed/);
  await expect(summary).toContainText('nothing is raised for action');
  // Decades of medication history: only the last 12 months listed, the rest counted.
  await expect(summary.getByTestId('print-earlier-changes')).toHaveText(
    /^\d+ earlier changes? not listed\.$/,
  );
  await expect(summary.getByTestId('print-labs').getByRole('row')).toHaveCount(10);

  expect(await printed(page, 'long-record')).toBeLessThanOrEqual(2);
});
