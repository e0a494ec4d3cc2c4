/**
 * The interaction routes oidc-provider sends the browser to. EHR launches and pre-answered standalone
 * launches finish at once (the EHR session is the login); a plain standalone launch shows login, then
 * consent, where unticked scopes become a narrower grant.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { InteractionDetails, Provider } from 'oidc-provider';
import type { FhirService } from '../contracts';
import { isDenied } from '../faults';
import { readForm, redirect, sendHtml } from './http';
import type { LaunchStore } from './launches';
import { renderConsent, renderLogin } from './pages';
import { finishGrant, type Choice } from './finish';
import { requestedScopes } from './scopes';
import { resolveLaunch, type ResolvedLaunch } from './validate';

export interface InteractionDeps {
  issuer: string;
  provider: Provider;
  launches: LaunchStore;
  fhir: FhirService;
  ehrConsent: boolean;
}

/** Who is signed in, when the launch already says so (EHR session, or a pre-answered iss). */
function presetChoice(resolved: ResolvedLaunch): Choice | undefined {
  if (resolved.kind === 'standalone') {
    const o = resolved.options;
    const user =
      o.launch_type === 'patient-standalone'
        ? `Patient/${o.patient ?? ''}`
        : `Practitioner/${o.provider ?? ''}`;
    return { user, patient: o.patient, needPatientBanner: o.needPatientBanner, faults: o.faults };
  }
  if (resolved.kind === 'ehr') {
    const c = resolved.context;
    return {
      user: c.practitioner ? `Practitioner/${c.practitioner}` : `Patient/${c.patient ?? ''}`,
      patient: c.patient,
      encounter: c.encounter,
      needPatientBanner: c.needPatientBanner,
      faults: c.faults,
    };
  }
  return undefined;
}

export function createInteractionRoutes(deps: InteractionDeps) {
  /** Logins chosen on the login page, until consent finishes the interaction. */
  const logins = new Map<string, Choice>();

  async function show(req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
    const details = await deps.provider.interactionDetails(req, res);
    const resolved = resolveLaunch(deps, details.params.aud, details.params.launch);
    if (typeof resolved === 'string') throw new Error(resolved);
    const scopes = requestedScopes(details.params);
    const preset = presetChoice(resolved);
    if (preset && (resolved.kind === 'standalone' || !deps.ehrConsent)) {
      const allowed = scopes.filter((s) => !isDenied(s, preset.faults.scope_deny));
      await finishGrant(deps, req, res, details, preset, allowed);
      return;
    }
    if (preset) logins.set(uid, preset);
    const login = logins.get(uid);
    const clientId = String(details.params.client_id);
    if (!login) {
      const people = deps.fhir.listPeople();
      sendHtml(res, 200, renderLogin({ action: `/interaction/${uid}/login`, clientId, ...people }));
      return;
    }
    sendHtml(
      res,
      200,
      renderConsent({ action: `/interaction/${uid}/consent`, clientId, user: login.user, scopes }),
    );
  }

  async function login(req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
    await deps.provider.interactionDetails(req, res);
    const form = await readForm(req);
    const user = form.get('user') ?? '';
    const [type, id = ''] = user.split('/');
    if ((type !== 'Patient' && type !== 'Practitioner') || !deps.fhir.exists(type, id)) {
      redirect(res, `/interaction/${uid}`, 303);
      return;
    }
    const patient = type === 'Patient' ? id : form.get('patient') || undefined;
    logins.set(uid, { user, patient, needPatientBanner: true, faults: {} });
    redirect(res, `/interaction/${uid}`, 303);
  }

  async function consent(req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
    const details: InteractionDetails = await deps.provider.interactionDetails(req, res);
    const form = await readForm(req);
    const choice = logins.get(uid);
    logins.delete(uid);
    if (!choice || form.get('decision') !== 'allow') {
      const result = { error: 'access_denied', error_description: 'the user denied access' };
      await deps.provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
      return;
    }
    const ticked = new Set(form.getAll('scope'));
    await finishGrant(
      deps,
      req,
      res,
      details,
      choice,
      requestedScopes(details.params).filter((s) => ticked.has(s)),
    );
  }

  return { show, login, consent };
}
