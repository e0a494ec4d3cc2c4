import { screen } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { fhirJson } from '../../../mocks/fhir';
import { renderWithSession } from '../../../mocks/render';
import { server, TEST_FHIR_BASE } from '../../../mocks/server';
import { PatientBanner } from './index';

const NOW = Date.UTC(2026, 10, 22, 12);

function serve(patient: Record<string, unknown>) {
  server.use(
    http.get(`${TEST_FHIR_BASE}/Patient/test-patient`, () =>
      fhirJson({ resourceType: 'Patient', id: 'test-patient', ...patient }),
    ),
  );
  return renderWithSession(<PatientBanner now={NOW} timeZone="America/New_York" />);
}

const banner = () => screen.findByRole('region', { name: 'Patient' });

describe('PatientBanner', () => {
  it('a living patient: age and date of birth', async () => {
    serve({ name: [{ given: ['Anna123'], family: 'Núñez' }], birthDate: '1961-03-04' });
    expect(await banner()).toHaveTextContent('Anna123 Núñez');
    expect(screen.getByText('65 y')).toBeInTheDocument();
    expect(screen.getByText('(DOB 4 Mar 1961)')).toBeInTheDocument();
  });

  it('a deceased patient with a date: when, and the age at death, not now', async () => {
    serve({ name: [{ family: 'Reyes' }], birthDate: '1932-05-01', deceasedDateTime: '2019-03-12' });
    expect(await screen.findByText('Died 12 Mar 2019, aged 86')).toBeInTheDocument();
    expect((await banner()).textContent).not.toMatch(/\b9\d y\b|\b\d+ y\b/);
    expect(screen.getByText('1 May 1932')).toBeInTheDocument();
  });

  it('deceasedBoolean without a date: "Deceased", no age', async () => {
    serve({ name: [{ family: 'Reyes' }], birthDate: '1932-05-01', deceasedBoolean: true });
    expect(await screen.findByText('Deceased')).toBeInTheDocument();
    expect(screen.queryByText(/\d+ y/)).toBeNull();
  });

  it('an ill-typed patient: no TypeError, "Name not recorded", the bad fields counted', async () => {
    serve({
      name: 'John Smith',
      identifier: { value: 'MRN-1' },
      birthDate: 19610304,
      gender: { code: 'male' },
    });
    expect(await screen.findByText('Name not recorded')).toBeInTheDocument();
    expect(screen.getByText('4 details could not be read')).toBeInTheDocument();
  });

  it('name [null] reads as not recorded', async () => {
    serve({ name: [null] });
    expect(await screen.findByText('Name not recorded')).toBeInTheDocument();
  });

  it('a 1 MB name is clamped to 200 characters, with no 1 MB title', async () => {
    serve({ name: [{ text: 'A'.repeat(1_000_000) }] });
    await banner();
    const name = screen.getByText(/^A+…$/);
    expect(name.textContent).toHaveLength(200);
    expect(name).not.toHaveAttribute('title');
  });
});
