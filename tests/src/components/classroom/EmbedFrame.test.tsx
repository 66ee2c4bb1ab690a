/** @vitest-environment jsdom */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmbedFrame } from '../../../../src/components/classroom/EmbedFrame';

afterEach(() => vi.unstubAllGlobals());

afterEach(cleanup);

describe('EmbedFrame', () => {
  it('links to the full view with the same parameters in a new tab', () => {
    render(<EmbedFrame url="https://s.kz/a/embed.html?lang=en&story=x" lang="en" parent={null} />);
    const link = screen.getByRole('link', { name: /Open full view/ });
    expect(link).toHaveAttribute('href', 'https://s.kz/a/?lang=en&story=x');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('reports its height to the parent page', () => {
    let fire = () => {};
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(cb: () => void) {
          fire = cb;
        }
        observe() {}
        disconnect() {}
      },
    );
    const parent = { postMessage: vi.fn() };
    render(
      <EmbedFrame url="https://s.kz/embed.html" lang="en" parent={parent}>
        <p>timeline</p>
      </EmbedFrame>,
    );
    expect(parent.postMessage).toHaveBeenCalledWith({ type: 'shejire:height', height: 0 }, '*');
    fire();
    expect(parent.postMessage).toHaveBeenCalledTimes(1); // unchanged height: no message loop
  });
});
