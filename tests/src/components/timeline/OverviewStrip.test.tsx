/** @vitest-environment jsdom */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);
import { OverviewStrip } from '../../../../src/components/timeline/OverviewStrip';
import { sendLiveViewport } from '../../../../src/components/timeline/liveViewport';
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
    fireEvent.keyDown(screen.getByRole('slider', { name: 'Барлық кезең' }), { key: 'ArrowRight' });
    const [next] = onDomainChange.mock.calls[0]![0] as [number, number];
    expect(next).toBeGreaterThan(domain[0]);
  });
  it('OverviewStrip Shift+ArrowLeft narrows and Shift+ArrowRight widens the window', () => {
    const onDomainChange = vi.fn();
    const full: [number, number] = [Date.UTC(2000, 0), Date.UTC(2020, 0)];
    const domain: [number, number] = [Date.UTC(2005, 0), Date.UTC(2010, 0)];
    render(
      <OverviewStrip
        events={[]}
        domain={domain}
        fullDomain={full}
        onDomainChange={onDomainChange}
        label="Overview"
        keysHint="Shift with arrow keys narrows or widens it"
      />,
    );
    const slider = screen.getByRole('slider', { name: 'Overview' });
    expect(slider).toHaveAccessibleDescription('Shift with arrow keys narrows or widens it');
    expect(slider).toHaveAttribute('aria-valuetext', '2005-01-01 – 2009-12-31');
    fireEvent.keyDown(slider, { key: 'ArrowLeft', shiftKey: true });
    fireEvent.keyDown(slider, { key: 'ArrowRight', shiftKey: true });
    const [narrow, wide] = onDomainChange.mock.calls.map((c) => c[0] as [number, number]);
    const span = domain[1] - domain[0];
    const mid = (domain[0] + domain[1]) / 2;
    expect(narrow![1] - narrow![0]).toBeCloseTo(span / 1.25, -3);
    expect(wide![1] - wide![0]).toBeCloseTo(span * 1.25, -3);
    expect((narrow![0] + narrow![1]) / 2).toBeCloseTo(mid, -3);
  });
  it('OverviewStrip reads the new range in aria-valuetext when the domain changes', () => {
    const props = {
      events: [],
      fullDomain: [Date.UTC(2000, 0), Date.UTC(2020, 0)] as [number, number],
      onDomainChange: vi.fn(),
      label: 'Overview',
      formatRange: ([a, b]: readonly [number, number]) =>
        `${new Date(a).getUTCFullYear()} – ${new Date(b - 1).getUTCFullYear()}`,
    };
    const { rerender } = render(
      <OverviewStrip {...props} domain={[Date.UTC(2005, 0), Date.UTC(2010, 0)]} />,
    );
    rerender(<OverviewStrip {...props} domain={[Date.UTC(2004, 0), Date.UTC(2011, 0)]} />);
    expect(screen.getByRole('slider', { name: 'Overview' })).toHaveAttribute(
      'aria-valuetext',
      '2004 – 2010',
    );
  });
  it('OverviewStrip moves its window with a gesture on the timeline beside it, reporting nothing', () => {
    const onDomainChange = vi.fn();
    const full: [number, number] = [Date.UTC(2000, 0), Date.UTC(2020, 0)];
    const { container } = render(
      <div>
        <div data-testid="timeline" />
        <OverviewStrip
          events={[]}
          domain={[Date.UTC(2005, 0), Date.UTC(2010, 0)]}
          fullDomain={full}
          onDomainChange={onDomainChange}
        />
      </div>,
    );
    sendLiveViewport(screen.getByTestId('timeline'), [Date.UTC(2010, 0), Date.UTC(2020, 0)]);
    const selection = container.querySelector('.selection')!;
    expect(Number(selection.getAttribute('x'))).toBeCloseTo(400, 0);
    expect(Number(selection.getAttribute('width'))).toBeCloseTo(400, 0);
    expect(onDomainChange).not.toHaveBeenCalled();
  });
});
