/** The dashboard shell: header, patient banner, and the responsive grid the feature panels live in. */
import { useState } from 'react';
import type { TimeDomain, TimeRange } from '../../components/chart-layout';
import { PanelBoundary } from '../../components/panel-boundary';
import { PatientBanner } from '../../features/patient-banner';
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
  // Undefined until the user picks one: the BP panel then shows the window that holds the latest readings.
  const [range, setRange] = useState<TimeRange>();
  // The BP chart's resolved time window: the medication timeline is drawn on the same axis.
  const [domain, setDomain] = useState<TimeDomain | undefined>(undefined);
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
    <SessionContext value={session}>
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
                  range={range}
                  onRangeChange={setRange}
                  onDomainChange={setDomain}
                  belowChart={
                    <PanelSlot name="the medication timeline">
                      <MedicationTimeline domain={domain} embedded />
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
              <LabsPanel />
            </PanelSlot>
          </main>
          <footer className="app-footer">
            <PanelBoundary name="the launch details" inline>
              <LaunchDetails />
            </PanelBoundary>
          </footer>
        </div>
      </Themed>
    </SessionContext>
  );
}
