/** For developers: what this launch is (server, scopes requested vs granted, expiry, user, context). */
import { useSession } from '../../smart/session-context';
import { identityText } from '../ready/sign-out-button';

function ScopeList({ scopes, other }: { scopes: readonly string[]; other: readonly string[] }) {
  if (scopes.length === 0) return <span className="muted">none</span>;
  return (
    <ul className="scope-list">
      {scopes.map((s) => (
        <li key={s} className={other.includes(s) ? undefined : 'scope-list__diff'}>
          <code>{s}</code>
          {other.includes(s) ? null : <span className="muted"> (only here)</span>}
        </li>
      ))}
    </ul>
  );
}

export function LaunchDetails() {
  const s = useSession();
  const ref = (r: { resourceType: string; id: string } | undefined) =>
    r ? `${r.resourceType}/${r.id}` : '—';
  return (
    <details className="launch-details">
      <summary>Launch details</summary>
      <dl>
        <dt>FHIR server</dt>
        <dd>
          <code>{s.serverUrl}</code>
        </dd>
        <dt>Launch</dt>
        <dd>
          {s.launchKind === 'ehr' ? 'EHR launch' : 'Standalone launch'}, {s.mode} mode
        </dd>
        <dt>User</dt>
        <dd>{ref(s.fhirUser)}</dd>
        <dt>Identity</dt>
        <dd>{identityText(s.identity)}</dd>
        <dt>Context</dt>
        <dd>
          Patient/{s.patientId}
          {s.encounterId ? `, Encounter/${s.encounterId}` : ''}; banner{' '}
          {s.needPatientBanner ? 'shown' : 'hidden (EHR shows its own)'}
        </dd>
        <dt>Token expires</dt>
        <dd>{s.expiresAt ? new Date(s.expiresAt).toLocaleTimeString('en-US') : 'unknown'}</dd>
        <dt>Scopes granted</dt>
        <dd>
          <ScopeList scopes={s.grantedScopes} other={s.requestedScopes} />
        </dd>
        <dt>Scopes requested</dt>
        <dd>
          <ScopeList scopes={s.requestedScopes} other={s.grantedScopes} />
        </dd>
      </dl>
    </details>
  );
}
