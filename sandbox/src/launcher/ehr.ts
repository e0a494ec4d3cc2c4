/** The simulated EHR: EHR chrome with the patient in context, and the app framed below, as real EHRs do. */
import type { FhirService } from '../contracts';
import { escapeHtml } from '../html';

const STYLE = `body{margin:0;font-family:system-ui,sans-serif;display:flex;flex-direction:column;height:100vh}
header{background:#23395d;color:#fff;padding:.5rem 1rem;display:flex;gap:2rem;align-items:baseline}
header strong{font-size:1.1rem}iframe{flex:1;border:0;width:100%}`;

/** `app`: the app URL to frame, already checked against the launch URI policy by the caller. */
export function renderEhr(query: URLSearchParams, fhir: FhirService, app: URL): string {
  const patientId = query.get('patient') ?? '';
  const people = fhir.listPeople();
  const patient = people.patients.find((p) => p.id === patientId);
  const user = people.practitioners.find((p) => p.id === query.get('provider'));
  const src = app.toString();
  const context = patientId
    ? `<span>Patient: ${escapeHtml(patient?.name ?? patientId)}</span>
<span>DOB: ${escapeHtml(patient?.birthDate ?? '')}</span><span>ID: ${escapeHtml(patientId)}</span>`
    : '<span>No patient in context</span>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Simulated EHR</title>
<style>${STYLE}</style></head><body>
<header role="banner"><strong>EHR</strong>${context}
<span>Signed in: ${escapeHtml(user?.name ?? '')}</span></header>
<iframe title="SMART app" src="${escapeHtml(src)}"></iframe></body></html>`;
}
