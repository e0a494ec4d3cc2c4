/** The launch profiles by id; `profileOf` reads the launch's choice (carried with its faults). */
import type { Faults } from '../faults';
import { epic } from './epic';
import { oracleHealth } from './oracle-health';
import type { EhrProfile, ProfileId } from './types';

export { PROFILE_IDS, type EhrProfile, type ProfileId } from './types';

const PROFILES: Record<ProfileId, EhrProfile> = { epic, 'oracle-health': oracleHealth };

export function profileOf(faults: Faults | undefined): EhrProfile | undefined {
  const id = faults?.ehr_profile;
  return id ? PROFILES[id] : undefined;
}
