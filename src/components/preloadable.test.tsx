import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, Suspense, useState, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { preloadable, preloadedNow } from './preloadable';

function Counter({ label }: { label: string }) {
  const [n, setN] = useState(0);
  return (
    <button
      type="button"
      onClick={() => {
        setN(n + 1);
      }}
    >
      {label} {n}
    </button>
  );
}

/** A module whose load the test resolves (or rejects) when it chooses. */
function deferredModule() {
  let resolve: (c: typeof Counter) => void = () => undefined;
  let reject: (e: Error) => void = () => undefined;
  const promise = new Promise<typeof Counter>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  let loads = 0;
  const Lazy = preloadable(() => {
    loads++;
    return promise;
  });
  return { Lazy, resolve, reject, loads: () => loads };
}

/** Every fallback the Suspense boundary ever rendered, in order. */
function FallbackLog({ log }: { log: string[] }) {
  log.push('fallback');
  return <p>loading…</p>;
}

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>failed: {this.state.error.message}</p> : this.props.children;
  }
}

describe('preloadable', () => {
  it('renders a preloaded component at once: no Suspense fallback ever shown', async () => {
    const m = deferredModule();
    const preloaded = m.Lazy.preload();
    m.resolve(Counter);
    await preloaded;
    const log: string[] = [];
    render(
      <Suspense fallback={<FallbackLog log={log} />}>
        <m.Lazy label="ready" />
      </Suspense>,
    );
    expect(screen.getByRole('button', { name: 'ready 0' })).toBeInTheDocument();
    expect(log).toEqual([]);
  });

  it('loads once, however often it is preloaded and rendered', async () => {
    const m = deferredModule();
    void m.Lazy.preload();
    void m.Lazy.preload();
    m.resolve(Counter);
    await m.Lazy.preload();
    render(
      <>
        <m.Lazy label="a" />
        <m.Lazy label="b" />
      </>,
    );
    expect(m.loads()).toBe(1);
  });

  it('suspends like lazy when rendered before its code is here, and is not remounted after', async () => {
    const m = deferredModule();
    const log: string[] = [];
    const { rerender } = render(
      <Suspense fallback={<FallbackLog log={log} />}>
        <m.Lazy label="late" />
      </Suspense>,
    );
    expect(screen.getByText('loading…')).toBeInTheDocument();
    await act(async () => {
      m.resolve(Counter);
      await m.Lazy.preload();
    });
    await userEvent.click(await screen.findByRole('button', { name: 'late 0' }));
    expect(screen.getByRole('button', { name: 'late 1' })).toBeInTheDocument();
    // The code is loaded now; a re-render keeps the same element type, so the state stays.
    rerender(
      <Suspense fallback={<FallbackLog log={log} />}>
        <m.Lazy label="late" />
      </Suspense>,
    );
    expect(screen.getByRole('button', { name: 'late 1' })).toBeInTheDocument();
    expect(log.length).toBeGreaterThan(0);
  });

  it('a failed load reaches the error boundary, and preload() rejects with it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React logs the caught error
    const m = deferredModule();
    const preloaded = m.Lazy.preload();
    m.reject(new Error('chunk gone'));
    await expect(preloaded).rejects.toThrow('chunk gone');
    render(
      <Boundary>
        <Suspense fallback={<p>loading…</p>}>
          <m.Lazy label="x" />
        </Suspense>
      </Boundary>,
    );
    expect(await screen.findByText('failed: chunk gone')).toBeInTheDocument();
    vi.restoreAllMocks();
  });

  it('preloadedNow starts loading when declared, and a failure waits for the render to report it', async () => {
    let loads = 0;
    const Now = preloadedNow(() => {
      loads++;
      return Promise.resolve(Counter);
    });
    expect(loads).toBe(1);
    await Now.preload();
    render(<Now label="now" />);
    expect(screen.getByRole('button', { name: 'now 0' })).toBeInTheDocument();
    expect(loads).toBe(1);
    const Failing = preloadedNow(() => Promise.reject(new Error('gone')));
    await expect(Failing.preload()).rejects.toThrow('gone');
  });
});
