/** Where the panel's members come from (issue 14), against the sandbox's FHIR service. */
import { describe, expect, it } from 'vitest';
import { createTestSession } from '../../mocks/render';
import { serveSandbox } from '../../mocks/sandbox-fhir';
import { buildRpmProgram, RPM_EXPECTED } from '../../sandbox/src/personas/rpm';
import { buildPractitioners } from '../../sandbox/src/personas/people';
import { fetchPanelMembers, fetchPanelPatients, PanelSourceError } from './panel-members';

const now = new Date();
const resources = [...buildPractitioners(), ...buildRpmProgram(now)];
const scopes = ['openid', 'fhirUser', 'user/*.rs'];

function setup(fhirUser = 'Practitioner/practitioner-1') {
  const stats = serveSandbox(resources, now, { scopes, fhirUser });
  const session = createTestSession({ scopes });
  return { stats, gateway: session.gateway };
}

describe('panel members', () => {
  it.each([
    [
      'the Groups the practitioner manages',
      { user: { resourceType: 'Practitioner', id: 'practitioner-1' }, groupIds: [] },
    ],
    ['a configured Group id, whoever signed in', { groupIds: ['rpm-program'] }],
  ])('%s', async (_name, source) => {
    const { gateway } = setup();
    const got = await fetchPanelMembers(gateway, source, +now);
    expect(got.members).toHaveLength(RPM_EXPECTED.activeMembers);
    expect(got.programs.map((p) => p.id)).toEqual(['rpm-program']);
  });

  it.each([
    ['no verified user and no configured Group', {}, 'no-user'],
    ['a patient as the user', { user: { resourceType: 'Patient', id: 'rpm-001' } }, 'no-user'],
    [
      'a practitioner who manages no program',
      { user: { resourceType: 'Practitioner', id: 'practitioner-2' } },
      'no-program',
    ],
  ])('%s → %s', async (_name, source, why) => {
    const { gateway } = setup();
    const error = await fetchPanelMembers(gateway, { groupIds: [], ...source }, +now).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PanelSourceError);
    expect((error as PanelSourceError).why).toBe(why);
  });

  it('reads names 50 ids per search, every member named', async () => {
    const { gateway, stats } = setup();
    const members = await fetchPanelMembers(gateway, { groupIds: ['rpm-program'] }, +now);
    const ids = members.members.map((m) => m.patientId);
    const before = stats.byType.Patient ?? 0;
    const got = await fetchPanelPatients(gateway, ids, +now);
    expect((stats.byType.Patient ?? 0) - before).toBe(Math.ceil(ids.length / 50));
    expect(got.failures).toEqual([]);
    expect(ids.every((id) => got.facts.get(id)?.name?.text)).toBe(true);
  });
});
