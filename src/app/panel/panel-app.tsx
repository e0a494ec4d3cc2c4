/**
 * The panel launch (`view=panel`): the remote-monitoring panel, and one patient's dashboard opened from
 * it in the same session (`/?patient=<id>`, pushed so Back returns). The panel stays mounted, hidden,
 * while a dashboard is open: its filters, sort and triage results are kept, and its scroll position is
 * put back on return.
 */
import { Suspense, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { LoadingState } from '../../components/states';
import { PanelBoundary } from '../../components/panel-boundary';
import { PanelView } from '../../features/panel';
import { usePanel } from '../../queries/panel';
import type { PanelSession, SmartSession } from '../../smart/types';
import { SignOutButton } from '../ready/sign-out-button';
import { navigate, useLocation } from '../router';
import { Themed } from '../dashboard/theme';
import { DashboardPage as Dashboard } from '../dashboard/lazy-dashboard';

/** The dashboard's session for one member: the panel's gateway and grant, that patient in context. */
export function patientSession(panel: PanelSession, patientId: string): SmartSession {
  const { view: _view, ...base } = panel;
  // No EHR shows this patient's banner: the app must.
  return { ...base, patientId, needPatientBanner: true };
}

export default function PanelApp({ session }: { session: PanelSession }) {
  const data = usePanel(session);
  const { search } = useLocation();
  const requested = new URLSearchParams(search).get('patient') ?? undefined;
  const members = data.members?.members;
  // Only a member of the panel opens from a link: anything else shows the panel.
  const open = requested && members?.some((m) => m.patientId === requested) ? requested : undefined;
  const scroll = useRef(0);
  const [lastOpened, setLastOpened] = useState<string>();
  const wasOpen = useRef(false);
  useLayoutEffect(() => {
    if (open) {
      wasOpen.current = true;
      window.scrollTo(0, 0);
    } else if (wasOpen.current) {
      wasOpen.current = false;
      window.scrollTo(0, scroll.current);
    }
  }, [open]);
  const patient = useMemo(
    () => (open ? patientSession(session, open) : undefined),
    [session, open],
  );

  const openPatient = (id: string) => {
    scroll.current = window.scrollY;
    setLastOpened(id);
    navigate(`/?patient=${encodeURIComponent(id)}`);
  };
  const back = () => {
    // Back to the entry pushed when the patient was opened (or to the panel if the page began here).
    if (wasOpen.current && window.history.length > 1) window.history.back();
    else navigate('/', { replace: true });
  };

  return (
    <>
      <div hidden={open !== undefined}>
        <Themed styleUrl={session.smartStyleUrl}>
          <div className="app-shell">
            <header className="app-header">
              <h1 className="app-header__title">
                Tensio <span className="app-header__subtitle">remote monitoring</span>
              </h1>
              <div className="app-header__meta">
                <span className="mode-badge">Panel</span>
                <SignOutButton signOut={session.signOut} />
              </div>
            </header>
            <main>
              <PanelBoundary name="the remote-monitoring panel">
                <PanelView
                  data={data}
                  onOpen={openPatient}
                  {...(lastOpened ? { lastOpened } : {})}
                />
              </PanelBoundary>
            </main>
          </div>
        </Themed>
      </div>
      {patient ? (
        <>
          <nav className="panel-back" aria-label="Remote-monitoring panel">
            <button type="button" className="panel-back__button" onClick={back}>
              ← Back to the panel
            </button>
          </nav>
          <Suspense
            fallback={
              <main className="message-page">
                <LoadingState label="Opening the patient…" />
              </main>
            }
          >
            <Dashboard key={patient.patientId} session={patient} />
          </Suspense>
        </>
      ) : null}
    </>
  );
}
