/**
 * Issue 10 end to end: 2,000 MedicationRequests that reference Medications the server does not have.
 * Read one by one they fired 2,000 parallel requests, the browser ran out of sockets and the panel said
 * the server could not be reached. Now the sandbox answers batched `Medication?_id=` searches (50 ids
 * each, a few at a time) and the panel fills, naming each order by its reference's display.
 */
import type { MedicationRequest } from 'fhir/r4';
import { expect, test } from '@playwright/test';
import { launchEhr } from './fixtures';
import { serveSearchset } from './panels';

const COUNT = 2000;

function danglingOrders(patient: string): MedicationRequest[] {
  return Array.from({ length: COUNT }, (_, i) => ({
    resourceType: 'MedicationRequest',
    id: `dangling-${i}`,
    status: i === 0 ? 'active' : 'stopped',
    intent: 'order',
    subject: { reference: `Patient/${patient}` },
    authoredOn: new Date(Date.UTC(2015, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
    medicationReference: {
      reference: `Medication/missing-${i}`,
      display: i === 0 ? 'Chlorthalidone 25 MG Oral Tablet' : `Old order ${i}`,
    },
  }));
}

test('2,000 references to missing Medications: batched reads, and the panel fills without a network error', async ({
  page,
}) => {
  const patient = 'hypertension-home';
  const orders = danglingOrders(patient);
  await serveSearchset(page, 'MedicationRequest', orders);
  const medicationRequests: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/\/Medication(\/|$)/.test(path)) medicationRequests.push(r.url());
  });
  await launchEhr(page, { patient });
  const panel = page.getByRole('region', { name: 'Medications', exact: true });
  await expect(panel.getByRole('list', { name: 'Current' })).toContainText(/Chlorthalidone/, {
    timeout: 60_000,
  });
  await expect(panel).not.toContainText(/could not be reached|could not be loaded/i);
  // 2,000 ids in batches of 50: about 40 searches, never one read per reference.
  expect(medicationRequests.length).toBeGreaterThan(0);
  expect(medicationRequests.length).toBeLessThanOrEqual(45);
  expect(medicationRequests.every((u) => u.includes('_id='))).toBe(true);
});
