/** The session is over: say so, and offer the way back that fits how the app was launched. */
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
