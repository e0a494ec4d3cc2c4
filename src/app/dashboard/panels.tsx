/**
 * The feature panels, each in its own chunk (its chart code arrives only with the dashboard) and each
 * inside its own boundary so one failure stays in its panel. Their loading starts when this module
 * runs (the dashboard's code is evaluated during the code exchange), so the first dashboard render
 * finds them loaded and shows no "Loading …" fallback: React would hold the whole page's reveal
 * 300 ms after any fallback (../../components/preloadable).
 */
import { Suspense, type ComponentProps, type ReactNode } from 'react';
import { preloadedNow } from '../../components/preloadable';
import { PanelBoundary } from '../../components/panel-boundary';
import { LoadingState } from '../../components/states';
import { usePatientDeath } from '../../queries/patient';

export const RecordReadingPanel = preloadedNow(() =>
  import('../../features/record-reading').then((m) => m.RecordReadingPanel),
);
export const BloodPressurePanel = preloadedNow(() =>
  import('../../features/blood-pressure').then((m) => m.BloodPressurePanel),
);
const LazyMedicationsPanel = preloadedNow(() =>
  import('../../features/medications').then((m) => m.MedicationsPanel),
);
const LazyMedicationTimeline = preloadedNow(() =>
  import('../../features/medications').then((m) => m.MedicationTimeline),
);

/** The patient's death, when recorded, ends every course (nothing is drawn as ongoing after it). */
const death = (at: number | undefined) => (at !== undefined ? { deceasedAt: at } : {});

export function MedicationsPanel() {
  const { deceasedAt } = usePatientDeath();
  return <LazyMedicationsPanel {...death(deceasedAt)} />;
}

export function MedicationTimeline(
  props: Omit<ComponentProps<typeof LazyMedicationTimeline>, 'deceasedAt'>,
) {
  const { deceasedAt } = usePatientDeath();
  return <LazyMedicationTimeline {...props} {...death(deceasedAt)} />;
}
export const AttentionStrip = preloadedNow(() =>
  import('../../features/attention').then((m) => m.AttentionStrip),
);
export const RiskPanel = preloadedNow(() => import('../../features/risk').then((m) => m.RiskPanel));
export const LabsPanel = preloadedNow(() => import('../../features/labs').then((m) => m.LabsPanel));

export function PanelSlot({
  name,
  className,
  children,
}: {
  name: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={['grid-slot', className].filter(Boolean).join(' ')}>
      <PanelBoundary name={name}>
        <Suspense fallback={<LoadingState label={`Loading ${name}…`} />}>{children}</Suspense>
      </PanelBoundary>
    </div>
  );
}
