/** Medications: every order and statement, de-duplicated, active first, antihypertensive class shown. */
import { Panel } from '../../components/panel';
import { EmptyState, UnreadableCount } from '../../components/states';
import { MedicationItemView } from './medication-item';
import { useMedsView } from './use-meds-state';
import './medications.css';

export function MedicationsPanel() {
  const view = useMedsView();
  if ('state' in view)
    return (
      <Panel title="Medications" className="meds-panel">
        {view.state}
      </Panel>
    );
  const { list, unreadableIds } = view.data;
  return (
    <Panel title="Medications" className="meds-panel">
      {view.partial}
      {list.length === 0 ? (
        <EmptyState>No medications on record.</EmptyState>
      ) : (
        <ul className="med-list" aria-label="Medications">
          {list.map((item) => (
            <MedicationItemView key={item.id} item={item} />
          ))}
        </ul>
      )}
      <UnreadableCount
        items={unreadableIds.map((label) => ({ label, reason: 'no medication named' }))}
        noun="medication record"
      />
    </Panel>
  );
}
