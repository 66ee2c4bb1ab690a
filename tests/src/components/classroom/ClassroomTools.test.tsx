/** @vitest-environment jsdom */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClassroomT } from '../../../../src/classroom/createClassroomT';
import { ClassroomTools } from '../../../../src/components/classroom/ClassroomTools';
import { loadPrintHandout } from '../../../../src/components/classroom/PrintOnDemand';
import { fixture } from '../../classroom/fixture';

afterEach(cleanup);

function setup(url = 'http://s.kz/tl/?lang=en') {
  const onFocusEvent = vi.fn();
  render(
    <ClassroomTools
      events={fixture.events}
      allEvents={fixture.events}
      sources={fixture.sources}
      lang="en"
      t={createClassroomT('en')}
      url={url}
      getSvg={() => null}
      selectedId="meeting-2022-03"
      onFocusEvent={onFocusEvent}
    />,
  );
  return onFocusEvent;
}

describe('ClassroomTools', () => {
  it('is a labelled region whose present button starts on the selected event', async () => {
    const onFocusEvent = setup();
    expect(screen.getByRole('region', { name: 'Classroom tools' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Presentation mode' }));
    // Presentation mode is loaded when it is asked for, hence findBy.
    expect(await screen.findByRole('dialog', { name: /Presentation/ })).toBeInTheDocument();
    // The dialog focuses its first event in an effect after it appears: wait for that call.
    await waitFor(() =>
      expect(onFocusEvent).toHaveBeenLastCalledWith('meeting-2022-03', expect.anything()),
    );
  });

  it('toggles the QR code of the current url and the embed code', async () => {
    setup();
    const qr = screen.getByRole('button', { name: 'Open on your phone' });
    fireEvent.click(qr);
    expect(qr).toHaveAttribute('aria-expanded', 'true');
    const region = screen.getByRole('region', { name: 'Classroom tools' });
    // Each panel's code is loaded when it opens, hence findBy.
    expect(
      await within(region).findByRole('link', { name: 'http://s.kz/tl/?lang=en' }),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Embed on a site' }));
    const code = (await screen.findByLabelText('Embed code (iframe)')) as HTMLTextAreaElement;
    expect(within(region).queryByRole('img', { name: /QR code of the link/ })).toBeNull();
    expect(code.value).toContain('http://s.kz/tl/embed.html?lang=en');
  });

  it('keeps no print handout in the page until printing starts, then renders it in <body>', async () => {
    setup();
    expect(document.body.querySelector(':scope > article.classroom-print')).toBeNull();
    // Ctrl+P finds the handout's code ready: it is fetched when the page is idle.
    await loadPrintHandout();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const handout = document.body.querySelector<HTMLElement>(':scope > article.classroom-print');
    expect(handout).not.toBeNull();
    expect(within(handout!).getAllByRole('listitem')).toHaveLength(fixture.events.length);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(document.body.querySelector(':scope > article.classroom-print')).toBeNull();
  });

  it('opens an unknown ?story= link with a message instead of an empty projector', async () => {
    setup('http://s.kz/tl/?lang=en&story=unknown-story');
    // The story presenter is loaded on demand (it needs zod), hence findBy.
    expect(await screen.findByRole('alert')).toHaveTextContent('unknown-story');
  });
});
