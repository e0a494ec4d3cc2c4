/**
 * The feature panels, each lazy-loaded (its chart code arrives only with the dashboard) and each
 * inside its own boundary so one failure stays in its panel.
 */
import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import { PanelBoundary } from '../../components/panel-boundary';
import { LoadingState } from '../../components/states';
import { usePatientDeath } from '../../queries/patient';

export const RecordReadingPanel = lazy(() =>
  import('../../features/record-reading').then((m) => ({ default: m.RecordReadingPanel })),
);
export const BloodPressurePanel = lazy(() =>
  import('../../features/blood-pressure').then((m) => ({ default: m.BloodPressurePanel })),
);
const LazyMedicationsPanel = lazy(() =>
  import('../../features/medications').then((m) => ({ default: m.MedicationsPanel })),
);
const LazyMedicationTimeline = lazy(() =>
  import('../../features/medications').then((m) => ({ default: m.MedicationTimeline })),
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
export const AttentionStrip = lazy(() =>
  import('../../features/attention').then((m) => ({ default: m.AttentionStrip })),
);
export const RiskPanel = lazy(() =>
  import('../../features/risk').then((m) => ({ default: m.RiskPanel })),
);
export const LabsPanel = lazy(() =>
  import('../../features/labs').then((m) => ({ default: m.LabsPanel })),
);

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
