/** @vitest-environment jsdom */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);
import { OverviewStrip } from '../../../../src/components/timeline/OverviewStrip';
import { createSyntheticEvents } from '../../../../src/timeline/synthetic';

describe('OverviewStrip', () => {
  it('OverviewStrip draws the brush window and pans it with arrow keys', () => {
    const onDomainChange = vi.fn();
    const full: [number, number] = [Date.UTC(2000, 0), Date.UTC(2020, 0)];
    const domain: [number, number] = [Date.UTC(2005, 0), Date.UTC(2010, 0)];
    const { container } = render(
      <OverviewStrip
        events={createSyntheticEvents(50, { fromYear: 2000, years: 20 })}
        domain={domain}
        fullDomain={full}
        onDomainChange={onDomainChange}
        label="Барлық кезең"
      />,
    );
    const selection = container.querySelector('.selection')!;
    expect(Number(selection.getAttribute('width'))).toBeCloseTo((800 * 5) / 20, 0);
    fireEvent.keyDown(screen.getByRole('group', { name: 'Барлық кезең' }), { key: 'ArrowRight' });
    const [next] = onDomainChange.mock.calls[0]![0] as [number, number];
    expect(next).toBeGreaterThan(domain[0]);
  });
});
