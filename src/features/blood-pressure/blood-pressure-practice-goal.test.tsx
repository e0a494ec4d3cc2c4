/**
 * The practice goal from config.json. Its own file: config.json is read once per page (as in the app),
 * so this file's page must not have read it before.
 */
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import config from '../../../public/config.json';
import { fhirJson } from '../../../mocks/fhir';
import { personaHandlers } from '../../../mocks/fixtures/bp';
import { noMeds, WindowedBpPanel } from '../../../mocks/bp-panel';
import { renderWithSession } from '../../../mocks/render';
import { server, TEST_FHIR_BASE } from '../../../mocks/server';

describe('the practice goal', () => {
  it('the practice goal from config.json when the record has none', async () => {
    server.use(
      http.get('*/config.json', () =>
        HttpResponse.json({ ...config, clinical: { officeGoal: '140/90' } }),
      ),
    );
    expect(await renderPanel()).toHaveTextContent(
      'Goal below 135/85 at home · 140/90 in the office · Practice goal',
    );
  });
});

function renderPanel() {
  server.use(
    ...personaHandlers('hypertension-home'),
    ...noMeds(),
    http.get(`${TEST_FHIR_BASE}/Patient/test-patient`, () =>
      fhirJson({ resourceType: 'Patient', id: 'test-patient' }),
    ),
  );
  renderWithSession(<WindowedBpPanel timeZone="America/New_York" />, { mode: 'clinician' });
  return screen.findByTestId('bp-goal', {}, { timeout: 5000 });
}
