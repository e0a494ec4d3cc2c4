/** Ends an interaction with a fresh grant for exactly the scopes the user allowed, and records the launch. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { InteractionDetails, Provider } from 'oidc-provider';
import type { FhirService } from '../contracts';
import { FaultState, type Faults } from '../faults';
import type { LaunchStore } from './launches';
import { CONTEXT_SCOPES, INTERNAL_SCOPE, requestedScopes } from './scopes';

export interface Choice {
  /** `Patient/<id>` or `Practitioner/<id>`: the account and the fhirUser. */
  user: string;
  patient?: string;
  encounter?: string;
  needPatientBanner: boolean;
  faults: Faults;
}

interface FinishDeps {
  provider: Provider;
  launches: LaunchStore;
  fhir: FhirService;
}

export async function finishGrant(
  deps: FinishDeps,
  req: IncomingMessage,
  res: ServerResponse,
  details: InteractionDetails,
  choice: Choice,
  granted: string[],
): Promise<void> {
  const [type = '', id = ''] = choice.user.split('/');
  const fail = (description: string) =>
    deps.provider.interactionFinished(
      req,
      res,
      { error: 'invalid_request', error_description: description },
      { mergeWithLastSubmission: false },
    );
  if (!deps.fhir.exists(type, id)) return fail(`unknown user ${choice.user}`);
  if (choice.patient !== undefined && !deps.fhir.exists('Patient', choice.patient)) {
    return fail(`unknown patient ${choice.patient}`);
  }
  const requested = requestedScopes(details.params);
  const grant = new deps.provider.Grant({
    accountId: choice.user,
    clientId: String(details.params.client_id),
  });
  const context: readonly string[] = CONTEXT_SCOPES;
  const allowedContext = granted.filter((s) => context.includes(s));
  grant.addOIDCScope([INTERNAL_SCOPE, ...allowedContext].join(' '));
  const rejected = requested.filter((s) => context.includes(s) && !granted.includes(s));
  if (rejected.length) grant.rejectOIDCScope(rejected.join(' '));
  const grantId = await grant.save();
  const encounter =
    choice.encounter ?? (choice.patient ? deps.fhir.latestEncounter(choice.patient) : undefined);
  deps.launches.saveGrant(grantId, {
    base: String(details.params.aud).replace(/\/$/, ''),
    scopes: granted,
    patient: choice.patient,
    encounter,
    fhirUser: choice.user,
    needPatientBanner: choice.needPatientBanner,
    faults: new FaultState(choice.faults),
  });
  const result = { login: { accountId: choice.user, remember: false }, consent: { grantId } };
  await deps.provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}
