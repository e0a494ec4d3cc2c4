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
