/** Words for medication statuses, sources and dates. */
import type { MedicationForm } from '../../fhir/medications';

const DATE = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
export const formatDate = (t: number) => DATE.format(t);

export function periodText(start: number | undefined, end: number | undefined): string | undefined {
  if (start !== undefined && end !== undefined) return `${formatDate(start)} – ${formatDate(end)}`;
  if (start !== undefined) return `Since ${formatDate(start)}`;
  if (end !== undefined) return `Until ${formatDate(end)}`;
  return undefined;
}

const STATUS: Record<string, string> = {
  active: 'Active',
  'on-hold': 'On hold',
  intended: 'Intended',
  draft: 'Draft',
  unknown: 'Status unknown',
  completed: 'Completed',
  stopped: 'Stopped',
  'not-taken': 'Not taken',
  cancelled: 'Cancelled',
};
export const statusText = (status: string) => STATUS[status] ?? status;

/** Where the medication's name came from: every medication[x] form is named, so none is silent. */
export const FORM_TEXT: Record<MedicationForm, string> = {
  'codeable-concept': 'coded in the record',
  contained: 'contained Medication',
  included: 'referenced Medication (included)',
  read: 'referenced Medication (read separately)',
  display: 'reference display only',
};
