/** Where the goal comes from, as the panel shows it: the record's Goal, the practice, the guideline. */
import { screen } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { bundle, fhirError, fhirJson } from '../../../mocks/fhir';
import { personaHandlers } from '../../../mocks/fixtures/bp';
import { noMeds, WindowedBpPanel } from '../../../mocks/bp-panel';
import { renderWithSession } from '../../../mocks/render';
import { server, TEST_FHIR_BASE } from '../../../mocks/server';

const goal140 = {
  resourceType: 'Goal' as const,
  id: 'g1',
  lifecycleStatus: 'active' as const,
  description: { text: 'Blood pressure below 140/90' },
  subject: { reference: 'Patient/test-patient' },
  startDate: '2024-05-02',
};

function renderPanel(options: Parameters<typeof renderWithSession>[1] = {}) {
  server.use(
    ...personaHandlers('hypertension-home'),
    ...noMeds(),
    http.get(`${TEST_FHIR_BASE}/Patient/test-patient`, () =>
      fhirJson({ resourceType: 'Patient', id: 'test-patient' }),
    ),
  );
  renderWithSession(<WindowedBpPanel timeZone="America/New_York" />, {
    mode: 'clinician',
    ...options,
  });
  return screen.findByTestId('bp-goal', {}, { timeout: 5000 });
}

describe('the BP goal and its source', () => {
  it("the patient's own Goal, with its home equivalent (140/90 office is 135/85 at home)", async () => {
    server.use(http.get(`${TEST_FHIR_BASE}/Goal`, () => fhirJson(bundle([goal140]))));
    const goal = await renderPanel();
    expect(goal).toHaveTextContent(
      "Goal below 135/85 at home · 140/90 in the office · Patient's goal, set 2 May 2024",
    );
  });

  it('a Goal search that fails falls back to the guideline, and says so', async () => {
    server.use(http.get(`${TEST_FHIR_BASE}/Goal`, () => fhirError(500)));
    expect(await renderPanel({ retry: { attempts: 1 } })).toHaveTextContent(
      '2025 AHA/ACC guideline',
    );
    expect(screen.getByText("The patient's own goals could not be read.")).toBeInTheDocument();
  });

  it('a grant without Goal: the guideline goal, and the reason', async () => {
    const goal = await renderPanel({
      scopes: ['launch/patient', 'openid', 'patient/Observation.rs', 'patient/Patient.rs'],
    });
    expect(goal).toHaveTextContent('2025 AHA/ACC guideline');
    expect(
      screen.getByText("The patient's own goals are not shared with this app."),
    ).toBeInTheDocument();
  });

  it('the patient reads the same verdict in plain words', async () => {
    server.use(
      ...personaHandlers('hypertension-home'),
      ...noMeds(),
      http.get(`${TEST_FHIR_BASE}/Patient/test-patient`, () =>
        fhirJson({ resourceType: 'Patient', id: 'test-patient' }),
      ),
    );
    renderWithSession(<WindowedBpPanel timeZone="America/New_York" />, { mode: 'patient' });
    const verdict = await screen.findByTestId('bp-verdict', {}, { timeout: 5000 });
    expect(verdict).toHaveTextContent(
      /^Your 7-day average: \d+\/\d+That is (above|below) your goal of 130\/80/,
    );
    expect(verdict).not.toHaveTextContent(/Stage|adherence/);
  });
});
