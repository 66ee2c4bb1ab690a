/** @vitest-environment jsdom */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClassroomTools } from '../../../../src/components/classroom/ClassroomTools';
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
      url={url}
      getSvg={() => null}
      selectedId="meeting-2022-03"
      onFocusEvent={onFocusEvent}
    />,
  );
  return onFocusEvent;
}

describe('ClassroomTools', () => {
  it('is a labelled region whose present button starts on the selected event', () => {
    const onFocusEvent = setup();
    expect(screen.getByRole('region', { name: 'Classroom tools' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Presentation mode' }));
    expect(screen.getByRole('dialog', { name: /Presentation/ })).toBeInTheDocument();
    expect(onFocusEvent).toHaveBeenLastCalledWith('meeting-2022-03', expect.anything());
  });

  it('toggles the QR code of the current url and the embed code', () => {
    setup();
    const qr = screen.getByRole('button', { name: 'Open on your phone' });
    fireEvent.click(qr);
    expect(qr).toHaveAttribute('aria-expanded', 'true');
    const region = screen.getByRole('region', { name: 'Classroom tools' });
    expect(
      within(region).getByRole('link', { name: 'http://s.kz/tl/?lang=en' }),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Embed on a site' }));
    expect(within(region).queryByRole('img', { name: /QR code of the link/ })).toBeNull();
    expect((screen.getByLabelText('Embed code (iframe)') as HTMLTextAreaElement).value).toContain(
      'http://s.kz/tl/embed.html?lang=en',
    );
  });

  it('opens an unknown ?story= link with a message instead of an empty projector', async () => {
    setup('http://s.kz/tl/?lang=en&story=unknown-story');
    // The story presenter is loaded on demand (it needs zod), hence findBy.
    expect(await screen.findByRole('alert')).toHaveTextContent('unknown-story');
  });
});
