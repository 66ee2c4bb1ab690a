/** @vitest-environment jsdom */
import { Suspense, type ComponentType } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { preloadable } from '../../../src/components/preloadable';

const Hello = ({ name }: { name: string }) => <p>hello {name}</p>;

function renderIn(C: ComponentType<{ name: string }>) {
  return render(
    <Suspense fallback={<p>loading</p>}>
      <C name="Abai" />
    </Suspense>,
  );
}

describe('preloadable', () => {
  afterEach(cleanup);

  it('preloadable(load) renders at once, with no fallback, once preload() has resolved', async () => {
    const Lazy = preloadable(() => Promise.resolve({ default: Hello }));
    await Lazy.preload();
    renderIn(Lazy);
    // Synchronously after render: React.lazy would show the fallback here for a tick.
    expect(screen.getByText('hello Abai')).toBeInTheDocument();
    expect(screen.queryByText('loading')).toBeNull();
  });

  it('preloadable(load) suspends like React.lazy when not preloaded, and loads once', async () => {
    let calls = 0;
    const Lazy = preloadable(() => {
      calls += 1;
      return Promise.resolve({ default: Hello });
    });
    renderIn(Lazy);
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(await screen.findByText('hello Abai')).toBeInTheDocument();
    await Lazy.preload();
    expect(calls).toBe(1);
  });

  it('preload() after a failed load tries again', async () => {
    let calls = 0;
    const Lazy = preloadable(() => {
      calls += 1;
      return calls === 1
        ? Promise.reject<{ default: typeof Hello }>(new Error('offline'))
        : Promise.resolve({ default: Hello });
    });
    await expect(Lazy.preload()).rejects.toThrow('offline');
    await act(() => Lazy.preload());
    renderIn(Lazy);
    expect(screen.getByText('hello Abai')).toBeInTheDocument();
    expect(calls).toBe(2);
  });
});
