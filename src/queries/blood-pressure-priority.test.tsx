/**
 * The whole-history BP search (the risk panel's, up to 100 pages on a long record) waits for the
 * chart's own window (issue 12): it started alongside it and slowed large-history's first chart.
 */
import { screen } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { personaHandlers } from '../../mocks/fixtures/bp';
import { renderWithSession } from '../../mocks/render';
import { server, TEST_FHIR_BASE } from '../../mocks/server';
import { useBloodPressure } from './blood-pressure';

function Uses({ since }: { since: string }) {
  const bp = useBloodPressure(since);
  return <p>{bp.data ? `${since}: ${String(bp.data.readings.length)} readings` : `${since}…`}</p>;
}

const isBpSearch = (url: URL) =>
  url.pathname.endsWith('/Observation') && (url.searchParams.get('code') ?? '').includes('85354-9');
const isWindow = (url: URL) => isBpSearch(url) && url.searchParams.has('date');
const isWhole = (url: URL) => isBpSearch(url) && !url.searchParams.has('date');

afterEach(() => {
  server.events.removeAllListeners();
});

describe('the whole-history BP search', () => {
  it('starts only once the window has loaded', async () => {
    const since = new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const asked: URL[] = [];
    server.events.on('request:start', ({ request }) => {
      asked.push(new URL(request.url));
    });
    server.use(...personaHandlers('hypertension-home'));
    // The window's answer is held (then handed on to the persona's handler).
    server.use(
      http.get(`${TEST_FHIR_BASE}/Observation`, async ({ request }) => {
        if (isWindow(new URL(request.url))) await held;
        return undefined;
      }),
    );
    renderWithSession(
      <>
        <Uses since={since} />
        <Uses since="all" />
      </>,
    );
    await vi.waitFor(() => {
      expect(asked.some(isWindow)).toBe(true);
    });
    // Both hooks mounted in one commit: a search started with the window would be asked by now.
    await new Promise<void>((resolve) => {
      queueMicrotask(resolve);
    });
    expect(asked.some(isWhole)).toBe(false);
    expect(screen.getByText('all…')).toBeInTheDocument();

    release();
    expect(await screen.findByText(/^all: \d+ readings$/)).toBeInTheDocument();
    expect(asked.filter(isWhole)).toHaveLength(1);
    expect(screen.getByText(new RegExp(`^${since}: \\d+ readings$`))).toBeInTheDocument();
  });
});
