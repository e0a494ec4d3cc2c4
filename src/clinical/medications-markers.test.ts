import { describe, expect, it } from 'vitest';
import type { MedicationEntry } from '../fhir/medications';
import { firstMedicationTime, medicationMarkers } from './medications-markers';
import { medicationTimeline } from './medications-timeline';
import { DAY } from './time';

const T0 = Date.UTC(2024, 2, 10, 12);
const at = (days: number) => T0 + days * DAY;
let n = 0;
const e = (
  name: string,
  start: number,
  fields: Partial<MedicationEntry> = {},
): MedicationEntry => ({
  id: `MedicationRequest/${++n}`,
  source: 'request',
  form: 'codeable-concept',
  name,
  concepts: [],
  rxnorm: [],
  identifiers: [],
  strengths: [],
  status: 'active',
  intent: 'order',
  doseAmount: { value: 1 },
  start,
  ...fields,
});

describe('medication markers', () => {
  const timeline = medicationTimeline([
    e('Lisinopril 10 MG Oral Tablet', at(0), { status: 'stopped', end: at(300) }),
    e('Lisinopril 20 MG Oral Tablet', at(300)),
    e('Amlodipine 5 MG Oral Tablet', at(100), { status: 'stopped', end: at(200) }),
  ]);

  it.each([
    ['a start says what was started', 'start', at(0), 'Started Lisinopril 10 mg'],
    [
      'a dose change names the change',
      'dose-change',
      at(300),
      'Dose changed: Lisinopril 10 mg → 20 mg',
    ],
    ['a stop says what was stopped', 'stop', at(200), 'Stopped Amlodipine 5 mg'],
  ] as const)('%s', (_name, kind, t, label) => {
    expect(medicationMarkers(timeline)).toContainEqual({ t, kind, label });
  });

  it('lists every change once, oldest first', () => {
    const ts = medicationMarkers(timeline).map((m) => m.t);
    expect(ts).toEqual([...ts].sort((a, b) => a - b));
    expect(ts).toHaveLength(timeline.events.length);
  });

  it.each([
    ['the oldest course start', timeline, at(0)],
    ['nothing on record', medicationTimeline([]), undefined],
  ] as const)('firstMedicationTime: %s', (_name, t, expected) => {
    expect(firstMedicationTime(t)).toBe(expected);
  });
});
