/**
 * The panel launch (issue 14): `view=panel` in the launch meta makes a session without a patient, in
 * the clinician view whoever the token names; without it, a launch with no patient is still refused.
 */
import { describe, expect, it, vi } from 'vitest';
import { TEST_FHIR_BASE } from '../../mocks/server';
import { clientFromState } from './client';
import { saveLaunchMeta } from './launch-meta';
import { buildSession, NoPatientError } from './session';
import { isPanelSession } from './types';

const hooks = { onEnded: vi.fn(), onRefreshed: vi.fn(), onSignedOut: vi.fn() };
const client = (patient?: string) =>
  clientFromState({
    serverUrl: TEST_FHIR_BASE,
    tokenResponse: {
      access_token: 'a1',
      scope: 'openid fhirUser user/Group.rs user/Observation.rs',
      ...(patient ? { patient } : {}),
    },
  });

describe('panel sessions', () => {
  it.each([
    ['a panel launch without a patient', { view: 'panel' as const }, undefined, 'panel'],
    ['a panel launch that came with a patient', { view: 'panel' as const }, 'p1', 'panel'],
    ['a patient launch with a patient', {}, 'p1', 'patient'],
  ])('%s', (_name, extra, patient, kind) => {
    saveLaunchMeta({ kind: 'standalone', iss: TEST_FHIR_BASE, serverId: 's', ...extra });
    const { session, stop } = buildSession(client(patient), hooks, { status: 'none' });
    stop();
    expect(isPanelSession(session) ? 'panel' : 'patient').toBe(kind);
    if (isPanelSession(session)) {
      expect(session.mode).toBe('clinician');
      expect('patientId' in session).toBe(false);
    } else expect(session.patientId).toBe(patient);
  });

  it('still refuses a patient launch that came without a patient', () => {
    saveLaunchMeta({ kind: 'ehr', iss: TEST_FHIR_BASE, serverId: 's' });
    expect(() => buildSession(client(), hooks, { status: 'none' })).toThrow(NoPatientError);
  });

  it('keeps the panel view across a reload (the launch meta is re-read)', () => {
    saveLaunchMeta({ kind: 'ehr', iss: TEST_FHIR_BASE, serverId: 's', view: 'panel' });
    const raw = sessionStorage.getItem('tensio:launch');
    expect(raw && (JSON.parse(raw) as { view?: string }).view).toBe('panel');
  });
});
