/**
 * The readings of this launch's outbox and where each one is: saving, waiting to retry, not saved (with
 * the server's reason), or sent. Failed ones can be tried again or discarded.
 */
import type { Observation } from 'fhir/r4';
import { summarizeBpObservation } from '../../fhir/bp-observation';
import type { Outbox, OutboxItem } from '../../outbox';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const clockFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

function describeValues(item: OutboxItem): string {
  const s = summarizeBpObservation(item.resource as Observation);
  const values = `${s.systolic ?? '?'}/${s.diastolic ?? '?'} mmHg`;
  const pulse = s.pulse !== undefined ? `, pulse ${s.pulse}` : '';
  const when = s.effective ? ` · ${timeFormat.format(new Date(s.effective))}` : '';
  return `${values}${pulse}${when}`;
}

function stateText(item: OutboxItem): { label: string; detail?: string; tone: string } {
  switch (item.state) {
    case 'sent':
      return { label: 'Sent to your record', tone: 'sent' };
    case 'sending':
      return { label: 'Saving…', tone: 'busy' };
    case 'pending':
      return item.error
        ? { label: 'Waiting', detail: item.error, tone: 'waiting' }
        : { label: 'Saving…', tone: 'busy' };
    case 'waiting':
      return {
        label: `Waiting to retry${item.nextAttemptAt ? ` at ${clockFormat.format(item.nextAttemptAt)}` : ''}`,
        ...(item.error ? { detail: item.error } : {}),
        tone: 'waiting',
      };
    case 'failed':
      return {
        label: 'Not saved',
        detail: item.error ?? 'The server refused the reading.',
        tone: 'failed',
      };
  }
}

export function PendingReadings({
  items,
  outbox,
}: {
  items: readonly OutboxItem[];
  outbox: Outbox;
}) {
  if (items.length === 0) return null;
  return (
    <section className="rr-pending" aria-label="Readings saved in this session">
      <h3 className="rr-pending__title">Your readings</h3>
      <ul className="rr-pending__list">
        {items.map((item) => {
          const state = stateText(item);
          return (
            <li key={item.uuid} className={`rr-pending__item rr-pending__item--${state.tone}`}>
              <span className="rr-pending__values">{describeValues(item)}</span>
              <span className="rr-pending__state">
                <strong>{state.label}</strong>
                {state.detail ? <span>: {state.detail}</span> : null}
              </span>
              {item.state === 'failed' ? (
                <span className="rr-pending__actions">
                  <button
                    type="button"

                    onClick={() => void outbox.retry(item.uuid)}
                  >
                    Try again
                  </button>
                  <button
                    type="button"

                    onClick={() => void outbox.discard(item.uuid)}
                  >
                    Discard
                  </button>
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
