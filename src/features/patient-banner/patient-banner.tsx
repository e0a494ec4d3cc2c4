/**
 * The patient banner (SMART `need_patient_banner`): who this record belongs to. Everything is rendered
 * as text — names from the server may contain markup (the edge-cases persona does).
 */
import { ErrorState, LoadingState } from '../../components/states';
import { usePatient } from '../../queries/patient';
import {
  ageInYears,
  displayName,
  formatBirthDate,
  medicalRecordNumber,
  sexLabel,
} from '../../fhir/patient';
import './patient-banner.css';

export function PatientBanner({ now = new Date() }: { now?: Date }) {
  const patient = usePatient();
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
  const age = p.birthDate ? ageInYears(p.birthDate, now) : undefined;
  const sex = sexLabel(p.gender);
  const mrn = medicalRecordNumber(p);
  return (
    <section className="patient-banner" aria-label="Patient">
      <p className="patient-banner__name">{displayName(p)}</p>
      <dl className="patient-banner__facts">
        {p.birthDate ? (
          <div>
            <dt>Age</dt>
            <dd>
              {age !== undefined ? `${age} y` : '—'}{' '}
              <span className="muted">(DOB {formatBirthDate(p.birthDate)})</span>
            </dd>
          </div>
        ) : null}
        {sex ? (
          <div>
            <dt>Sex</dt>
            <dd>{sex}</dd>
          </div>
        ) : null}
        {mrn ? (
          <div>
            <dt>MRN</dt>
            <dd>{mrn}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
