/** The authorization server's own pages: OAuth error, login (pick a user) and consent (untick scopes). */
import type { PersonSummary } from '../contracts';
import { escapeHtml, options, page } from '../html';
import { isRpmPatient } from '../personas/rpm';

export function renderOAuthError(out: Record<string, string>): string {
  const rows = Object.entries(out)
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd><code>${escapeHtml(v)}</code></dd>`)
    .join('');
  return page(
    'Authorization error',
    `<h1>Authorization error</h1><p class="error">The request was refused
and cannot be returned to the app (its client or redirect URI is not trusted).</p><dl>${rows}</dl>`,
  );
}

export interface LoginPageInput {
  action: string;
  clientId: string;
  patients: PersonSummary[];
  practitioners: PersonSummary[];
}

const label = (p: PersonSummary) => (p.birthDate ? `${p.name} (${p.birthDate})` : p.name);

/** `<optgroup>`s of options, leaving out empty groups. */
function groups(list: readonly { label: string; items: { value: string; label: string }[] }[]) {
  return list
    .filter((g) => g.items.length > 0)
    .map((g) => `<optgroup label="${escapeHtml(g.label)}">${options(g.items)}</optgroup>`)
    .join('');
}

export function renderLogin(input: LoginPageInput): string {
  // The 250 remote-monitoring members get their own group, after the personas and practitioners.
  const personas = input.patients.filter((p) => !isRpmPatient(p.id));
  const members = input.patients.filter((p) => isRpmPatient(p.id));
  const asUser = (p: PersonSummary) => ({
    value: `Patient/${p.id}`,
    label: `Patient: ${label(p)}`,
  });
  const users = groups([
    { label: 'Patients', items: personas.map(asUser) },
    {
      label: 'Practitioners',
      items: input.practitioners.map((p) => ({
        value: `Practitioner/${p.id}`,
        label: `Practitioner: ${label(p)}`,
      })),
    },
    { label: 'Remote monitoring program members', items: members.map(asUser) },
  ]);
  const asContext = (p: PersonSummary) => ({ value: p.id, label: label(p) });
  const patients = groups([
    { label: 'Patients', items: personas.map(asContext) },
    { label: 'No patient', items: [{ value: '', label: '— none —' }] },
    { label: 'Remote monitoring program members', items: members.map(asContext) },
  ]);
  return page(
    'Sign in',
    `<h1>Sign in to the sandbox</h1>
<p><strong>${escapeHtml(input.clientId)}</strong> asks you to sign in. No password: pick who you are.</p>
<form method="post" action="${escapeHtml(input.action)}">
<label>User <select name="user">${users}</select></label>
<label>Patient in context (for a practitioner) <select name="patient">${patients}</select></label>
<button type="submit">Sign in</button></form>`,
  );
}

export interface ConsentPageInput {
  action: string;
  clientId: string;
  user: string;
  scopes: string[];
}

export function renderConsent(input: ConsentPageInput): string {
  const boxes = input.scopes
    .map(
      (s) =>
        `<label><input type="checkbox" name="scope" value="${escapeHtml(s)}" checked> <code>${escapeHtml(s)}</code></label>`,
    )
    .join('');
  return page(
    'Allow access',
    `<h1>Allow access?</h1>
<p><strong>${escapeHtml(input.clientId)}</strong> asks for access as <code>${escapeHtml(input.user)}</code>.
Untick what you do not want to share.</p>
<form method="post" action="${escapeHtml(input.action)}"><fieldset><legend>Scopes</legend>${boxes}</fieldset>
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button></form>`,
  );
}
