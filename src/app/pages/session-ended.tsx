/**
 * The session is over: say so, list the readings still waiting on this device (they are sent by the
 * next launch of the same server and patient), and offer the way back that fits how the app was
 * launched.
 */
import { useState } from 'react';
import { formatDay } from '../../clinical/date-text';
import { browserTimeZone } from '../../clinical/time';
import { expiresAt, expiresSoon, RETENTION_DAYS } from '../../outbox';
import { useWaitingReadings } from '../../queries/outbox';
import type { LaunchMeta } from '../../smart/launch-meta';
import type { EndReason } from '../../smart/session';
import { MessagePage } from './message-page';

const WHY: Record<EndReason, string> = {
  'refresh-refused':
    'The server did not renew your access, so Tensio can no longer read the record.',
  unauthorized: 'The server no longer accepts this session.',
  'no-state':
    'This tab holds no launch: Tensio was opened directly, or the browser forgot the launch.',
};

export function SessionEndedPage({
  reason,
  meta,
}: {
  reason: EndReason;
  meta: LaunchMeta | undefined;
}) {
  const relaunch = () => {
    if (meta) window.location.assign(`/launch?iss=${encodeURIComponent(meta.iss)}`);
  };
  return (
    <MessagePage title={reason === 'no-state' ? 'No active session' : 'Your session has ended'}>
      <p>{WHY[reason]}</p>
      <WaitingReadings />
      {meta?.kind === 'ehr' ? (
        <p>
          <strong>Relaunch Tensio from your EHR</strong> (open the patient&apos;s chart and start
          Tensio again).
        </p>
      ) : meta ? (
        <p>
          <button type="button" className="button-primary" onClick={relaunch}>
            Sign in again
          </button>
        </p>
      ) : (
        <p>
          Relaunch Tensio from your EHR, or <a href="/launch">start a standalone launch</a>.
        </p>
      )}
    </MessagePage>
  );
}

const readings = (n: number) => (n === 1 ? '1 reading' : `${String(n)} readings`);

function serverName(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Readings saved on this device that no server has confirmed yet, per server and patient record. */
function WaitingReadings() {
  const scopes = useWaitingReadings();
  // When the page opened: the expiry warning is judged against that moment.
  const [now] = useState(() => Date.now());
  if (scopes.length === 0) return null;
  const dayText = (t: number) => formatDay(t, { timeZone: browserTimeZone(), now });
  return (
    <section className="message-page__waiting" aria-label="Readings not sent yet">
      <p>
        <strong>Not in your record yet:</strong> these readings are saved on this device and will be
        sent when you open Tensio again for the same record. Readings not sent within{' '}
        {RETENTION_DAYS} days are deleted from this device.
      </p>
      <ul>
        {scopes.map((s) => (
          <li key={`${s.serverUrl} ${s.patientId}`}>
            {readings(s.count)} for record <code>{s.patientId}</code> at {serverName(s.serverUrl)}
            {expiresSoon({ enteredAt: s.oldestEnteredAt }, now) ? (
              <strong>
                {' '}
                — the oldest will be deleted on{' '}
                {dayText(expiresAt({ enteredAt: s.oldestEnteredAt }))} unless sent before then
              </strong>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
