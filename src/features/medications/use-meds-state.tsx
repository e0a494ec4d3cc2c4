/** The states the medications panel and the timeline share (one query, two places on the page). */
import type { ReactNode } from 'react';
import { describeFhirError } from '../../components/describe-error';
import {
  ErrorState,
  LoadingState,
  NotAuthorizedState,
  PartialNotice,
} from '../../components/states';
import { type MedicationsData, useMedications } from '../../queries/medications';

export type MedsView = { data: MedicationsData; partial: ReactNode } | { state: ReactNode };

export function useMedsView(): MedsView {
  const meds = useMedications();
  const retry = () => void meds.refetch();
  if (!meds.allowed)
    return {
      state: <NotAuthorizedState what="medications" scopes={['patient/MedicationRequest.rs']} />,
    };
  if (meds.isPending) return { state: <LoadingState label="Loading medications…" /> };
  if (meds.isError) {
    const kind =
      typeof meds.error === 'object' && 'kind' in meds.error && typeof meds.error.kind === 'string'
        ? meds.error.kind
        : undefined;
    return {
      state: (
        <ErrorState
          title="Could not load medications"
          detail={describeFhirError(kind)}
          onRetry={retry}
          retrying={meds.isFetching}
        />
      ),
    };
  }
  const failure = meds.data.failures[0];
  const partial = failure ? (
    <PartialNotice
      title="Some medication data is missing."
      detail={describeFhirError(failure.kind)}
      onRetry={retry}
      retrying={meds.isFetching}
    />
  ) : null;
  return { data: meds.data, partial };
}
