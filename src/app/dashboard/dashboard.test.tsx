import { screen } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { fhirJson } from '../../../mocks/fhir';
import { renderWithSession } from '../../../mocks/render';
import { server, TEST_FHIR_BASE } from '../../../mocks/server';
import { PatientBanner } from '../../features/patient-banner';
import { LaunchDetails } from './launch-details';

function patientServer() {
  server.use(
    http.get(`${TEST_FHIR_BASE}/Patient/test-patient`, () =>
      fhirJson({
        resourceType: 'Patient',
        id: 'test-patient',
        name: [{ use: 'official', given: ['<img src=x onerror=alert(1)>'], family: 'Alvarez' }],
        gender: 'female',
        birthDate: '1961-03-04',
        identifier: [
          {
            type: {
              coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }],
            },
            value: 'MRN-42',
          },
        ],
      }),
    ),
  );
}

describe('patient banner', () => {
  it('shows name as text, age with DOB, sex and MRN', async () => {
    patientServer();
    const { container } = renderWithSession(<PatientBanner now={new Date(2026, 10, 22)} />);
    expect(await screen.findByText('<img src=x onerror=alert(1)> Alvarez')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/65 y/)).toBeInTheDocument();
    expect(screen.getByText('(DOB 4 Mar 1961)')).toBeInTheDocument();
    expect(screen.getByText('Female')).toBeInTheDocument();
    expect(screen.getByText('MRN-42')).toBeInTheDocument();
  });
});

describe('launch details', () => {
  it('marks requested scopes that were not granted', () => {
    const { session } = renderWithSession(<LaunchDetails />, {
      mode: 'clinician',
      scopes: ['launch', 'patient/Observation.rs'],
      requestedScopes: ['launch', 'patient/Observation.rs', 'patient/MedicationRequest.rs'],
    });
    expect(screen.getByText(session.serverUrl)).toBeInTheDocument();
    expect(screen.getByText('Practitioner/test-practitioner')).toBeInTheDocument();
    expect(screen.getByText('patient/MedicationRequest.rs').parentElement).toHaveTextContent(
      '(only here)',
    );
  });
});
