/** @vitest-environment jsdom */
import { cleanup, act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PresentationMode } from '../../../../src/components/classroom/PresentationMode';
import { createClassroomT } from '../../../../src/classroom/createClassroomT';
import { fixture } from '../../classroom/fixture';

const t = createClassroomT('en');
const key = (k: string) => fireEvent.keyDown(document, { key: k });

function setup(extra: Partial<Parameters<typeof PresentationMode>[0]> = {}) {
  const onFocusEvent = vi.fn();
  const onExit = vi.fn();
  render(
    <PresentationMode
      events={fixture.events}
      lang="en"
      t={t}
      onFocusEvent={onFocusEvent}
      onExit={onExit}
      {...extra}
    />,
  );
  return { onFocusEvent, onExit };
}

afterEach(() => vi.unstubAllGlobals());

afterEach(cleanup);

describe('PresentationMode', () => {
  it('starts on the first event in date order and shows localized progress', () => {
    const { onFocusEvent } = setup();
    expect(screen.getByRole('status')).toHaveTextContent('Event 1 of 5');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Атауы өзгертілді (en)');
    expect(onFocusEvent).toHaveBeenLastCalledWith('renaming-2022-03-01', { smooth: true });
  });

  it('steps with arrows and clicker keys and stops at the ends', () => {
    const { onFocusEvent } = setup();
    key('ArrowRight');
    expect(screen.getByRole('status')).toHaveTextContent('Event 2 of 5');
    expect(onFocusEvent).toHaveBeenLastCalledWith('meeting-2022-03', { smooth: true });
    key('PageDown');
    key('PageDown');
    key('PageDown');
    key('PageDown');
    expect(screen.getByRole('status')).toHaveTextContent('Event 5 of 5');
    expect(screen.getByRole('button', { name: /Next event/ })).toBeDisabled();
    key('PageUp');
    key('ArrowLeft');
    expect(screen.getByRole('status')).toHaveTextContent('Event 3 of 5');
  });

  it('steps with the visible buttons too (nothing is keyboard- or hover-only)', () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: /Next event/ }));
    expect(screen.getByRole('status')).toHaveTextContent('Event 2 of 5');
    fireEvent.click(screen.getByRole('button', { name: /Previous event/ }));
    expect(screen.getByRole('status')).toHaveTextContent('Event 1 of 5');
  });

  it('leaves on Escape and on the exit button', () => {
    const { onExit } = setup();
    key('Escape');
    expect(onExit).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: /Exit/ }));
    expect(onExit).toHaveBeenCalledTimes(2);
  });

  it('starts on startId, and zooms instantly under prefers-reduced-motion', () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('reduce') }));
    const { onFocusEvent } = setup({ startId: 'election-2022-11-20' });
    expect(screen.getByRole('status')).toHaveTextContent('Event 4 of 5');
    expect(onFocusEvent).toHaveBeenLastCalledWith('election-2022-11-20', { smooth: false });
  });

  it('stays a full-viewport dialog when fullscreen is refused', async () => {
    const refuse = vi.fn(() => Promise.reject(new Error('denied')));
    Object.defineProperty(HTMLElement.prototype, 'requestFullscreen', {
      value: refuse,
      configurable: true,
    });
    setup();
    await act(async () => {});
    expect(refuse).toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: /Presentation/ })).toBeInTheDocument();
    delete (HTMLElement.prototype as Partial<HTMLElement>).requestFullscreen;
  });

  it('shows story steps in their own order with the teacher note', () => {
    const [a, b] = [fixture.events[1]!, fixture.events[0]!];
    setup({ steps: [{ event: a, note: 'Ask why' }, { event: b }], title: 'Story' });
    expect(screen.getByText('Ask why')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Event 1 of 2');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/Коалиция/);
  });
});
