/**
 * Starts the blood pressure panel's first requests when the dashboard begins to render (issue 12),
 * not after the whole dashboard has rendered and committed: the readings of the first default
 * window, the patient (death date), the patient's goals and the medications (the timeline under the
 * chart). The same query options the panel's hooks use, so they find the requests in flight; nothing
 * is asked that the panel would not ask for, and a cached or already-started query is left alone (as
 * react-query's usePrefetchQuery does).
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { canRead } from '../smart/scopes';
import { useSession } from '../smart/session-context';
import { bloodPressureQueryOptions } from './blood-pressure';
import { goalsQueryOptions } from './goal';
import { medicationsOf, medicationsQueryOptions } from './medications';
import { patientQueryOptions } from './patient';

const started = (client: QueryClient, key: readonly unknown[]) =>
  client.getQueryState(key) !== undefined;
const noop = () => undefined;

export function usePrefetchBloodPressure(since: string): void {
  const session = useSession();
  const client = useQueryClient();
  const scopes = session.grantedScopes;
  // Failures are the panel's to show: its own hooks read the same query's state.
  const bp = bloodPressureQueryOptions({
    gateway: session.gateway,
    serverUrl: session.serverUrl,
    patientId: session.patientId,
    since,
    readEncounters: canRead(scopes, 'Encounter'),
  });
  if (canRead(scopes, 'Observation') && !started(client, bp.queryKey)) client.query(bp).catch(noop);
  const patient = patientQueryOptions(session);
  if (!started(client, patient.queryKey)) client.query(patient).catch(noop);
  const goals = goalsQueryOptions(session);
  if (canRead(scopes, 'Goal') && !started(client, goals.queryKey)) client.query(goals).catch(noop);
  // The medication timeline under the chart: its changes are marked on the chart's time axis.
  const meds = medicationsOf(session);
  const medications = medicationsQueryOptions(meds.input);
  if (meds.allowed && !started(client, medications.queryKey)) client.query(medications).catch(noop);
}
