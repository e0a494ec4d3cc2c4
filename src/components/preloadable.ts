/**
 * A lazily loaded component that renders at once when its code is already here (issue 12).
 *
 * React's `lazy` suspends on its first render even when the module has long finished loading (its
 * promise is read asynchronously), and React 19 then holds the revealed content back until 300 ms
 * after the fallback appeared (FALLBACK_THROTTLE_MS) — once per nested lazy level. On the launch
 * path (ready page → dashboard → panel → chart) that added up to about a third of a second of an
 * idle main thread between the token and the chart. `preload()` starts the import early (the chunks
 * are modulepreloaded, so it costs only their evaluation); an instance mounted after it finished
 * renders the component directly. One mounted before falls back to `lazy` for good: its element
 * type never changes under it, so nothing remounts.
 */
import { createElement, lazy, useState, type FunctionComponent, type ReactNode } from 'react';

export interface Preloadable<P extends object> {
  (props: P): ReactNode;
  /** Starts loading (once); resolves when the component can render without suspending. */
  preload(): Promise<void>;
}

/** A component's props (`object` for one that takes none). */
type PropsOf<C> = C extends (props: infer Q) => ReactNode
  ? unknown extends Q
    ? object
    : Q & object
  : object;

/** `load` resolves to the component itself (pick the export: `import('./x').then((m) => m.X)`). */
export function preloadable<C extends (props: never) => ReactNode>(
  load: () => Promise<C>,
): Preloadable<PropsOf<C>> {
  type P = PropsOf<C>;
  let loaded: FunctionComponent<P> | undefined;
  let pending: Promise<FunctionComponent<P>> | undefined;
  const start = () =>
    (pending ??= load().then((component) => {
      loaded = component as unknown as FunctionComponent<P>;
      return loaded;
    }));
  const Lazy = lazy(() => start().then((component) => ({ default: component })));
  function Preloaded(props: P): ReactNode {
    // Chosen once per instance: switching type after mount would remount the subtree.
    const [Component] = useState<FunctionComponent<P>>(() => loaded ?? Lazy);
    return createElement(Component, props);
  }
  Preloaded.preload = () => start().then(() => undefined);
  return Preloaded;
}

/** A preloadable whose loading starts now, with the module that declares it. A failed load is not
 *  reported here: it reaches the error boundary when the component renders. */
export function preloadedNow<C extends (props: never) => ReactNode>(
  load: () => Promise<C>,
): Preloadable<PropsOf<C>> {
  const component = preloadable(load);
  component.preload().catch(() => undefined);
  return component;
}
