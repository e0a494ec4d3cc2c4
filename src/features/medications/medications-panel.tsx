/**
 * Medications: what the patient takes now first, then plans, then "Not to be given", then one collapsed
 * line per drug for the past. Renewal chains are one course each, so 240 orders stay a short panel.
 */
import { MEDICATIONS_PANEL_ID } from '../../components/anchors';
import { useMemo } from 'react';
import type { DateTextOptions } from '../../clinical/date-text';
import { type ItemCourse, medicationGroups } from '../../clinical/medications-groups';
import { browserTimeZone } from '../../clinical/time';
import { Panel } from '../../components/panel';
import { EmptyState, UnreadableCount } from '../../components/states';
import type { MedicationsData } from '../../queries/medications';
import { when } from './format';
import { CourseView } from './medication-item';
import { PastMedications } from './past-medications';
import { useMedsView } from './use-meds-state';
import './medications.css';

export interface MedicationsPanelProps {
  /** Epoch ms of the patient's death: nothing is shown as ongoing after it. */
  deceasedAt?: number;
  /** IANA zone dates are shown in; the browser's by default. */
  timeZone?: string;
}

function Group({
  title,
  courses,
  dates,
}: {
  title: string;
  courses: readonly ItemCourse[];
  dates: DateTextOptions;
}) {
  if (courses.length === 0) return null;
  return (
    <>
      <h3 className="med-group__title">{title}</h3>
      <ul className="med-list" aria-label={title}>
        {courses.map((c) => (
          <CourseView key={c.last.id} course={c} dates={dates} />
        ))}
      </ul>
    </>
  );
}

function Groups({
  data,
  deceasedAt,
  dates,
}: {
  data: MedicationsData;
  deceasedAt?: number;
  dates: DateTextOptions;
}) {
  const groups = useMemo(
    () => medicationGroups(data.entries, deceasedAt !== undefined ? { deceasedAt } : {}),
    [data.entries, deceasedAt],
  );
  if (data.entries.length === 0) return <EmptyState>No medications on record.</EmptyState>;
  const died = deceasedAt !== undefined ? when(deceasedAt, 'time', dates) : undefined;
  return (
    <>
      {died ? (
        <p className="med-deceased">Died {died}: no medication is ongoing after that date.</p>
      ) : null}
      <Group
        title={died ? 'At the time of death' : 'Current'}
        courses={groups.current}
        dates={dates}
      />
      <Group title="Planned, not yet started" courses={groups.planned} dates={dates} />
      <Group title="Not to be given" courses={groups.notGiven} dates={dates} />
      {groups.past.length > 0 ? (
        <>
          <h3 className="med-group__title">Past ({groups.past.length} drugs)</h3>
          <PastMedications history={groups.past} dates={dates} />
        </>
      ) : null}
    </>
  );
}

export function MedicationsPanel({ deceasedAt, timeZone }: MedicationsPanelProps = {}) {
  const view = useMedsView();
  if ('state' in view)
    return (
      <Panel title="Medications" className="meds-panel" id={MEDICATIONS_PANEL_ID}>
        {view.state}
      </Panel>
    );
  const { data } = view;
  const dates = { timeZone: timeZone ?? browserTimeZone(), now: data.fetchedAt };
  return (
    <Panel title="Medications" className="meds-panel" id={MEDICATIONS_PANEL_ID}>
      {view.partial}
      <Groups data={data} dates={dates} {...(deceasedAt !== undefined ? { deceasedAt } : {})} />
      {data.skipped > 0 ? (
        <p className="med-item__meta">
          {data.skipped} record{data.skipped > 1 ? 's' : ''} marked as entered in error left out.
        </p>
      ) : null}
      <UnreadableCount items={data.unreadable} noun="medication record" />
    </Panel>
  );
}
