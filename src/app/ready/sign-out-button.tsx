/** The header's sign-out control: revokes and forgets the session (the ready page then says so). */
import { useState } from 'react';
import { useSession } from '../../smart/session-context';

/** `signOut`: the panel's session (outside any patient's SessionContext); default, the dashboard's. */
export function SignOutButton({ signOut: given }: { signOut?: () => Promise<unknown> }) {
  return given ? <SignOut signOut={given} /> : <SessionSignOut />;
}

function SessionSignOut() {
  const session = useSession();
  return <SignOut signOut={session.signOut} />;
}

function SignOut({ signOut: run }: { signOut: () => Promise<unknown> }) {
  const [busy, setBusy] = useState(false);
  const signOut = () => {
    setBusy(true);
    // Never rejects: revocation failures are reported by the signed-out page.
    void run();
  };
  return (
    <button type="button" onClick={signOut} disabled={busy}>
      {busy ? 'Signing out…' : 'Sign out'}
    </button>
  );
}

/** The id_token check in words, for the launch details. */
export function identityText(identity: ReturnType<typeof useSession>['identity']): string {
  switch (identity.status) {
    case 'verified':
      return 'verified (signed by the server)';
    case 'none':
      return 'no identity token: the user is not known';
    case 'unverified':
      return `not trusted: the identity token was refused because ${identity.reason}; the user is treated as unknown`;
  }
}
