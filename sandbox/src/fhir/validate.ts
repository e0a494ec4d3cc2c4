/** Validation of a posted Observation: every problem is reported, each naming its element. */
import { parseFhirDate } from './dates';
import { patientIdOf } from './extract';
import { asArray, asRecord, asString, records, type Json } from './json';
import type { Issue } from './outcome';

export const UCUM = 'http://unitsofmeasure.org';
const STATUSES = new Set([
  'registered',
  'preliminary',
  'final',
  'amended',
  'corrected',
  'cancelled',
  'entered-in-error',
  'unknown',
]);
const EFFECTIVE = [
  'effectiveDateTime',
  'effectiveInstant',
  'effectivePeriod',
  'effectiveTiming',
] as const;

function checkCode(concept: unknown, path: string, issues: Issue[]): void {
  const codings = records(asRecord(concept)?.coding);
  if (codings.length === 0) {
    issues.push({
      code: 'required',
      diagnostics: `${path} needs at least one coding.`,
      expression: path,
    });
    return;
  }
  codings.forEach((coding, i) => {
    if (!asString(coding.code)) {
      issues.push({
        code: 'required',
        diagnostics: `${path}.coding[${i}] needs a code.`,
        expression: `${path}.coding[${i}].code`,
      });
    }
  });
}

function checkQuantity(value: unknown, path: string, issues: Issue[]): void {
  const q = asRecord(value);
  if (typeof q?.value !== 'number' || !Number.isFinite(q.value)) {
    issues.push({
      code: 'value',
      diagnostics: `${path}.value must be a number.`,
      expression: `${path}.value`,
    });
  }
  if (q?.system !== UCUM) {
    issues.push({
      code: 'value',
      diagnostics: `${path}.system must be ${UCUM} (UCUM).`,
      expression: `${path}.system`,
    });
  }
  if (!asString(q?.code)) {
    issues.push({
      code: 'required',
      diagnostics: `${path}.code (a UCUM unit code) is required.`,
      expression: `${path}.code`,
    });
  }
}

function checkEffective(obs: Json, issues: Issue[]): void {
  const present = EFFECTIVE.filter((k) => obs[k] !== undefined);
  if (present.length !== 1) {
    issues.push({
      code: 'required',
      diagnostics:
        'Observation.effective[x] is required (exactly one of effectiveDateTime, effectiveInstant, effectivePeriod, effectiveTiming).',
      expression: 'Observation.effective',
    });
    return;
  }
  const [key] = present;
  if (key === 'effectiveDateTime' || key === 'effectiveInstant') {
    const text = asString(obs[key]);
    if (!text || !parseFhirDate(text)) {
      issues.push({
        code: 'value',
        diagnostics: `Observation.${key} is not a valid FHIR date/time.`,
        expression: `Observation.${key}`,
      });
    }
  }
}

function checkValues(obs: Json, issues: Issue[]): void {
  if (obs.valueQuantity !== undefined)
    checkQuantity(obs.valueQuantity, 'Observation.valueQuantity', issues);
  if (obs.component !== undefined && !Array.isArray(obs.component)) {
    issues.push({
      code: 'invalid',
      diagnostics: 'Observation.component must be an array.',
      expression: 'Observation.component',
    });
  }
  asArray(obs.component).forEach((c, i) => {
    const path = `Observation.component[${i}]`;
    const component = asRecord(c) ?? {};
    checkCode(component.code, `${path}.code`, issues);
    const hasValue = Object.keys(component).some((k) => k.startsWith('value'));
    if (component.valueQuantity !== undefined)
      checkQuantity(component.valueQuantity, `${path}.valueQuantity`, issues);
    else if (!hasValue && component.dataAbsentReason === undefined) {
      issues.push({
        code: 'required',
        diagnostics: `${path} needs a value[x] or a dataAbsentReason.`,
        expression: path,
      });
    }
  });
}

/** The issues with `body` as a new Observation; `patientExists` checks the subject. Empty = valid. */
export function validateObservation(body: Json, patientExists: (id: string) => boolean): Issue[] {
  const issues: Issue[] = [];
  const status = asString(body.status);
  if (!status || !STATUSES.has(status)) {
    issues.push({
      code: 'value',
      diagnostics: `Observation.status must be one of ${[...STATUSES].join(', ')}.`,
      expression: 'Observation.status',
    });
  }
  checkCode(body.code, 'Observation.code', issues);
  const reference = asString(asRecord(body.subject)?.reference);
  const patient = reference?.startsWith('Patient/') ? patientIdOf(reference) : undefined;
  if (!patient) {
    issues.push({
      code: 'required',
      diagnostics: 'Observation.subject must reference a Patient (Patient/<id>).',
      expression: 'Observation.subject',
    });
  } else if (!patientExists(patient)) {
    issues.push({
      code: 'value',
      diagnostics: `Observation.subject: Patient/${patient} does not exist.`,
      expression: 'Observation.subject',
    });
  }
  checkEffective(body, issues);
  checkValues(body, issues);
  return issues;
}
