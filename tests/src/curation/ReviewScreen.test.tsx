/** @vitest-environment jsdom */
import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { i18n } from 'i18next';
import { extractArticle, type ArticleResult } from '../../../scripts/extract/browser';
import { memoryApi } from '../../../src/curation/collectionsApi';
import { ReviewScreen } from '../../../src/curation/ReviewScreen';
import { setupI18n } from '../../../src/i18n/setupI18n';

afterEach(() => cleanup());

type Ok = Extract<ArticleResult, { ok: true }>;
const fixture = (name: string) => readFileSync(`tests/fixtures/curation/${name}`, 'utf8');
function extract(text: string, published?: string): Ok {
  const r = extractArticle({ input: { text }, ...(published ? { published } : {}) });
  if (!r.ok) throw new Error(r.message);
  return r;
}

let i18n: i18n;
beforeAll(async () => {
  i18n = await setupI18n('en', document);
});

function renderReview(result: Ok) {
  const api = memoryApi();
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <ReviewScreen result={result} onBack={() => {}} api={api} />
    </I18nextProvider>,
  );
  const cards = () =>
    within(screen.getByRole('list', { name: 'Candidate events' })).getAllByRole('listitem');
  return { api, user, cards };
}

describe('<ReviewScreen>', () => {
  const kk = extract(fixture('kk-school-forum.txt'));

  it('lists each candidate with its date, how it was found, its type and its evidence', () => {
    const { cards } = renderReview(kk);
    expect(cards()).toHaveLength(kk.data.events.length);
    const session = kk.data.events.findIndex((e) => e.date.edtf === '2026-04-20');
    const card = cards()[session]!;
    expect(within(card).getByText('20 April 2026')).toBeInTheDocument();
    expect(within(card).getByText('The date is stated in the article.')).toBeInTheDocument();
    expect(within(card).getByRole('combobox', { name: 'Type' })).toHaveValue('session');
    expect(within(card).getByText(/· Session ·/)).toBeInTheDocument();
    const evidence = within(card).getByRole('blockquote', { name: 'Evidence' });
    expect(evidence.querySelector('mark')).toHaveTextContent('2026 жылғы 20 сәуірде');
    expect(
      screen.getByText(/Publication date from the article’s header: 14 March 2026, 11:20/),
    ).toBeInTheDocument();
  });

  it('marks every candidate’s evidence and every found date in the article text', () => {
    renderReview(kk);
    const text = screen.getByRole('region', { name: 'The article, with events and dates marked' });
    const dates = [...text.querySelectorAll('mark.cur-date')].map((m) => m.textContent);
    expect(dates).toContain('2026 жылғы 20 сәуірде');
    expect(dates).toContain('5 қазанда');
    expect(text.querySelectorAll('mark.cur-ev').length).toBeGreaterThanOrEqual(
      kk.data.events.length,
    );
  });

  it('keeps accepted candidates with the teacher’s date recorded as edited, and drops rejected ones', async () => {
    const { api, user, cards } = renderReview(kk);
    const [a, b, c] = cards();
    await user.click(within(a!).getByRole('button', { name: 'Accept' }));
    await user.click(within(b!).getByRole('button', { name: 'Reject' }));
    const date = within(c!).getByLabelText('Date (EDTF)');
    await user.clear(date);
    await user.type(date, '2026-04');
    expect(within(c!).getByText('Date set by you')).toBeInTheDocument();
    await user.click(within(c!).getByRole('button', { name: 'Accept' }));
    await user.click(
      screen.getByRole('button', { name: 'Add accepted events (2) to the collection' }),
    );
    await screen.findByText('Saved: 2 events added to “My collection”.');
    const [saved] = await api.list();
    expect(saved!.events.map((e) => e.id)).toEqual([kk.data.events[0]!.id, kk.data.events[2]!.id]);
    expect(saved!.events[1]!.date).toEqual({
      edtf: '2026-04',
      precision: 'month',
      certainty: 'stated',
      method: 'edited',
    });
    expect(saved!.texts[kk.source.id]).toBe(kk.text);
  });

  it('says a typed date is not EDTF and keeps the extractor’s date for it', async () => {
    const { user, cards } = renderReview(kk);
    const date = within(cards()[0]!).getByLabelText('Date (EDTF)');
    await user.clear(date);
    await user.type(date, '5 March');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(within(cards()[0]!).getByText(/Not a date: write 2026-03-14/)).toBeInTheDocument();
  });

  it('lists what could not be placed with its reason, and places it by hand', async () => {
    // Without its dateline and a publication date, "today" cannot be placed.
    const ru = extract(fixture('ru-district-akim.txt').replace(/^03\.02\.2026, 15:40\n/mu, ''));
    const noDate = ru.data.unplaced.filter((u) => u.reasonCode === 'no-date');
    expect(noDate.length).toBeGreaterThan(0);
    const { api, user } = renderReview(ru);
    const list = screen.getByRole('list', { name: 'Not placed' });
    const item = within(list).getAllByRole('listitem')[ru.data.unplaced.indexOf(noDate[0]!)]!;
    expect(
      within(item).getByText(/no date in the text and no publication date/),
    ).toBeInTheDocument();
    await user.click(within(item).getByText('Place on the timeline'));
    await user.type(within(item).getByLabelText('Title'), 'Новый аким района');
    await user.type(within(item).getByLabelText('Date (EDTF)'), '2026-02-03');
    await user.click(within(item).getByRole('button', { name: 'Accept' }));
    await user.click(
      screen.getByRole('button', { name: 'Add accepted events (1) to the collection' }),
    );
    await screen.findByText(/Saved: 1 events/);
    const [saved] = await api.list();
    expect(saved!.events[0]).toMatchObject({
      title: { ru: 'Новый аким района' },
      date: { edtf: '2026-02-03', method: 'edited' },
      sources: [{ sourceId: ru.source.id, evidence: [noDate[0]!.evidence] }],
    });
  });
});
