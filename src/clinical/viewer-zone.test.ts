import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserTimeZone, VIEWER_ZONE_TTL_MS } from './time';

const actual = new Intl.DateTimeFormat().resolvedOptions();

/** Makes the browser report `zone` from now on (Intl.DateTimeFormat().resolvedOptions()). */
function browserReports(zone: string) {
  return vi
    .spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions')
    .mockReturnValue({ ...actual, timeZone: zone });
}

describe('browserTimeZone', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('asks Intl once per TTL, and follows a device that changed zone after it', () => {
    // Only Date: faking Intl too would put a wrapper where the spy cannot see it.
    let now = Date.UTC(2026, 0, 1);
    vi.useFakeTimers({ now, toFake: ['Date'] });
    const advance = (ms: number) => vi.setSystemTime((now += ms));
    advance(2 * VIEWER_ZONE_TTL_MS); // whatever an earlier test cached is stale
    const spy = browserReports('America/Chicago');
    expect(browserTimeZone()).toBe('America/Chicago');
    const asked = spy.mock.calls.length;
    for (let i = 0; i < 100; i++) browserTimeZone();
    expect(spy.mock.calls.length).toBe(asked);

    browserReports('Asia/Tokyo');
    advance(VIEWER_ZONE_TTL_MS);
    expect(browserTimeZone()).toBe('America/Chicago'); // within the TTL: the cached zone
    advance(1);
    expect(browserTimeZone()).toBe('Asia/Tokyo');
  });

  it('a clock set back is no reason to keep a zone for ever', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 5, 1), toFake: ['Date'] });
    browserReports('Europe/Paris');
    expect(browserTimeZone()).toBe('Europe/Paris');
    browserReports('Europe/Lisbon');
    vi.setSystemTime(Date.UTC(2026, 5, 1) - 10 * VIEWER_ZONE_TTL_MS);
    expect(browserTimeZone()).toBe('Europe/Lisbon');
  });
});
