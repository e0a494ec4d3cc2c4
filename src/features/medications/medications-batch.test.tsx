/** 2,000 orders referencing Medications the server lacks: batched `_id` searches, a filled panel. */
import type { Medication, MedicationRequest } from 'fhir/r4';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { serveChart } from '../../../mocks/fixtures/meds-charts';
import { renderWithSession } from '../../../mocks/render';
import { MedicationsPanel } from './index';

const dangling = (n: number): MedicationRequest[] =>
  Array.from({ length: n }, (_, i) => ({
    resourceType: 'MedicationRequest',
    id: `r${i}`,
    status: i === 0 ? 'active' : 'stopped',
    intent: 'order',
    subject: { reference: 'Patient/test-patient' },
    authoredOn: `20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 10}`,
    medicationReference: {
      reference: `Medication/m${i}`,
      display: i % 2 ? 'Amlodipine 5 MG Oral Tablet' : 'Lisinopril 10 MG Oral Tablet',
    },
  }));

const med = (id: string): Medication => ({
  resourceType: 'Medication',
  id,
  code: { text: 'Hydrochlorothiazide 25 MG Oral Tablet' },
});

describe('referenced Medications in batches', () => {
  it('2,000 dangling references: ≤ 40 Medication requests, no reads, no error, a filled panel', async () => {
    const calls = serveChart(dangling(2000), { medications: [med('m0')] });
    renderWithSession(<MedicationsPanel />);
    const current = await screen.findByRole('list', { name: 'Current' });
    // m0 exists: its own name; every other order falls back to the reference's display.
    expect(within(current).getAllByRole('listitem')[0]).toHaveTextContent(
      'Hydrochlorothiazide 25 MG Oral Tablet',
    );
    expect(screen.getByRole('list', { name: 'Past medications' })).toBeInTheDocument();
    expect(calls.medicationSearches).toBe(40);
    expect(calls.idsAsked).toBe(2000);
    expect(calls.medicationReads).toBe(0);
    expect(screen.queryByText(/could not be reached|missing/i)).toBeNull();
  });

  it('a server refusing the _id search gets single reads; a missing one is just a missing name', async () => {
    const calls = serveChart(dangling(120), { medications: [med('m0')], refuseIdSearch: true });
    renderWithSession(<MedicationsPanel />);
    const current = await screen.findByRole('list', { name: 'Current' });
    expect(within(current).getAllByRole('listitem')[0]).toHaveTextContent('Hydrochlorothiazide');
    expect(calls.medicationReads).toBe(120);
    // Once refused, the other batches are not tried again as searches (at most the 4 in flight).
    expect(calls.medicationSearches).toBeLessThanOrEqual(4);
    expect(screen.queryByText('Some medication data is missing.')).toBeNull();
  });
});
