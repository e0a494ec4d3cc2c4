/**
 * The feature panels, each lazy-loaded (its chart code arrives only with the dashboard) and each
 * inside its own boundary so one failure stays in its panel.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { PanelBoundary } from '../../components/panel-boundary';
import { LoadingState } from '../../components/states';

export const RecordReadingPanel = lazy(() =>
  import('../../features/record-reading').then((m) => ({ default: m.RecordReadingPanel })),
);
export const BloodPressurePanel = lazy(() =>
  import('../../features/blood-pressure').then((m) => ({ default: m.BloodPressurePanel })),
);
export const MedicationsPanel = lazy(() =>
  import('../../features/medications').then((m) => ({ default: m.MedicationsPanel })),
);
export const MedicationTimeline = lazy(() =>
  import('../../features/medications').then((m) => ({ default: m.MedicationTimeline })),
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
