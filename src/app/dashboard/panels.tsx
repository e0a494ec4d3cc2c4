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
// TODO(integrator): wire BloodPressurePanel (src/features/blood-pressure) once its index.ts exists.
// TODO(integrator): wire MedicationsPanel + MedicationTimeline (src/features/medications).
// TODO(integrator): wire LabsPanel (src/features/labs).

export function PanelSlot({ name, className, children }: { name: string; className?: string; children: ReactNode }) {
  return (
    <div className={['grid-slot', className].filter(Boolean).join(' ')}>
      <PanelBoundary name={name}>
        <Suspense fallback={<LoadingState label={`Loading ${name}…`} />}>{children}</Suspense>
      </PanelBoundary>
    </div>
  );
}
