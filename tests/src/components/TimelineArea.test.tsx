/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { sendLiveViewport } from '../../../src/components/timeline/liveViewport';
import { renderApp } from './renderApp';

describe('TimelineArea', () => {
  it('zooms from the range a gesture drew, even before the store hears of it', async () => {
    const { user, store, container } = await renderApp({ mode: 'timeline' });
    // The timeline's chunk is imported (and transformed) on first use: this waits for it (up to the
    // 15 s of tests/setup.ts; it took over 5 s on a busy machine).
    const zoomIn = await screen.findByRole('button', { name: 'Zoom in' });
    const area = container.querySelector('.timeline-area')!;
    const before = store.getState().domain;
    // A drag drew 2026 on screen; the store will hear of it only when the gesture settles.
    const live: [number, number] = [Date.UTC(2026, 0, 1), Date.UTC(2026, 6, 1)];
    act(() => sendLiveViewport(area.firstElementChild!, live));
    await user.click(zoomIn);
    const after = store.getState().domain!;
    expect(after).not.toEqual(before);
    const mid = (after[0] + after[1]) / 2;
    expect(mid).toBeGreaterThan(live[0]);
    expect(mid).toBeLessThan(live[1]);
    expect(after[1] - after[0]).toBeLessThan(live[1] - live[0]);
  });
});
