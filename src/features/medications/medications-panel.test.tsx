import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { bundle, fhirError, fhirJson } from '../../../mocks/fhir';
import { FIXTURE_NOW } from '../../../mocks/fixtures/labs';
import { personaMeds } from '../../../mocks/fixtures/meds';
import { renderWithSession } from '../../../mocks/render';
import { server, TEST_FHIR_BASE } from '../../../mocks/server';
import { DAY } from '../../clinical/time';
import { MedicationsPanel, MedicationTimeline } from './index';

type Persona = Parameters<typeof personaMeds>[0];

/** The sandbox in miniature: requests with `_include` of their referenced Medications, statements, reads. */
function serveMeds(
  persona: Persona,
  opts: { statements?: Response; requests?: Response; medication?: () => Response } = {},
) {
  const m = personaMeds(persona);
  const reads: string[] = [];
  server.use(
    http.get(`${TEST_FHIR_BASE}/MedicationRequest`, ({ request }) => {
      if (opts.requests) return opts.requests;
      const include =
        new URL(request.url).searchParams.get('_include') === 'MedicationRequest:medication';
      const ids = new Set(
        m.requests.map((r) => r.medicationReference?.reference?.replace('Medication/', '')),
      );
      return fhirJson(
        bundle(m.requests, { included: include ? m.medications.filter((x) => ids.has(x.id)) : [] }),
      );
    }),
    http.get(
      `${TEST_FHIR_BASE}/MedicationStatement`,
      () => opts.statements ?? fhirJson(bundle(m.statements)),
    ),
    http.get(`${TEST_FHIR_BASE}/Medication`, ({ request }) => {
      const ids = (new URL(request.url).searchParams.get('_id') ?? '').split(',');
      reads.push(...ids);
      if (opts.medication) return opts.medication();
      return fhirJson(bundle(m.medications.filter((x) => ids.includes(x.id ?? ''))));
    }),
    http.get(`${TEST_FHIR_BASE}/Medication/:id`, ({ params }) => {
      reads.push(String(params.id));
      if (opts.medication) return opts.medication();
      const med = m.medications.find((x) => x.id === params.id);
      return med ? fhirJson(med) : fhirError(404, 'gone');
    }),
  );
  return reads;
}

/** Every course on the panel, whatever its group (past ones inside their drug's disclosure). */
const items = async () => {
  await screen.findAllByRole('heading', { name: /^(Current|Past)/ });
  return [...document.querySelectorAll<HTMLElement>('li.med-item, li.med-past__course')];
};

describe('MedicationsPanel', () => {
  it('hypertension-home: active first, classes shown, the patient statement folded into the order', async () => {
    serveMeds('hypertension-home');
    renderWithSession(<MedicationsPanel />);
    const list = await items();
    expect(list).toHaveLength(8);
    expect(list[0]).toHaveTextContent('Active');
    expect(
      within(screen.getByRole('list', { name: 'Current' })).getAllByRole('listitem'),
    ).toHaveLength(4);
    const lisinopril = list.find((li) =>
      li.textContent.includes('lisinopril 20 MG'),
    ) as HTMLElement;
    expect(lisinopril).toHaveTextContent('ACE inhibitor');
    expect(lisinopril).toHaveTextContent('20 mg by mouth once daily');
    expect(lisinopril).toHaveTextContent('Prescribed by Dr. Sarah Kim');
    expect(lisinopril).toHaveTextContent('also in 1 other record');
    expect(list.at(-1)).toHaveTextContent(/Stopped|Cancelled|Completed/);
    expect(list.find((li) => li.textContent.includes('spironolactone'))).toHaveTextContent(
      'Plan (not yet ordered)',
    );
  });

  it('mixed-encodings: every medication form named, no FHIR jargon, missing Medications fetched in one batch', async () => {
    const reads = serveMeds('mixed-encodings');
    renderWithSession(<MedicationsPanel />);
    const text = (await items()).map((li) => li.textContent).join('\n');
    expect(text).toContain('losartan potassium 50 MG Oral Tablet');
    expect(text).toContain('Reported medication');
    expect(text).not.toMatch(/contained|coded in the record|referenced Medication|display only/i);
    expect(reads.sort()).toEqual(['med-mixed-aspirin', 'med-mixed-not-on-server']);
  });

  it('a Medication read refused: partial notice, the statement counted as unreadable, the rest shown', async () => {
    serveMeds('mixed-encodings', { medication: () => fhirError(403, 'no') });
    renderWithSession(<MedicationsPanel />);
    expect(await screen.findByText('Some medication data is missing.')).toBeInTheDocument();
    expect(screen.getByText('1 medication record could not be read')).toBeInTheDocument();
    expect(await items()).toHaveLength(6);
  });

  it('edge-cases: markup as text, entered-in-error hidden, unreadable counted', async () => {
    serveMeds('edge-cases');
    const { container } = renderWithSession(<MedicationsPanel />);
    expect(
      await screen.findByText('<script>alert("med")</script>Nifedipine <b>30 mg</b>'),
    ).toBeInTheDocument();
    expect(container.querySelector('script, img, iframe, b')).toBeNull();
    expect(await items()).toHaveLength(2);
    expect(screen.getByText('1 medication record could not be read')).toBeInTheDocument();
  });

  it('a consent without medications shows "not authorized" here and asks nothing', () => {
    renderWithSession(<MedicationsPanel />, {
      scopes: ['launch/patient', 'patient/Observation.rs'],
    });
    expect(screen.getByText('Not authorized to read medications')).toBeInTheDocument();
  });

  it('statements refused: the orders still show, with a partial notice', async () => {
    serveMeds('hypertension-home', { statements: fhirError(403, 'no') });
    renderWithSession(<MedicationsPanel />);
    expect(await screen.findByText('Some medication data is missing.')).toBeInTheDocument();
    expect(await items()).toHaveLength(7);
  });

  it('requests failing: error with a retry', async () => {
    serveMeds('hypertension-home', { requests: fhirError(403, 'no') });
    renderWithSession(<MedicationsPanel />);
    expect(await screen.findByText('Could not load medications')).toBeInTheDocument();
    serveMeds('hypertension-home');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await items()).toHaveLength(8);
  });

  it('no medications: empty state', async () => {
    serveMeds('no-data');
    renderWithSession(<MedicationsPanel />);
    expect(await screen.findByText('No medications on record.')).toBeInTheDocument();
  });
});

describe('MedicationTimeline', () => {
  it('draws a lane per antihypertensive with the dose change and the switch; focus shows what changed', async () => {
    serveMeds('hypertension-home');
    const now = FIXTURE_NOW.getTime(); // the instant the persona was generated at
    renderWithSession(<MedicationTimeline domain={{ from: now - 400 * DAY, to: now }} />);
    const change = await screen.findByRole('button', {
      name: /^Dose change: Lisinopril 10 mg → 20 mg/,
    });
    expect(
      screen.getByRole('button', {
        name: /^Switch: Switched from Amlodipine 5 mg .* to Chlorthalidone 12.5 mg/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Lisinopril')).toBeInTheDocument();
    act(() => {
      change.focus();
    });
    expect(screen.getByRole('tooltip')).toHaveTextContent('Lisinopril 10 mg → 20 mg');
    // Placed on the shared axis: 45 days before the end of a 400-day window.
    const left = parseFloat((change.parentElement as HTMLElement).style.left);
    expect(left).toBeCloseTo((355 / 400) * 100, 0);
    expect(screen.getByText(/All medication changes as a table/)).toBeInTheDocument();
  });

  it('a consent without medications shows "not authorized" on the timeline too', () => {
    renderWithSession(<MedicationTimeline domain={undefined} />, {
      scopes: ['patient/Observation.rs'],
    });
    expect(screen.getByText('Not authorized to read medications')).toBeInTheDocument();
  });
});
