/** The dashboard shell: header, patient banner, and the responsive grid the feature panels live in. */
import { PanelBoundary } from '../../components/panel-boundary';
import { PatientBanner } from '../../features/patient-banner';
import { PrintSummaryButton } from '../../features/visit-summary';
import { useChartWindow } from '../../features/blood-pressure/use-chart-window';
import { SessionContext } from '../../smart/session-context';
import type { SmartSession } from '../../smart/types';
import { SignOutButton } from '../ready/sign-out-button';
import { DataAsOf } from './data-as-of';
import { LaunchDetails } from './launch-details';
import {
  AttentionStrip,
  BloodPressurePanel,
  LabsPanel,
  MedicationsPanel,
  MedicationTimeline,
  PanelSlot,
  RecordReadingPanel,
  RiskPanel,
} from './panels';
import { Themed } from './theme';

export default function Dashboard({ session }: { session: SmartSession }) {
  return (
    <SessionContext value={session}>
      <DashboardView session={session} />
    </SessionContext>
  );
}

function DashboardView({ session }: { session: SmartSession }) {
  // The one time window of the page: the BP chart, the medication timeline and the lab trends share it.
  const chart = useChartWindow();
  const form = (
    <PanelSlot name="the reading form">
      <RecordReadingPanel />
    </PanelSlot>
  );
  const medications = (
    <PanelSlot name="the medications panel">
      <MedicationsPanel />
    </PanelSlot>
  );
  return (
    <>
      <Themed styleUrl={session.smartStyleUrl}>
        <div className="app-shell">
          <header className="app-header">
            <h1 className="app-header__title">
              Tensio <span className="app-header__subtitle">blood pressure</span>
            </h1>
            <div className="app-header__meta">
              <PanelBoundary name="when the data was loaded" inline>
                <DataAsOf />
              </PanelBoundary>
              <span className="mode-badge">
                {session.mode === 'clinician' ? 'Clinician view' : 'Patient view'}
              </span>
              {session.mode === 'clinician' ? <PrintSummaryButton /> : null}
              <SignOutButton />
            </div>
          </header>
          {session.needPatientBanner ? (
            <PanelBoundary name="the patient banner">
              <PatientBanner />
            </PanelBoundary>
          ) : null}
          {session.mode === 'clinician' ? (
            <PanelSlot name="what needs attention" className="grid-slot--strip">
              <AttentionStrip />
            </PanelSlot>
          ) : null}
          <main className={`dashboard-grid dashboard-grid--${session.mode}`}>
            {session.mode === 'patient' ? (
              // The patient came to add a reading: the form comes first on their screen.
              <div className="grid-column">{form}</div>
            ) : null}
            <div className="grid-column">
              <PanelSlot name="the blood pressure panel">
                <BloodPressurePanel
                  window={chart.window}
                  onRangeChange={chart.setRange}
                  belowChart={
                    <PanelSlot name="the medication timeline">
                      <MedicationTimeline domain={chart.window.domain} embedded />
                    </PanelSlot>
                  }
                />
              </PanelSlot>
            </div>
            {session.mode === 'clinician' ? (
              <div className="grid-column">
                {medications}
                <PanelSlot name="the cardiovascular risk panel">
                  <RiskPanel />
                </PanelSlot>
                {form}
              </div>
            ) : (
              medications
            )}
            <PanelSlot name="the labs panel" className="grid-slot--wide">
              <LabsPanel domain={chart.window.domain} markers={chart.window.markers} />
            </PanelSlot>
          </main>
          <footer className="app-footer">
            <PanelBoundary name="the launch details" inline>
              <LaunchDetails />
            </PanelBoundary>
          </footer>
        </div>
      </Themed>
    </>
  );
}
