/**
 * The readings of this launch's outbox and where each one is: on this device (with when it will be
 * sent and why not yet), sending, in the patient's record, or not accepted (with the server's reason,
 * and a way to try again or discard it).
 */
import { formatDayTime } from '../../clinical/date-text';
import { browserTimeZone } from '../../clinical/time';
import { summarizeBpObservation } from '../../fhir/bp-observation';
import { fhirTime } from '../../fhir/fhir-date';
import { expiresAt, expiresSoon, type Outbox, type OutboxItem } from '../../outbox';

// The device's own zone: these are readings taken on this device. The shared formatter keeps the
// year unless it is this year, like every other date on the page.
const whenText = (t: number) => formatDayTime(t, { timeZone: browserTimeZone(), now: Date.now() });
const clockFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

function describeValues(item: OutboxItem): string {
  const s = summarizeBpObservation(item.resource);
  const values = `${s.systolic ?? '?'}/${s.diastolic ?? '?'} mmHg`;
  const pulse = s.pulse !== undefined ? `, pulse ${s.pulse}` : '';
  const t = fhirTime(s.effective);
  const when = t !== undefined ? ` · ${whenText(t)}` : '';
  return `${values}${pulse}${when}`;
}

type Tone = 'sent' | 'busy' | 'waiting' | 'failed';

/** Exported for the tests: the words and tone for one item, given the network and the time now. */
export function stateText(
  item: OutboxItem,
  { online, now }: { online: boolean; now: number },
): { label: string; detail?: string; tone: Tone } {
  if (item.state === 'sent') return { label: 'In your record', tone: 'sent' };
  const state = unsentText(item, { online, now });
  // Unsent readings expire from the device (outbox/retention.ts): say when, in the last days.
  if (!expiresSoon(item, now)) return state;
  const expiry = `will be deleted from this device on ${whenText(expiresAt(item))} unless sent`;
  return { ...state, detail: state.detail ? `${state.detail}; ${expiry}` : expiry };
}

function unsentText(
  item: Exclude<OutboxItem, { state: 'sent' }>,
  { online, now }: { online: boolean; now: number },
): { label: string; detail?: string; tone: Tone } {
  if (item.state === 'failed')
    return {
      label: 'Not accepted',
      detail: item.error ?? 'The server refused the reading.',
      tone: 'failed',
    };
  // A lease that ran out belongs to a tab that is gone: the reading is simply on this device again.
  if (item.state === 'sending' && (item.leaseUntil ?? 0) > now)
    return { label: 'Sending…', tone: 'busy' };
  const onDevice = 'On this device';
  if (!online)
    return { label: onDevice, detail: 'will be sent when you are online', tone: 'waiting' };
  if (item.state === 'waiting') {
    const at = item.nextAttemptAt ? `next try at ${clockFormat.format(item.nextAttemptAt)}` : '';
    const detail = [item.error, at].filter(Boolean).join(' — ');
    return { label: onDevice, ...(detail ? { detail } : {}), tone: 'waiting' };
  }
  return item.error
    ? { label: onDevice, detail: item.error, tone: 'waiting' }
    : { label: onDevice, detail: 'sending soon', tone: 'busy' };
}

export function PendingReadings({
  items,
  outbox,
  online,
  now,
}: {
  items: readonly OutboxItem[];
  outbox: Outbox;
  online: boolean;
  /** When `items` were read (a lease is judged against that moment). */
  now: number;
}) {
  if (items.length === 0) return null;
  return (
    <section className="rr-pending" aria-label="Readings saved in this session">
      <h3 className="rr-pending__title">Your readings</h3>
      <ul className="rr-pending__list">
        {items.map((item) => {
          const state = stateText(item, { online, now });
          return (
            <li key={item.uuid} className={`rr-pending__item rr-pending__item--${state.tone}`}>
              <span className="rr-pending__values">{describeValues(item)}</span>
              <span className="rr-pending__state">
                <strong>{state.label}</strong>
                {state.detail ? <span>: {state.detail}</span> : null}
              </span>
              {item.state === 'failed' ? (
                <span className="rr-pending__actions">
                  <button type="button" onClick={() => void outbox.retry(item.uuid)}>
                    Try again
                  </button>
                  <button type="button" onClick={() => void outbox.discard(item.uuid)}>
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
