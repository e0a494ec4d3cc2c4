/**
 * Home vs office, and who measured: read only from evidence in the resource (DESIGN: "Unknown stays
 * unknown — never guessed"). The strongest evidence wins: an explicit measurement setting, then the
 * encounter's class, then signs of a patient's own device or hands.
 */
import type { Encounter, Observation, Reference } from 'fhir/r4';
import { CATEGORY, ENCOUNTER_CLASS, SNOMED, SYSTEM } from './codes';
import { hasCode, hasCoding } from './coding';
import type { BpSetting, BpSource, SettingEvidence } from './bp-types';

/** Encounters by `Encounter/<id>` (and by bare id), for Encounter.class evidence. */
export type EncounterIndex = ReadonlyMap<string, Encounter>;

export function indexEncounters(encounters: readonly Encounter[]): EncounterIndex {
  const map = new Map<string, Encounter>();
  for (const e of encounters) {
    if (e.id) map.set(`Encounter/${e.id}`, e);
  }
  return map;
}

// The Vital Signs IG's URL, and lookalikes from older drafts and vendor profiles.
const isSettingExtension = (url: string) => /measurement-?setting/i.test(url);

const refType = (r: Reference): string | undefined => r.type ?? r.reference?.split('/').at(-2);

const byPatient = (obs: Observation) =>
  (obs.performer ?? []).some((r) => {
    const type = refType(r);
    return type === 'Patient' || type === 'RelatedPerson';
  });

const byClinician = (obs: Observation) =>
  (obs.performer ?? []).some((r) => {
    const type = refType(r);
    return (
      type === 'Practitioner' ||
      type === 'PractitionerRole' ||
      type === 'Organization' ||
      type === 'CareTeam'
    );
  });

const isPhd = (obs: Observation) => hasCode(obs.category, CATEGORY.phd);

function encounterClass(
  obs: Observation,
  encounters: EncounterIndex | undefined,
): string | undefined {
  const ref = obs.encounter?.reference;
  if (!ref || !encounters) return undefined;
  const key = ref.includes('/') ? ref.split('/').slice(-2).join('/') : `Encounter/${ref}`;
  const cls = encounters.get(key)?.class;
  if (!cls) return undefined;
  return cls.system === undefined || cls.system === SYSTEM.actCode ? cls.code : undefined;
}

export function settingOf(
  obs: Observation,
  encounters?: EncounterIndex,
): { setting: BpSetting; evidence: SettingEvidence } {
  for (const ext of obs.extension ?? []) {
    if (
      isSettingExtension(ext.url) &&
      hasCoding(ext.valueCodeableConcept, SYSTEM.snomed, SNOMED.home)
    ) {
      return { setting: 'home', evidence: 'measurement-setting' };
    }
  }
  const cls = encounterClass(obs, encounters);
  if (cls === ENCOUNTER_CLASS.home) return { setting: 'home', evidence: 'encounter-home' };
  if (cls === ENCOUNTER_CLASS.ambulatory)
    return { setting: 'office', evidence: 'encounter-ambulatory' };
  if (isPhd(obs)) return { setting: 'home', evidence: 'phd-category' };
  if (byPatient(obs)) return { setting: 'home', evidence: 'patient-performer' };
  if (obs.device) return { setting: 'home', evidence: 'device' };
  return { setting: 'unknown', evidence: 'none' };
}

export function sourceOf(obs: Observation): BpSource {
  if (obs.device || isPhd(obs)) return 'device';
  if (byPatient(obs)) return 'patient';
  if (byClinician(obs)) return 'clinician';
  return 'unknown';
}
