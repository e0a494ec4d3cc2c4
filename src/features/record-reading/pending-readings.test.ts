import type { Observation } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../outbox';
import { stateText } from './pending-readings';

const base = {
  uuid: 'u',
  serverUrl: 's',
  patientId: 'p',
  resource: { resourceType: 'Observation', status: 'final', code: {} } as Observation,
  ifNoneExist: 'x',
  enteredAt: 1,
  attempts: 1,
};
const NOW = 100_000;

describe('stateText: what the patient reads for each reading', () => {
  it.each<[string, OutboxItem, boolean, { label: string; detail?: string | RegExp }]>([
    [
      'sent',
      { ...base, state: 'sent', sentAt: 1, created: true },
      true,
      { label: 'In your record' },
    ],
    [
      'refused',
      { ...base, state: 'failed', error: 'unit not allowed' },
      true,
      { label: 'Not accepted', detail: 'unit not allowed' },
    ],
    [
      'being sent (lease running)',
      { ...base, state: 'sending', leaseUntil: NOW + 1 },
      true,
      { label: 'Sending…' },
    ],
    [
      'left sending by a dead tab (lease over)',
      { ...base, state: 'sending', leaseUntil: NOW },
      true,
      { label: 'On this device', detail: 'sending soon' },
    ],
    [
      'offline',
      { ...base, state: 'pending', attempts: 0 },
      false,
      { label: 'On this device', detail: 'will be sent when you are online' },
    ],
    [
      'waiting to retry',
      {
        ...base,
        state: 'waiting',
        nextAttemptAt: NOW + 5000,
        error: 'The server did not answer in time.',
      },
      true,
      { label: 'On this device', detail: /^The server did not answer in time\. — next try at / },
    ],
    [
      'session ended',
      { ...base, state: 'pending', error: 'Not sent yet: the session ended.' },
      true,
      { label: 'On this device', detail: 'Not sent yet: the session ended.' },
    ],
  ])('%s', (_name, item, online, expected) => {
    const text = stateText(item, { online, now: NOW });
    expect(text.label).toBe(expected.label);
    if (expected.detail instanceof RegExp) expect(text.detail).toMatch(expected.detail);
    else expect(text.detail).toBe(expected.detail);
  });
});

describe('stateText: the retention warning (outbox/retention.ts)', () => {
  const DAY = 86_400_000;
  const now = Date.UTC(2026, 5, 30, 12);
  it.each<[string, number, RegExp | undefined]>([
    ['entered 22 days ago: no warning yet', 22 * DAY, undefined],
    [
      'entered 25 days ago: says when it goes',
      25 * DAY,
      /will be deleted from this device on .* unless sent/,
    ],
  ])('%s', (_name, age, warning) => {
    const text = stateText(
      { ...base, state: 'pending', enteredAt: now - age },
      { online: false, now },
    );
    if (warning) expect(text.detail).toMatch(warning);
    else expect(text.detail).toBe('will be sent when you are online');
  });

  it('never warns about a reading that is in the record', () => {
    const sent = {
      ...base,
      state: 'sent' as const,
      sentAt: now,
      created: true,
      enteredAt: now - 25 * DAY,
    };
    expect(stateText(sent, { online: true, now }).detail).toBeUndefined();
  });
});
