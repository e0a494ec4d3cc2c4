/**
 * Saving a home reading: build the US Core BP Observation and put it in the durable outbox, which sends
 * it as a conditional create. The mutation resolves once the reading is stored on the device (it can no
 * longer be lost); whether the server has it yet is the outbox item's state. The save is local, so it
 * runs whatever the network (`networkMode: 'always'`; react-query pauses mutations offline otherwise).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HomeReading } from '../clinical/reading-validation';
import { buildBpObservation, readingIfNoneExist } from '../fhir/bp-observation';
import { useSession } from '../smart/session-context';
import { outboxFor } from './outbox';

export interface RecordReadingInput {
  /** Made on the device when the form was opened for this reading; the same for every retry. */
  uuid: string;
  reading: HomeReading;
}

export function useRecordReading() {
  const session = useSession();
  const queryClient = useQueryClient();
  return useMutation({
    networkMode: 'always',
    /** Resolves with whether the browser was online at the moment the reading was stored. */
    mutationFn: async ({ uuid, reading }: RecordReadingInput): Promise<{ online: boolean }> => {
      const resource = buildBpObservation(reading, { patientId: session.patientId, uuid });
      await outboxFor(session, queryClient).enqueue({
        uuid,
        resource,
        ifNoneExist: readingIfNoneExist(uuid),
        enteredAt: Date.now(),
      });
      return { online: navigator.onLine };
    },
  });
}
