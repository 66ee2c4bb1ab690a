/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { renderApp, sample } from './renderApp';

describe('EventPanel', () => {
  it('<EventPanel> shows the title, precise date, how it was dated and the marked evidence', async () => {
    await renderApp({ selectedId: 'meeting-2022-04-nur-otan-programme' });
    const panel = await screen.findByRole('complementary', {
      name: 'Review of the election programme',
    });
    expect(within(panel).getByText('April 2022')).toBeInTheDocument();
    // Planned in its article of 1 March 2022; "today" in the tests is 20 February 2026.
    expect(
      within(panel).getByText('Announced in advance (article of 1 March 2022)'),
    ).toBeInTheDocument();
    expect(within(panel).queryByText('Planned')).not.toBeInTheDocument();
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

  it('<EventPanel> calls a planned event still ahead "Planned", in every UI language', async () => {
    const id = 'meeting-2022-04-nur-otan-programme';
    const ahead = {
      ...sample,
      events: sample.events.map((e) =>
        e.id === id ? { ...e, date: { ...e.date, edtf: '2026-04' } } : e,
      ),
    };
    const words = {
      en: 'Planned',
      ru: 'Запланировано',
      kk: 'Жоспарланған',
      'kk-latn': 'Josparlanğan',
    };
    for (const [lang, word] of Object.entries(words)) {
      await renderApp({ selectedId: id, lang: lang as keyof typeof words }, async () => ({
        ok: true,
        data: ahead,
      }));
      const panel = await screen.findByRole('complementary');
      expect(within(panel).getByText(word)).toBeInTheDocument();
      cleanup();
    }
  });

  it('<EventPanel> says "announced in advance" with the article date in kk, ru and kk-latn', async () => {
    const id = 'meeting-2022-04-nur-otan-programme';
    const expected = {
      ru: 'Объявлено заранее (статья от 1 марта 2022 г.)',
      kk: 'Алдын ала хабарланған (мақала күні: 2022 ж. 1 наурыз)',
      'kk-latn': 'Aldyn ala habarlanğan (maqala künı: 2022 j. 1 nauryz)',
    };
    for (const [lang, text] of Object.entries(expected)) {
      await renderApp({ selectedId: id, lang: lang as keyof typeof expected });
      const panel = await screen.findByRole('complementary');
      expect(within(panel).getByText(text)).toBeInTheDocument();
      cleanup();
    }
  });

  it('<EventPanel> labels the summary as a sentence from the article, with its language', async () => {
    await renderApp({ selectedId: 'meeting-2022-04-nur-otan-programme' });
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(within(summary).getByText('From the article, in Kazakh')).toBeInTheDocument();
  });
});
