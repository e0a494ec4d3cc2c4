/**
 * BP goals (FHIR Goal) for the personas whose story has one. hypertension-home has none on purpose:
 * its goal is the 2025 AHA/ACC default. The shapes are the ones EHRs send: structured targets on
 * systolic and diastolic (US Core Goal allows them), and a goal known only by its description text.
 */
import type { Goal } from 'fhir/r4';
import type { PersonaContext, PersonaId, PersonaPart } from './types';

const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const day = (ctx: PersonaContext, daysAgo: number) =>
  new Date(ctx.now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);

function target(code: string, display: string, value: number) {
  return {
    measure: { coding: [{ system: LOINC, code, display }] },
    detailQuantity: { value, comparator: '<' as const, unit: 'mmHg', system: UCUM, code: 'mm[Hg]' },
  };
}

function goal(
  ctx: PersonaContext,
  id: string,
  lifecycleStatus: Goal['lifecycleStatus'],
  daysAgo: number,
  text: string,
  targets?: Goal['target'],
): Goal {
  return {
    resourceType: 'Goal',
    id,
    lifecycleStatus,
    description: { text },
    subject: { reference: `Patient/${ctx.patientId}` },
    startDate: day(ctx, daysAgo),
    ...(targets ? { target: targets } : {}),
  };
}

/** An older patient: an agreed goal of below 140/90 (structured), and a completed earlier one. */
const mixedEncodings = (ctx: PersonaContext): Goal[] => [
  goal(ctx, 'goal-mixed-bp', 'active', 400, 'Blood pressure below 140/90', [
    target('8480-6', 'Systolic blood pressure', 140),
    target('8462-4', 'Diastolic blood pressure', 90),
  ]),
  goal(ctx, 'goal-mixed-bp-old', 'completed', 1500, 'Blood pressure below 150/95', [
    target('8480-6', 'Systolic blood pressure', 150),
    target('8462-4', 'Diastolic blood pressure', 95),
  ]),
];

/** Text only, between the guideline table's rows (135/85 office: home value interpolated). */
const edgeCases = (ctx: PersonaContext): Goal[] => [
  goal(ctx, 'goal-edge-bp', 'active', 200, 'BP < 135/85'),
  goal(ctx, 'goal-edge-bp-error', 'entered-in-error', 100, 'BP < 110/70'),
];

export const goalParts: Partial<Record<PersonaId, PersonaPart>> = {
  'mixed-encodings': mixedEncodings,
  'edge-cases': edgeCases,
};
