/**
 * Element ids panels give their evidence, so another part of the page (the attention strip, the
 * printed summary) can link to a lab row, a medication or a panel without importing the feature.
 */
export const BP_PANEL_ID = 'bp-panel';
export const LABS_PANEL_ID = 'labs-panel';
export const MEDICATIONS_PANEL_ID = 'medications-panel';

/** `creatinine` → `lab-creatinine`. */
export const labAnchor = (key: string) => `lab-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** `MedicationRequest/mr-1` → `med-MedicationRequest-mr-1` (a valid fragment). */
export const medicationAnchor = (id: string) => `med-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
