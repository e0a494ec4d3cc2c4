/**
 * After sign-out: the tokens were revoked (or the server offers no way to), nothing of the session is
 * left in this tab, and the way back fits how the app was launched.
 */
import type { LaunchMeta } from '../../smart/launch-meta';
import type { RevokeOutcome } from '../../smart/types';
import { MessagePage } from './message-page';

const REVOKED: Record<RevokeOutcome, string> = {
  revoked: 'The server has withdrawn this session’s access.',
  'not-offered':
    'This server offers no way to withdraw access early: it ends when the session expires.',
  failed:
    'The server did not confirm that it withdrew this session’s access: it ends when the session expires.',
};

export function SignedOutPage({
  outcome,
  meta,
}: {
  outcome: RevokeOutcome;
  meta: LaunchMeta | undefined;
}) {
  return (
    <MessagePage title="You have signed out">
      <p>Tensio no longer holds your sign-in or any of the record in this tab.</p>
      <p className="muted">{REVOKED[outcome]}</p>
      {meta?.kind === 'ehr' ? (
        <p>To open Tensio again, start it from the patient&apos;s chart in your EHR.</p>
      ) : (
        <p>
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              window.location.assign('/launch');
            }}
          >
            Sign in again
          </button>
        </p>
      )}
      <p className="muted">
        On a shared computer, also sign out of the health record’s own website and close this
        browser window.
      </p>
    </MessagePage>
  );
}

/** An authorize error link that no sign-in in this tab started: nothing of it is repeated or acted on. */
export function ForeignLinkPage({ sessionHere }: { sessionHere: boolean }) {
  return (
    <MessagePage title="This link did not come from a sign-in Tensio started">
      <p>
        Tensio was opened with a link that reports a sign-in problem, but the link does not belong
        to any sign-in started in this tab, so Tensio ignored it. Nothing was changed.
      </p>
      <p>
        Do not follow instructions that came with such a link, such as calling a number or giving
        your password to someone.
      </p>
      <p>
        {sessionHere ? (
          <a href="/">Back to Tensio</a>
        ) : (
          <>
            Open Tensio from your EHR, or <a href="/launch">start a sign-in</a>.
          </>
        )}
      </p>
    </MessagePage>
  );
}
