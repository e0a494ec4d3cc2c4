/** The launcher form's fault section: one field per fault parameter (empty = no fault). */
import { options } from '../html';

const none = { value: '', label: '—' };

const number = (name: string, label: string, attrs: string) =>
  `<label>${label} <input type="number" name="${name}" ${attrs}></label>`;

export function faultFields(): string {
  return `<fieldset><legend>Faults for this launch (see docs/sandbox.md)</legend>
${number('token_ttl', 'Access token expires after (seconds)', 'min="1"')}
<label>Refresh <select name="refresh">${options([none, { value: 'reject', label: 'rejected (invalid_grant)' }])}</select></label>
${number('fail_rate', 'Share of FHIR requests that fail (0–1)', 'min="0" max="1" step="0.05"')}
<label>Failure status <select name="fail_status">${options([none, { value: '500', label: '500' }, { value: '503', label: '503' }])}</select></label>
${number('rate_limit', '429 with Retry-After on every n-th request', 'min="1"')}
${number('latency_ms', 'Added latency (ms)', 'min="0" max="60000"')}
<label>Pages after the first <select name="broken_page">${options([
    none,
    { value: 'cut', label: 'cut off' },
    { value: 'not-json', label: 'not JSON' },
  ])}</select></label>
${number('fail_posts', 'First n POSTs answer 503', 'min="1"')}
<label>Authorization answers <select name="authorize_error">${options([
    none,
    { value: 'invalid_scope', label: 'invalid_scope' },
    { value: 'access_denied', label: 'access_denied' },
  ])}</select></label>
<label>Consent unticks (scopes, resource types or "medications") <input type="text" name="scope_deny"></label>
</fieldset>`;
}
