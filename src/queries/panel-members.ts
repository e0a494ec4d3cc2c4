/**
 * Who is on the remote-monitoring panel (issue 14): the `Group`s the signed-in practitioner manages
 * (`Group?managing-entity=Practitioner/<id>`), or the Group ids configured for the server, read with
 * the Group reader (inactive and ended memberships left out and counted). Names and birth dates come
 * from `Patient?_id=` searches of 50 ids, a few at a time, each read by the patient reader.
 */
import type { Group, Patient } from 'fhir/r4';
import { readGroup } from '../fhir/group';
import { readPatient, type PatientFacts } from '../fhir/patient';
import {
  asPartialFailure,
  type FhirError,
  type FhirGateway,
  type ResourceRef,
} from '../smart/types';
import { pooled } from './pool';

export interface PanelMember {
  patientId: string;
  enrolledAt?: number;
  /** Names of the groups (programs) the patient is enrolled in. */
  programs: string[];
}

export interface PanelMembers {
  programs: { id: string; name: string }[];
  members: PanelMember[];
  /** Memberships left out (inactive, ended, not a patient, unreadable). */
  skipped: number;
}

/** Why the panel cannot be listed at all: each has its own page of words. */
export class PanelSourceError extends Error {
  override readonly name = 'PanelSourceError';
  constructor(
    readonly why: 'no-user' | 'no-program',
    message: string,
  ) {
    super(message);
  }
}

export interface PanelSource {
  /** The verified signed-in user (`fhirUser`), whose Groups are the panel. */
  user?: ResourceRef;
  /** Group ids configured for this server: used instead of the user's Groups when given. */
  groupIds: readonly string[];
}

const PATIENT_BATCH = 50;
const IN_FLIGHT = 4;

async function readGroups(
  gateway: FhirGateway,
  source: PanelSource,
  signal?: AbortSignal,
): Promise<unknown[]> {
  const opts = signal ? { signal } : {};
  if (source.groupIds.length > 0) {
    return pooled(
      source.groupIds.map((id) => () => gateway.read<Group>('Group', id, opts)),
      IN_FLIGHT,
    );
  }
  const user = source.user;
  if (user?.resourceType !== 'Practitioner' && user?.resourceType !== 'PractitionerRole') {
    throw new PanelSourceError(
      'no-user',
      'The sign-in did not say which clinician you are, so Tensio cannot find your panel.',
    );
  }
  const found = await gateway.searchAll<Group>(
    'Group',
    { 'managing-entity': `${user.resourceType}/${user.id}` },
    { pageSize: 50, ...opts },
  );
  if (found.failure) throw found.failure;
  return found.resources;
}

export async function fetchPanelMembers(
  gateway: FhirGateway,
  source: PanelSource,
  now: number,
  signal?: AbortSignal,
): Promise<PanelMembers> {
  const groups = await readGroups(gateway, source, signal);
  const byPatient = new Map<string, PanelMember>();
  const programs: PanelMembers['programs'] = [];
  let skipped = 0;
  for (const raw of groups) {
    const id = typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : '';
    const read = readGroup(raw, now);
    const name = read.name ?? (id ? `Group ${id}` : 'Unnamed group');
    programs.push({ id, name });
    skipped += read.skipped.reduce((sum, s) => sum + s.count, 0);
    for (const m of read.members) {
      const known = byPatient.get(m.patientId);
      if (known) {
        known.programs.push(name);
        // The earliest enrolment starts the monitoring periods.
        if (m.enrolledAt !== undefined && (known.enrolledAt ?? Infinity) > m.enrolledAt)
          known.enrolledAt = m.enrolledAt;
      } else {
        byPatient.set(m.patientId, {
          patientId: m.patientId,
          ...(m.enrolledAt !== undefined ? { enrolledAt: m.enrolledAt } : {}),
          programs: [name],
        });
      }
    }
  }
  if (programs.length === 0) {
    throw new PanelSourceError(
      'no-program',
      'No remote-monitoring program is managed by you on this server.',
    );
  }
  return { programs, members: [...byPatient.values()], skipped };
}

export interface PanelPatients {
  facts: Map<string, PatientFacts>;
  failures: FhirError[];
}

/** Demographics of the members, 50 per `Patient?_id=` search; a failed batch leaves ids for names. */
export async function fetchPanelPatients(
  gateway: FhirGateway,
  ids: readonly string[],
  now: number,
  signal?: AbortSignal,
): Promise<PanelPatients> {
  const facts = new Map<string, PatientFacts>();
  const failures: FhirError[] = [];
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += PATIENT_BATCH) chunks.push(ids.slice(i, i + PATIENT_BATCH));
  await pooled(
    chunks.map((chunk) => async () => {
      try {
        const found = await gateway.searchAll<Patient>(
          'Patient',
          { _id: chunk.join(',') },
          { pageSize: PATIENT_BATCH, ...(signal ? { signal } : {}) },
        );
        if (found.failure) failures.push(found.failure);
        for (const p of found.resources) {
          if (typeof p.id === 'string') facts.set(p.id, readPatient(p, now));
        }
      } catch (e) {
        const failure = asPartialFailure(e);
        if (!failure) throw e;
        failures.push(failure);
      }
    }),
    IN_FLIGHT,
  );
  return { facts, failures };
}
