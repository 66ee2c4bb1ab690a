/** @vitest-environment jsdom */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PrintHandout } from '../../../../src/components/classroom/PrintHandout';
import { fixture } from '../../classroom/fixture';

afterEach(cleanup);

describe('PrintHandout', () => {
  it('lists the events by date with titles, summaries and source urls, in <body>', () => {
    render(
      <PrintHandout
        events={fixture.events}
        sources={fixture.sources}
        lang="ru"
        url="http://x/?lang=ru"
      />,
    );
    const article = document.body.querySelector(':scope > article')!;
    expect(article).not.toBeNull();
    const items = within(article as HTMLElement).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual([
      'Атауы өзгертілді (ru)',
      '=Жиын (ru)',
      'Сайлау науқаны (ru)',
      'Президент сайлауы (ru)',
      'Коалиция <b>жұмысы</b> (ru)',
    ]);
    expect(items[0]).toHaveTextContent('1 марта 2022');
    expect(items[3]).toHaveTextContent('https://example.org/a?x=1');
    expect(screen.getByRole('img', { name: /QR/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Политическая хроника Казахстана',
    );
  });

  it('applies the display function (kk-latn) to titles', () => {
    render(
      <PrintHandout
        events={fixture.events.slice(0, 1)}
        sources={fixture.sources}
        lang="kk-latn"
        url="http://x/"
        display={(s) => s.toUpperCase()}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('ПРЕЗИДЕНТ САЙЛАУЫ');
  });
  it('starts with the timeline picture as it is when the handout is rendered (printing)', () => {
    const holder = document.createElement('div');
    holder.innerHTML = '<svg width="300" height="80"><text>Timeline</text></svg>';
    document.body.append(holder);
    render(
      <PrintHandout
        events={fixture.events}
        sources={fixture.sources}
        lang="en"
        url="http://x/?lang=en"
        getSvg={() => holder.querySelector('svg')}
      />,
    );
    const img = screen.getByRole('img', { name: 'Timeline of the events listed below' });
    expect(img.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(img.compareDocumentPosition(screen.getAllByRole('listitem')[0]!)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    holder.remove();
  });
});
