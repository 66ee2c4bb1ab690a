/** @vitest-environment jsdom */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);
import { TimelineView } from '../../../../src/components/timeline/TimelineView';
import type { Event } from '../../../../src/model/schema';
import { createSyntheticEvents } from '../../../../src/timeline/synthetic';

// Six party events within days: four label rows take four, the other two become one badge.
const [base] = createSyntheticEvents(1, { seed: 9 });
const events: Event[] = ['03', '04', '05', '06', '07', '08'].map((day, i) => ({
  ...base!,
  id: `e${i}`,
  themes: ['party'],
  status: 'reported',
  date: { ...base!.date, edtf: `2022-03-${day}`, precision: 'day' },
  title: { kk: `Оқиға ${i}`, ru: `Событие ${i}`, en: `Event ${i}` },
}));
const domain: [number, number] = [Date.UTC(2020, 0, 1), Date.UTC(2025, 0, 1)];

function renderCluster() {
  const onDomainChange = vi.fn();
  render(
    <TimelineView
      events={events}
      domain={domain}
      onDomainChange={onDomainChange}
      selectedId={null}
      onSelect={vi.fn()}
      lang="en"
      titleOf={(e) => e.title.en}
      reducedMotion
      fullDomain={[Date.UTC(2015, 0), Date.UTC(2030, 0)]}
    />,
  );
  const badge = screen.getByRole('button', { name: /^2 events, .*activate to zoom in$/ });
  return { onDomainChange, badge };
}

describe('TimelineView cluster badge', () => {
  it('TimelineView names a cluster badge by its count and says activating zooms in', () => {
    const { badge } = renderCluster();
    expect(badge).toHaveTextContent('2');
    expect(badge).not.toHaveAttribute('aria-pressed');
  });
  it('TimelineView click on a cluster badge zooms to the span of its events', () => {
    const { badge, onDomainChange } = renderCluster();
    fireEvent.click(badge);
    const [a, b] = onDomainChange.mock.calls[0]![0] as [number, number];
    expect(b - a).toBeLessThan((domain[1] - domain[0]) / 100);
    // The badge holds the last two events (6 and 7 March): both are inside the new view.
    expect(a).toBeLessThanOrEqual(Date.UTC(2022, 2, 6));
    expect(b).toBeGreaterThan(Date.UTC(2022, 2, 7));
  });
  it('TimelineView Enter on a cluster badge zooms in as a click does', () => {
    const { badge, onDomainChange } = renderCluster();
    fireEvent.keyDown(badge, { key: 'Enter' });
    expect(onDomainChange).toHaveBeenCalledTimes(1);
    const [a, b] = onDomainChange.mock.calls[0]![0] as [number, number];
    expect(b - a).toBeLessThan((domain[1] - domain[0]) / 100);
  });
});
