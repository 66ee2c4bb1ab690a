/**
 * Dev harness and benchmark page: TimelineView + ZoomControls + OverviewStrip over N synthetic
 * events (?n=10000). Sets performance marks the benchmark reads, and records per-update cost:
 * from the input event that changed the domain to the end of the forced layout after React commits.
 */
import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { OverviewStrip, TimelineView, ZoomControls } from '../src/components/timeline';
import { fitDomain, yearDomain, yearsOf, zoomDomain, type Domain } from '../src/timeline';
import { createSyntheticEvents } from '../src/timeline/synthetic';
import { toTimelineItems } from '../src/timeline/toTimelineItems';

declare global {
  interface Window {
    __bench: { inputAt: number | null; updates: number[]; ready: boolean };
  }
}

const titleOf = (e: { title: { kk: string } }) => e.title.kk;
const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 1000);
const events = createSyntheticEvents(n, { seed: 42 });
const full = fitDomain(toTimelineItems(events).items, 0.05)!;
window.__bench = { inputAt: null, updates: [], ready: false };
// Capture phase: when the main thread starts handling an input, before d3-zoom does. Not
// e.timeStamp: Chromium queues wheel/mouse moves to the next frame, and that wait is not work.
for (const type of ['wheel', 'pointermove', 'mousemove', 'keydown']) {
  window.addEventListener(type, () => (window.__bench.inputAt ??= performance.now()), true);
}

function App() {
  const [domain, setDomain] = useState<Domain>(full);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const onDomainChange = useCallback((d: [number, number]) => setDomain(d), []);
  const years = useMemo(() => yearsOf(toTimelineItems(events).items), []);
  useLayoutEffect(() => {
    void document.body.offsetHeight; // force style + layout so the sample includes them
    const b = window.__bench;
    if (!b.ready) {
      performance.mark('timeline-painted');
      b.ready = true;
    } else if (b.inputAt !== null) b.updates.push(performance.now() - b.inputAt);
    b.inputAt = null;
  }, [domain]);
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
