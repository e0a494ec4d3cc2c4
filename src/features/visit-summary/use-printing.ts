/**
 * True while the page is being printed: from `beforeprint` to `afterprint` (the print dialog), or
 * while print media applies (emulated print, print preview). The summary renders only then, so on
 * screen the page holds each fact once (no hidden copy for searches, tests or assistive technology
 * to trip over). `beforeprint` is flushed synchronously: the browser lays out the print right after
 * it returns (React's documented use of flushSync). Its data is already cached by the panels.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // matchMedia is missing in some environments (jsdom): the print events still work.
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
    const onMedia = (e: MediaQueryListEvent) => {
      setPrinting(e.matches);
    };
    const before = () => {
      flushSync(() => {
        setPrinting(true);
      });
    };
    const after = () => {
      setPrinting(media?.matches ?? false);
    };
    media?.addEventListener('change', onMedia);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      media?.removeEventListener('change', onMedia);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
