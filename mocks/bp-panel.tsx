/**
 * The BP panel as the dashboard wires it: the one chart window (useChartWindow) owned above the panel
 * and handed down. `range` is the range chosen from the start; `onRangeChange` sees every choice and
 * `onWindow` every window the panel is given.
 */
import {
  BloodPressurePanel,
  type BloodPressurePanelProps,
} from '../src/features/blood-pressure/blood-pressure-panel';
import { type ChartWindow, useChartWindow } from '../src/features/blood-pressure/use-chart-window';
import { http } from 'msw';
import type { PersonaId } from '../sandbox/src/personas/types';
import type { TimeRange } from '../src/components/chart-layout';
import { bundle, fhirJson } from './fhir';
import { personaMeds } from './fixtures/meds';
import { TEST_FHIR_BASE } from './server';

export function WindowedBpPanel({
  range,
  onRangeChange,
  onWindow,
  timeZone = 'America/New_York',
  ...rest
}: Omit<BloodPressurePanelProps, 'window' | 'onRangeChange'> & {
  range?: TimeRange | undefined;
  onRangeChange?: (r: TimeRange) => void;
  onWindow?: (w: ChartWindow) => void;
}) {
  const chart = useChartWindow(timeZone, range);
  onWindow?.(chart.window);
  return (
    <BloodPressurePanel
      {...rest}
      timeZone={timeZone}
      window={chart.window}
      onRangeChange={(r) => {
        onRangeChange?.(r);
        chart.setRange(r);
      }}
    />
  );
}

/** A persona's medication orders and statements generated at `now` (the BP personas' clock). */
export function medsHandlers(persona: PersonaId, now: Date) {
  const m = personaMeds(persona, now);
  return [
    http.get(`${TEST_FHIR_BASE}/MedicationRequest`, () => fhirJson(bundle(m.requests))),
    http.get(`${TEST_FHIR_BASE}/MedicationStatement`, () => fhirJson(bundle(m.statements))),
  ];
}

/** No medications on record: what the chart window asks for in tests about the readings alone. */
export const noMeds = () => [
  http.get(`${TEST_FHIR_BASE}/MedicationRequest`, () => fhirJson(bundle([]))),
  http.get(`${TEST_FHIR_BASE}/MedicationStatement`, () => fhirJson(bundle([]))),
];
