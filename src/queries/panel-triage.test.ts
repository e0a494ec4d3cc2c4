/**
 * The panel's data path against the sandbox's own FHIR service and its generated RPM program (issue
 * 14): members from the practitioner's Group, each triaged from their own readings, with the counts
 * RPM_EXPECTED says, a bounded number of requests and of requests in flight.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { http } from 'msw';
import { fhirError } from '../../mocks/fhir';
import { createTestSession } from '../../mocks/render';
import { server, TEST_FHIR_BASE } from '../../mocks/server';
import { serveSandbox, type SandboxStats } from '../../mocks/sandbox-fhir';
import { buildRpmProgram, RPM_EXPECTED } from '../../sandbox/src/personas/rpm';
import type { TriageGroup } from '../clinical/rpm-triage';
import { fetchPanelMembers, type PanelMembers } from './panel-members';
import { CARE_BATCH } from './panel-care';
import { type MemberOutcome, PANEL_CONCURRENCY, triagePanel } from './panel-triage';

const TZ = 'America/New_York';
const now = new Date();
const resources = buildRpmProgram(now);
const practitioner = { resourceType: 'Practitioner', id: 'practitioner-1' };
const scopes = ['openid', 'fhirUser', 'user/*.rs'];

let stats: SandboxStats;
let members: PanelMembers;
const outcomes = new Map<string, MemberOutcome>();

async function triageAll(grantScopes: readonly string[], refuseBatches = false) {
  const session = createTestSession({ scopes: grantScopes, fhirUser: practitioner });
  stats = serveSandbox(resources, now, {
    scopes: grantScopes,
    fhirUser: 'Practitioner/practitioner-1',
  });
  if (refuseBatches) {
    // Like an EHR whose `patient` takes one value: a comma-separated list is a 400.
    server.use(
      http.get(`${TEST_FHIR_BASE}/:type`, ({ request }) =>
        new URL(request.url).searchParams.get('patient')?.includes(',')
          ? fhirError(400, 'patient must be a single reference')
          : undefined,
      ),
    );
  }
  members = await fetchPanelMembers(session.gateway, { user: practitioner, groupIds: [] }, +now);
  outcomes.clear();
  await triagePanel(
    {
      gateway: session.gateway,
      serverUrl: session.serverUrl,
      grantedScopes: grantScopes,
      practiceGoal: undefined,
      now: +now,
      timeZone: TZ,
    },
    members.members,
    (id, o) => outcomes.set(id, o),
  );
}

const groupOf = (id: string): TriageGroup | 'failed' | undefined => {
  const o = outcomes.get(id);
  return o ? (o.ok ? o.triage.group : 'failed') : undefined;
};

describe('the panel over the sandbox RPM program', () => {
  beforeAll(async () => {
    await triageAll(scopes);
  }, 60_000);

  it('lists every active member once and counts the ended and inactive ones left out', () => {
    expect(members.programs.map((p) => p.id)).toEqual(['rpm-program']);
    expect(members.programs[0]?.name).toBe('Hypertension remote monitoring');
    expect(members.members).toHaveLength(RPM_EXPECTED.activeMembers);
    expect(members.skipped).toBe(RPM_EXPECTED.members - RPM_EXPECTED.activeMembers);
    const ids = new Set(members.members.map((m) => m.patientId));
    for (const id of [...RPM_EXPECTED.inactiveIds, ...RPM_EXPECTED.endedIds])
      expect(ids.has(id)).toBe(false);
    expect(members.members.every((m) => m.enrolledAt !== undefined)).toBe(true);
  });

  it('triages every member', () => {
    expect(outcomes.size).toBe(RPM_EXPECTED.activeMembers);
    expect([...outcomes.values()].filter((o) => !o.ok)).toEqual([]);
  });

  it.each([
    ['severe in the last 7 days', RPM_EXPECTED.severeIds, 'severe'],
    ['never started', RPM_EXPECTED.neverStartedIds, 'stopped'],
    ['stopped a week ago', RPM_EXPECTED.stoppedWeekIds, 'stopped'],
    ['stopped 4 days ago', RPM_EXPECTED.stopped4DaysIds, 'stopped'],
  ] as const)('%s → %s', (_name, ids, group) => {
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect([id, groupOf(id)]).toEqual([id, group]);
  });

  it('puts readers averaging above goal (and not severe or stopped) above goal', () => {
    const other = new Set<string>([
      ...RPM_EXPECTED.severeIds,
      ...RPM_EXPECTED.neverStartedIds,
      ...RPM_EXPECTED.stoppedWeekIds,
      ...RPM_EXPECTED.stopped4DaysIds,
      ...RPM_EXPECTED.everyOtherDayIds,
    ]);
    const above = RPM_EXPECTED.aboveGoalIds.filter((id) => !other.has(id));
    expect(above.length).toBeGreaterThan(5);
    for (const id of above) expect([id, groupOf(id)]).toEqual([id, 'above-goal']);
  });

  it('never counts a patient-entered reading as a device day', () => {
    for (const id of RPM_EXPECTED.patientEnteredOnlyIds) {
      const o = outcomes.get(id);
      if (!o?.ok) throw new Error(`${id} not triaged`);
      expect(o.triage.deviceDays.deviceDays).toBe(0);
      expect(o.triage.deviceDays.patientEnteredDays).toBeGreaterThan(0);
    }
  });

  it('costs one reading search per member and batches of 50 for the rest, a few at a time', () => {
    const batches = Math.ceil(RPM_EXPECTED.activeMembers / CARE_BATCH);
    expect(stats.byType).toEqual({
      Group: 1,
      Observation: RPM_EXPECTED.activeMembers,
      Goal: batches,
      MedicationRequest: batches,
      MedicationStatement: batches,
    });
    // Readings of PANEL_CONCURRENCY members, and two batches of three searches.
    expect(stats.maxInFlight).toBeLessThanOrEqual(PANEL_CONCURRENCY + 2 * 3);
  });
});

describe('a narrower grant', () => {
  it('without Observation reads every member fails as forbidden (the panel says not authorized)', async () => {
    const narrow = ['openid', 'fhirUser', 'user/Group.rs', 'user/Patient.rs', 'user/Goal.rs'];
    await triageAll(narrow);
    const kinds = [...outcomes.values()].map((o) => (o.ok ? 'triaged' : o.error.kind));
    expect(kinds).toEqual(Array<string>(RPM_EXPECTED.activeMembers).fill('forbidden'));
  }, 60_000);
});

describe('a server that refuses multi-patient searches', () => {
  it('gets per-member searches instead, with the same triage', async () => {
    await triageAll(scopes);
    const batched = new Map([...outcomes].map(([id, o]) => [id, o.ok ? o.triage.group : 'failed']));
    await triageAll(scopes, true);
    const single = new Map([...outcomes].map(([id, o]) => [id, o.ok ? o.triage.group : 'failed']));
    expect(single).toEqual(batched);
    // The refused batches never reach the sandbox (counted there): one Goal search per member.
    expect(stats.byType.Goal).toBe(RPM_EXPECTED.activeMembers);
  }, 90_000);
});
