/** The bp parts of the personas (owned by the bp work; see types.ts for the contract). */
import { edgeCasesBp } from './bp-edge';
import { hypertensionHomeBp } from './bp-hypertension-home';
import { largeHistoryBp } from './bp-large';
import { mixedEncodingsBp } from './bp-mixed';
import type { PersonaId, PersonaPart } from './types';

export const bpParts: Partial<Record<PersonaId, PersonaPart>> = {
  'hypertension-home': hypertensionHomeBp,
  'mixed-encodings': mixedEncodingsBp,
  'large-history': (ctx) => largeHistoryBp(ctx),
  'edge-cases': edgeCasesBp,
  // no-data: demographics only, no blood pressure.
};

export { DOSE_CHANGE_DAYS_AGO, SEVERE_DAYS_AGO } from './bp-hypertension-home';
export { MIXED_EXPECTED } from './bp-mixed';
export { EDGE_EXPECTED, HTML_PAYLOAD } from './bp-edge';
export { LARGE_HISTORY_COUNT } from './bp-large';
