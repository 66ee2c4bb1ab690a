/**
 * Dev harness and benchmark page: TimelineView + ZoomControls + OverviewStrip over N synthetic
 * events (?n=10000). Records what scripts/bench/app.ts reads:
 * - 'timeline-painted': a performance mark after the first frame with the timeline was painted;
 * - __bench.frames: per input, ms from the first input handler of a frame to just after that
 *   frame's rendering (rAF, then a MessageChannel task, which the browser runs after style,
 *   layout and paint). So a sample covers input handling, React, canvas, style, layout and paint.
 */
import { useCallback, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { OverviewStrip, TimelineView, ZoomControls } from '../src/components/timeline';
import { fitDomain, yearDomain, yearsOf, zoomDomain, type Domain } from '../src/timeline';
import { createSyntheticEvents } from '../src/timeline/synthetic';
import { toTimelineItems } from '../src/timeline/toTimelineItems';

declare global {
  interface Window {
    __bench: { inputAt: number | null; frames: number[]; ready: boolean };
  }
}

const titleOf = (e: { title: { kk: string } }) => e.title.kk;
const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 1000);
const events = createSyntheticEvents(n, { seed: 42 });
const full = fitDomain(toTimelineItems(events).items, 0.05)!;
window.__bench = { inputAt: null, frames: [], ready: false };

// Runs fn after the next frame's rendering: rAF callbacks precede style/layout/paint, and a
// message posted from one is delivered as the first task after that frame.
function afterNextPaint(fn: () => void) {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = fn;
    channel.port2.postMessage(null);
  });
}
// Capture phase: when the main thread starts handling an input, before d3-zoom does. Not
// e.timeStamp: Chromium queues wheel/mouse moves to the next frame, and that wait is not work.
for (const type of ['wheel', 'pointermove', 'mousemove', 'keydown']) {
  window.addEventListener(
    type,
    () => {
      const b = window.__bench;
      if (!b.ready || b.inputAt !== null) return;
      const t0 = (b.inputAt = performance.now());
      afterNextPaint(() => {
        b.frames.push(performance.now() - t0);
        b.inputAt = null;
      });
    },
    true,
  );
}

// The app keeps the domain in a zustand store (useSyncExternalStore), whose updates React renders
// synchronously, within the input's frame; useState from a native wheel listener would render in
// a later task and escape the frame measurement. This is that store in miniature.
let domainNow: Domain = full;
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => (listeners.add(l), () => void listeners.delete(l));
const setDomain = (next: Domain | ((d: Domain) => Domain)) => {
  const d = typeof next === 'function' ? next(domainNow) : next;
  if (d === domainNow) return;
  domainNow = d;
  listeners.forEach((l) => l());
};

function App() {
  const domain = useSyncExternalStore(subscribe, () => domainNow);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const onDomainChange = useCallback((d: [number, number]) => setDomain(d), []);
  const years = useMemo(() => yearsOf(toTimelineItems(events).items), []);
  useLayoutEffect(() => {
    afterNextPaint(() => {
      performance.mark('timeline-painted');
      window.__bench.ready = true;
    });
  }, []);
  return (
    <main>
      <ZoomControls
        onZoomIn={() => setDomain((d) => zoomDomain(d, 1.5))}
        onZoomOut={() => setDomain((d) => zoomDomain(d, 1 / 1.5))}
        onFitAll={() => setDomain(full)}
        years={years}
        onJumpToYear={(y) => setDomain(yearDomain(y))}
        labels={{
          zoomIn: 'Үлкейту',
          zoomOut: 'Кішірейту',
          fitAll: 'Барлығы',
          jumpToYear: 'Жылға өту',
        }}
      />
      <TimelineView
        events={events}
        domain={domain}
        onDomainChange={onDomainChange}
        selectedId={selectedId}
        onSelect={setSelectedId}
        lang="kk"
        titleOf={titleOf}
        reducedMotion={false}
      />
      <OverviewStrip
        events={events}
        domain={domain}
        fullDomain={full}
        onDomainChange={onDomainChange}
        label="Барлық кезең"
      />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
