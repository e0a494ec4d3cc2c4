/**
 * What a medication record's status means for the list and the timeline. Pure, one table per resource.
 * Value sets: FHIR R4 MedicationRequest status (https://hl7.org/fhir/R4/valueset-medicationrequest-status.html),
 * MedicationStatement status (https://hl7.org/fhir/R4/valueset-medication-statement-status.html),
 * MedicationRequest.doNotPerform and intent (https://hl7.org/fhir/R4/medicationrequest.html).
 */
import type { MedicationEntry } from '../fhir/medications';
import { ownValue } from '../fhir/own-key';

/**
 * taking: current therapy · paused: on hold · planned: not yet ordered/started · not-given: an order NOT
 * to give the drug · past: taken, now over · never-started: cancelled / not taken · unknown.
 */
export type Meaning =
  'taking' | 'paused' | 'planned' | 'not-given' | 'past' | 'never-started' | 'unknown';

export interface StatusRule {
  meaning: Meaning;
  /** Words shown on the list. */
  label: string;
  /** How the timeline draws it: a bar, a hatched "paused" bar, or nothing (never taken). */
  drawn: 'bar' | 'paused' | 'none';
}

const rule = (meaning: Meaning, label: string, drawn: StatusRule['drawn']): StatusRule => ({
  meaning,
  label,
  drawn,
});

export const REQUEST_STATUS: Readonly<Record<string, StatusRule>> = {
  active: rule('taking', 'Active', 'bar'),
  'on-hold': rule('paused', 'On hold', 'paused'),
  cancelled: rule('never-started', 'Cancelled (never started)', 'none'),
  completed: rule('past', 'Completed', 'bar'),
  stopped: rule('past', 'Stopped', 'bar'),
  draft: rule('planned', 'Draft (not yet ordered)', 'none'),
  unknown: rule('unknown', 'Status unknown', 'bar'),
};

export const STATEMENT_STATUS: Readonly<Record<string, StatusRule>> = {
  active: rule('taking', 'Taking', 'bar'),
  'on-hold': rule('paused', 'On hold', 'paused'),
  completed: rule('past', 'Completed', 'bar'),
  stopped: rule('past', 'Stopped', 'bar'),
  intended: rule('planned', 'Intends to take (not started)', 'none'),
  'not-taken': rule('never-started', 'Not taken', 'none'),
  unknown: rule('unknown', 'Status unknown', 'bar'),
};

/** Intents that are an order to give the drug; plan, proposal, etc. are not (yet) therapy. */
const ORDER_INTENTS = new Set(['order', 'original-order', 'instance-order', 'reflex-order']);
const INTENT_TEXT: Record<string, string> = {
  plan: 'Plan (not yet ordered)',
  proposal: 'Proposed (not yet ordered)',
  'filler-order': 'Pharmacy order',
  option: 'Option (not ordered)',
};

const ENDED = new Set(['completed', 'stopped', 'cancelled']);

/** The meaning of one record: doNotPerform first, then a non-order intent, then the status. */
export function statusRule(
  e: Pick<MedicationEntry, 'source' | 'status' | 'intent' | 'doNotPerform'>,
): StatusRule {
  if (e.doNotPerform)
    return rule(
      'not-given',
      ENDED.has(e.status) ? 'Not to be given (no longer in force)' : 'Not to be given',
      'none',
    );
  if (e.source === 'request' && e.intent !== undefined && !ORDER_INTENTS.has(e.intent)) {
    // A plan is never drawn as therapy: one that ended was never started.
    if (ENDED.has(e.status))
      return rule('never-started', ownValue(REQUEST_STATUS, e.status)?.label ?? e.status, 'none');
    return rule('planned', ownValue(INTENT_TEXT, e.intent) ?? `Not an order (${e.intent})`, 'none');
  }
  const table = e.source === 'request' ? REQUEST_STATUS : STATEMENT_STATUS;
  return ownValue(table, e.status) ?? rule('unknown', 'Status unknown', 'bar');
}
