/** The launcher page `/`: a form over the headless `GET /launcher` API. */
import type { FhirService } from '../contracts';
import { faultFields } from './fault-fields';
import { profileField } from '../profiles/field';
import { escapeHtml, options, page } from '../html';
import { patientOptions } from './patient-options';

export interface LauncherPageInput {
  fhir: FhirService;
  appLaunchUrl: string;
  issuer: string;
}

/** Tensio's panel launch URL (`/launch?view=panel`) beside its patient launch URL. */
function panelLaunchUrl(appLaunchUrl: string): string {
  try {
    const url = new URL(appLaunchUrl);
    url.searchParams.set('view', 'panel');
    return url.toString();
  } catch {
    return appLaunchUrl;
  }
}

export function renderLauncher({ fhir, appLaunchUrl, issuer }: LauncherPageInput): string {
  const people = fhir.listPeople();
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
<label>Patient <select name="patient">${patientOptions(people.patients)}</select></label>
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
<h2>Provider standalone, no patient</h2>
<p>The app opens as the practitioner alone, for their own lists such as the remote-monitoring panel
(<code>Group?managing-entity=Practitioner/&lt;id&gt;</code>): the token has <code>user/</code> scopes and no <code>patient</code>. Tensio's panel
is at <code>/launch?view=panel</code>.</p>
<form method="get" action="/launcher" aria-label="Provider standalone, no patient">
<input type="hidden" name="launch_type" value="provider-standalone">
<label>App launch URL <input type="url" name="launch_uri" value="${escapeHtml(panelLaunchUrl(appLaunchUrl))}"></label>
<label>Practitioner <select name="provider">${options(practitioners)}</select></label>
<button type="submit">Launch without a patient</button></form>
<p>Headless: <code>GET /launcher?launch_uri=&lt;url&gt;&amp;patient=&lt;id&gt;[&amp;provider=&lt;id&gt;][&amp;sim_ehr=1]</code>;
no patient: <code>GET /launcher?launch_uri=&lt;url&gt;&amp;launch_type=provider-standalone&amp;provider=&lt;id&gt;</code>
(see docs/sandbox.md).</p>`,
  );
}
