/**
 * The patient banner (SMART `need_patient_banner`): who this record belongs to, and whether they have
 * died. Everything is rendered as text — names from the server may contain markup (the edge-cases
 * persona does) — and clamped: the reader never lets an ill-typed or 1 MB field through.
 */
import { useState } from 'react';
import { browserTimeZone } from '../../clinical/time';
import { ErrorState, LoadingState, UnreadableCount } from '../../components/states';
import { sexLabel } from '../../fhir/patient';
import { usePatient } from '../../queries/patient';
import { ageFacts } from './banner-facts';
import './patient-banner.css';

export function PatientBanner({ now, timeZone }: { now?: Date | number; timeZone?: string }) {
  const patient = usePatient();
  const [mountedAt] = useState(() => Date.now());
  if (patient.isPending) {
    return (
      <div className="patient-banner">
        <LoadingState label="Loading patient…" />
      </div>
    );
  }
  if (patient.isError) {
    return (
      <div className="patient-banner">
        <ErrorState
          title="Could not load the patient's details"
          onRetry={() => void patient.refetch()}
          retrying={patient.isFetching}
        />
      </div>
    );
  }
  const p = patient.data;
  const { age, death, born } = ageFacts(
    p,
    now === undefined ? mountedAt : Number(now),
    timeZone ?? browserTimeZone(),
  );
  const sex = sexLabel(p.gender);
  return (
    <section className="patient-banner" aria-label="Patient">
      <p
        className={p.name ? 'patient-banner__name' : 'patient-banner__name muted'}
        {...(p.name?.title ? { title: p.name.title } : {})}
      >
        {p.name?.text ?? 'Name not recorded'}
      </p>
      <dl className="patient-banner__facts">
        {death ? (
          <div>
            <dt>Status</dt>
            <dd className="patient-banner__deceased">{death}</dd>
          </div>
        ) : null}
        {born ? (
          <div>
            <dt>{death ? 'Born' : 'Age'}</dt>
            <dd>
              {death ? born : `${age ?? '—'} `}
              {death ? null : <span className="muted">(DOB {born})</span>}
            </dd>
          </div>
        ) : null}
        {sex ? (
          <div>
            <dt>Sex</dt>
            <dd>{sex}</dd>
          </div>
        ) : null}
        {p.mrn ? (
          <div>
            <dt>MRN</dt>
            <dd {...(p.mrn.title ? { title: p.mrn.title } : {})}>{p.mrn.text}</dd>
          </div>
        ) : null}
      </dl>
      <UnreadableCount
        items={p.unreadable.map((u) => ({ label: u.field, reason: u.reason }))}
        noun="detail"
      />
    </section>
  );
}
