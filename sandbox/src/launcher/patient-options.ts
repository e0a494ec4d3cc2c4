/**
 * The launcher's patient picker: the personas first (the default), then "no patient" for a
 * practitioner's own lists, then the 250 remote-monitoring members in their own group, so the
 * personas stay easy to find.
 */
import type { PersonSummary } from '../contracts';
import { escapeHtml, options } from '../html';
import { isRpmPatient, RPM_GROUP_ID } from '../personas/rpm';

const item = (p: PersonSummary) => ({ value: p.id, label: `${p.name} — ${p.id}` });

export function patientOptions(patients: readonly PersonSummary[]): string {
  const members = patients.filter((p) => isRpmPatient(p.id));
  const others = patients.filter((p) => !isRpmPatient(p.id));
  const program = members.length
    ? `<optgroup label="${escapeHtml(`Remote monitoring program (Group/${RPM_GROUP_ID}, ${members.length} patients)`)}">${options(members.map(item))}</optgroup>`
    : '';
  return `<optgroup label="Patients">${options(others.map(item))}</optgroup>
<optgroup label="No patient">${options([{ value: '', label: 'No patient: the practitioner’s own lists (e.g. remote monitoring)' }])}</optgroup>
${program}`;
}
