/** The launcher form's profile choice (empty = the sandbox's own behaviour). */
import { options } from '../html';

export function profileField(): string {
  return `<fieldset><legend>EHR profile (see docs/ehr-profiles.md)</legend>
<label>Behave like <select name="ehr_profile">${options([
    { value: '', label: 'the sandbox (no vendor profile)' },
    { value: 'epic', label: 'Epic' },
    { value: 'oracle-health', label: 'Oracle Health (Cerner Millennium)' },
  ])}</select></label>
</fieldset>`;
}
