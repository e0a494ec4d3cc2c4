/** OperationOutcome answers: every error the FHIR side gives is one of these, with a clear diagnostic. */
import type { FhirResponse } from '../contracts';

export type IssueCode =
  | 'invalid'
  | 'required'
  | 'value'
  | 'not-supported'
  | 'forbidden'
  | 'not-found'
  | 'duplicate'
  | 'processing'
  | 'expired';

export function operationOutcome(
  code: IssueCode,
  diagnostics: string,
  expression?: string,
): Record<string, unknown> {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'error',
        code,
        diagnostics,
        ...(expression ? { expression: [expression] } : {}),
      },
    ],
  };
}

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

export function fail(
  status: number,
  code: IssueCode,
  diagnostics: string,
  expression?: string,
): FhirResponse {
  return {
    status,
    headers: { 'Content-Type': FHIR_JSON },
    body: operationOutcome(code, diagnostics, expression),
  };
}

export function ok(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): FhirResponse {
  return { status, headers: { 'Content-Type': FHIR_JSON, ...headers }, body };
}

/** Thrown inside the FHIR side; `handle` turns it into its OperationOutcome response. */
export class FhirError extends Error {
  constructor(
    readonly status: number,
    readonly code: IssueCode,
    message: string,
    readonly expression?: string,
  ) {
    super(message);
  }

  toResponse(): FhirResponse {
    return fail(this.status, this.code, this.message, this.expression);
  }
}

export interface Issue {
  code: IssueCode;
  diagnostics: string;
  expression?: string;
}

/** One OperationOutcome listing every problem found (validation reports them all at once). */
export function failMany(status: number, issues: readonly Issue[]): FhirResponse {
  return {
    status,
    headers: { 'Content-Type': FHIR_JSON },
    body: {
      resourceType: 'OperationOutcome',
      issue: issues.map(({ code, diagnostics, expression }) => ({
        severity: 'error',
        code,
        diagnostics,
        ...(expression ? { expression: [expression] } : {}),
      })),
    },
  };
}
