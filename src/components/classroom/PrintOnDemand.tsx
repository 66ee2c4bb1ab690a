import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { whenIdleAfterFirstView } from '../../state/idleAfterFirstView';
import type { PrintHandoutProps } from './PrintHandout';

type HandoutModule = typeof import('./PrintHandout');

let loaded: HandoutModule | null = null;
let loading: Promise<HandoutModule> | null = null;

/** The handout's code (QR generator, date labels, SVG export): fetched once, on demand. */
export function loadPrintHandout(): Promise<HandoutModule> {
  loading ??= import('./PrintHandout').then((m) => (loaded = m));
  return loading;
}

/** Fetch the handout's code, then open the browser's print dialog (the print button). */
export async function printWithHandout(): Promise<void> {
  await loadPrintHandout();
  window.print();
}

/** Ctrl+P (⌘P): the browser's own print shortcut. */
const isPrintKey = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p';

/**
 * The print handout, rendered only while printing: a list of every event kept hidden in the page
 * would cost one element per word of it on every visit (60,000 at 10,000 events). `beforeprint`
 * renders it synchronously (the browser lays out the paper copy right after), so its code is
 * fetched when the browser is idle after the first view; Ctrl+P before that waits for it, then
 * prints. `afterprint` removes it again. A print media query turning on (print preview,
 * emulation) renders it too.
 */
export function PrintOnDemand(props: PrintHandoutProps) {
  const [handout, setHandout] = useState<HandoutModule | null>(null);
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    let live = true;
    const start = () => {
      if (loaded !== null) {
        const m = loaded;
        flushSync(() => {
          setHandout(() => m);
          setPrinting(true);
        });
        return;
      }
      void loadPrintHandout().then((m) => {
        if (!live) return;
        setHandout(() => m);
        setPrinting(true);
      });
    };
    const stop = () => setPrinting(false);
    const onKey = (e: KeyboardEvent) => {
      if (loaded !== null || !isPrintKey(e)) return;
      e.preventDefault();
      void printWithHandout();
    };
    const media = typeof matchMedia === 'function' ? matchMedia('print') : null;
    const onMedia = (e: MediaQueryListEvent) => (e.matches ? start() : stop());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    window.addEventListener('keydown', onKey);
    media?.addEventListener('change', onMedia);
    const cancelIdle = whenIdleAfterFirstView(() => void loadPrintHandout());
    return () => {
      live = false;
      cancelIdle();
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
      window.removeEventListener('keydown', onKey);
      media?.removeEventListener('change', onMedia);
    };
  }, []);
  if (!printing || handout === null) return null;
  return <handout.PrintHandout {...props} />;
}
