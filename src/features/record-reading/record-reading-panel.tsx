/**
 * Issue 6: patients record home readings. Offered only in patient launches whose grant lets the app
 * create Observations; otherwise it says why. Clinicians do not record home readings: nothing is
 * rendered for them (they see patient-entered readings, marked, in the BP panel).
 */
import { Panel } from '../../components';
import { useOnline, useOutbox } from '../../queries/outbox';
import { canCreate } from '../../smart/scopes';
import { useSession } from '../../smart/session-context';
import { PendingReadings } from './pending-readings';
import { ReadingForm } from './reading-form';
import './record-reading.css';

const WRITE_SCOPES = ['patient/Observation.c', 'patient/Observation.write'];

export function RecordReadingPanel() {
  const session = useSession();
  if (session.mode !== 'patient') return null;
  return (
    <Panel title="Record a reading" className="rr-panel">
      {canCreate(session.grantedScopes, 'Observation') ? <Recorder /> : <NotOffered />}
    </Panel>
  );
}

function Recorder() {
  const { outbox, items } = useOutbox({ send: true });
  const online = useOnline();
  return (
    <>
      {online ? null : (
        <p className="rr-offline" role="status">
          <strong>You are offline.</strong> You can keep recording: readings are kept on this device
          and sent to your record when you are back online.
        </p>
      )}
      <ReadingForm />
      <PendingReadings
        items={items.data ?? []}
        outbox={outbox}
        online={online}
        now={items.dataUpdatedAt}
      />
    </>
  );
}

function NotOffered() {
  const session = useSession();
  // Listing only: without a write grant, sending would just be refused (403) and mark readings failed.
  const { items } = useOutbox({ send: false });
  const waiting = (items.data ?? []).filter((i) => i.state !== 'sent').length;
  const asked = session.requestedScopes.some((s) => canCreate([s], 'Observation'));
  return (
    <div className="state state--denied" role="status">
      <strong>Recording readings is not available in this session.</strong>
      <p>
        {asked
          ? 'Tensio asked for permission to add readings to your record, but it was not granted'
          : 'This session was not set up to add readings to your record'}{' '}
        (<code>{WRITE_SCOPES.join(' or ')}</code>). To record a reading, open Tensio again and allow
        it to add to your record.
      </p>
      {waiting > 0 ? (
        <p>
          {waiting === 1 ? '1 reading is' : `${waiting} readings are`} saved on this device and will
          be sent when you do.
        </p>
      ) : null}
    </div>
  );
}
