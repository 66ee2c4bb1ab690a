/** @vitest-environment jsdom */
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrintOnDemand } from '../../../../src/components/classroom/PrintOnDemand';
import { createClassroomT } from '../../../../src/classroom/createClassroomT';
import { fixture } from '../../classroom/fixture';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const handout = () => document.body.querySelector(':scope > article.classroom-print');
const ctrlP = () => new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, cancelable: true });

describe('PrintOnDemand', () => {
  it('<PrintOnDemand> takes Ctrl+P while the handout’s code is not in, fetches it, then prints', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    render(
      <PrintOnDemand
        events={fixture.events}
        sources={fixture.sources}
        lang="en"
        url="http://x/?lang=en"
        t={createClassroomT('en')}
      />,
    );
    expect(handout()).toBeNull();
    const first = ctrlP();
    act(() => {
      window.dispatchEvent(first);
    });
    expect(first.defaultPrevented).toBe(true);
    // Wait for the state, not for a time: the handout's module is in once this import resolves
    // (the same module the component fetched); on a busy machine that may take seconds.
    await import('../../../../src/components/classroom/PrintHandout');
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    // window.print() fired beforeprint: the handout was rendered for it, and goes after printing.
    expect(handout()).not.toBeNull();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(handout()).toBeNull();
    // Once the code is in, Ctrl+P is the browser's own again (beforeprint renders the handout).
    const second = ctrlP();
    window.dispatchEvent(second);
    expect(second.defaultPrevented).toBe(false);
  });
});
