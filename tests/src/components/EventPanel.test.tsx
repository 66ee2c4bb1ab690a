/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from './renderApp';

describe('EventPanel', () => {
  it('<EventPanel> shows the title, precise date, how it was dated and the marked evidence', async () => {
    await renderApp({ selectedId: 'meeting-2022-04-nur-otan-programme' });
    const panel = await screen.findByRole('complementary', {
      name: 'Review of the election programme',
    });
    expect(within(panel).getByText('April 2022')).toBeInTheDocument();
    expect(within(panel).getByText('Planned')).toBeInTheDocument();
    expect(
      within(panel).getByText(/the year is taken from the publication date/),
    ).toBeInTheDocument();
    const marks = panel.querySelectorAll('mark');
    expect(marks.length).toBeGreaterThan(0);
    expect([...marks].every((m) => m.textContent === 'Сәуірде')).toBe(true);
  });

  it('<EventPanel> links each source safely and lists figures with their qualifier', async () => {
    await renderApp({ selectedId: 'congress-2022-03-01-nur-otan' });
    const panel = await screen.findByRole('complementary');
    const link = within(panel).getByRole('link', { name: /Nur Otan/ });
    expect(link).toHaveAttribute('href', 'https://example.org/astanatv/nur-otan-xxii');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const figures = within(panel).getByRole('region', { name: 'Figures' });
    expect(figures).toHaveTextContent('≈ 399 delegates');
    expect(within(panel).getByText(/Publication date used/)).toBeInTheDocument();
  });

  it('<EventPanel> closes on Escape and returns focus to the item that opened it', async () => {
    const { user, store } = await renderApp();
    const item = await screen.findByRole('button', { name: /City headquarters/ });
    await user.click(item);
    // Within the panel: the print handout (hidden on screen by CSS, which jsdom lacks) repeats titles.
    const panel = await screen.findByRole('complementary');
    const heading = within(panel).getByRole('heading', { level: 2, name: /City headquarters/ });
    expect(heading).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(store.getState().selectedId).toBeNull();
    expect(item).toHaveFocus();
  });

  it('<EventPanel> transliterates Kazakh data in the kk-latn view', async () => {
    await renderApp({ selectedId: 'headquarters-2026-02-16-astana-coalition', lang: 'kk-latn' });
    const panel = await screen.findByRole('complementary');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Astanada jalpyūlttyq koalitsiianyñ qalalyq ştaby aşyldy',
    );
    expect(within(panel).getAllByText('bügın').length).toBeGreaterThan(0);
  });
});
