/** The dashboard shell: header, patient banner, and the responsive grid the feature panels live in. */
import { PatientBanner } from '../../features/patient-banner';
import { SessionContext } from '../../smart/session-context';
import type { SmartSession } from '../../smart/types';
import { DataAsOf } from './data-as-of';
import { LaunchDetails } from './launch-details';
import { PanelSlot, RecordReadingPanel } from './panels';
import { Themed } from './theme';

export default function Dashboard({ session }: { session: SmartSession }) {
  // TODO(integrator): when the BP panel is wired, hold its range and reported domain here:
  //   const [range, setRange] = useState<TimeRange>('90d');
  //   const [domain, setDomain] = useState<TimeDomain | undefined>();
  return (
    <SessionContext value={session}>
      <Themed styleUrl={session.smartStyleUrl}>
        <div className="app-shell">
          <header className="app-header">
            <h1 className="app-header__title">
              Tensio <span className="app-header__subtitle">blood pressure</span>
            </h1>
            <div className="app-header__meta">
              <DataAsOf />
              <span className="mode-badge">{session.mode === 'clinician' ? 'Clinician view' : 'Patient view'}</span>
            </div>
          </header>
          {session.needPatientBanner ? <PatientBanner /> : null}
          <main className="dashboard-grid">
            {/* TODO(integrator): BloodPressurePanel (range, onRangeChange, onDomainChange) spanning the
                wide column, with MedicationTimeline (domain) directly under it. */}
            {/* TODO(integrator): MedicationsPanel. */}
            {/* TODO(integrator): LabsPanel. */}
            <PanelSlot name="the reading form">
              <RecordReadingPanel />
            </PanelSlot>
          </main>
          <footer className="app-footer">
            <LaunchDetails />
          </footer>
        </div>
      </Themed>
    </SessionContext>
  );
}
