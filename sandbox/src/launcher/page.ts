/** The launcher page `/`: a form over the headless `GET /launcher` API. */
import type { FhirService } from '../contracts';
import { faultFields } from './fault-fields';
import { profileField } from '../profiles/field';
import { escapeHtml, options, page } from '../html';

export interface LauncherPageInput {
  fhir: FhirService;
  appLaunchUrl: string;
  issuer: string;
}

export function renderLauncher({ fhir, appLaunchUrl, issuer }: LauncherPageInput): string {
  const people = fhir.listPeople();
  const patients = people.patients.map((p) => ({ value: p.id, label: `${p.name} — ${p.id}` }));
  const practitioners = people.practitioners.map((p) => ({
    value: p.id,
    label: `${p.name} — ${p.id}`,
  }));
  return page(
    'Tensio SMART sandbox',
    `<h1>Tensio SMART sandbox</h1>
<p>FHIR base <code>${escapeHtml(issuer)}/fhir</code>. Pick a launch; an EHR launch opens the app inside a simulated EHR.</p>
<form method="get" action="/launcher">
<label>Launch type <select name="launch_type">${options([
      { value: 'provider-ehr', label: 'Provider EHR launch' },
      { value: 'patient-standalone', label: 'Patient standalone launch' },
      { value: 'provider-standalone', label: 'Provider standalone launch' },
    ])}</select></label>
<label>Patient <select name="patient">${options(patients)}</select></label>
<label>Practitioner <select name="provider">${options(practitioners)}</select></label>
<label>App launch URL <input type="url" name="launch_uri" value="${escapeHtml(appLaunchUrl)}"></label>
<label><input type="checkbox" name="sim_ehr" value="1" checked> Open inside the simulated EHR (EHR launch)</label>
<label>Patient banner <select name="need_patient_banner">${options([
      { value: '1', label: 'The app shows its patient banner' },
      { value: '0', label: 'The EHR shows the patient (need_patient_banner=false)' },
    ])}</select></label>
<label>Encounter id (optional; default: the patient's latest) <input type="text" name="encounter"></label>
${profileField()}
${faultFields()}
<button type="submit">Launch</button></form>
<p>Headless: <code>GET /launcher?launch_uri=&lt;url&gt;&amp;patient=&lt;id&gt;[&amp;provider=&lt;id&gt;][&amp;sim_ehr=1]</code>
(see docs/sandbox.md).</p>`,
  );
}
