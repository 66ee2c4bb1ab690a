/** @vitest-environment jsdom */
import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractArticle, type ArticleRequest } from '../../../scripts/extract/browser';
import CurationDialog from '../../../src/curation/CurationDialog';
import { memoryApi } from '../../../src/curation/collectionsApi';
import { setupI18n } from '../../../src/i18n/setupI18n';

afterEach(() => {
  cleanup();
  document.getElementById('root')?.remove();
  document.getElementById('behind')?.remove();
});

async function renderDialog() {
  const i18n = await setupI18n('en', document);
  const root = document.createElement('div');
  root.id = 'root';
  const behind = document.createElement('main');
  behind.id = 'behind';
  document.body.append(root, behind);
  const requests: ArticleRequest[] = [];
  // The real extractor, called in-process instead of in a worker.
  const extract = async (r: ArticleRequest) => (requests.push(r), extractArticle(r));
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <CurationDialog onClose={onClose} extract={extract} api={memoryApi()} />
    </I18nextProvider>,
    { container: root },
  );
  return { user, onClose, requests, behind };
}

describe('<CurationDialog>', () => {
  it('says nothing leaves the browser, makes the page behind inert, and closes on Escape', async () => {
    const { user, onClose, behind } = await renderDialog();
    const dialog = screen.getByRole('dialog', { name: 'Your articles' });
    expect(within(dialog).getByText(/sent nowhere/)).toBeInTheDocument();
    expect(behind.inert).toBe(true);
    expect(dialog.closest('[inert]')).toBeNull();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });

  it('reads a pasted article with the date, publisher and language given, then goes back to it', async () => {
    const { user, requests } = await renderDialog();
    const text = readFileSync('tests/fixtures/curation/ru-district-akim.txt', 'utf8');
    await user.click(screen.getByLabelText('Article text'));
    await user.paste(text);
    await user.type(screen.getByLabelText(/Publication date/), '2026-02-03');
    await user.type(screen.getByLabelText('Publisher (optional)'), 'Газета');
    await user.selectOptions(screen.getByLabelText('Language'), 'ru');
    await user.click(screen.getByRole('button', { name: 'Find events' }));
    await screen.findByRole('heading', { name: 'Review before it joins the timeline' });
    expect(requests[0]).toMatchObject({
      input: { text },
      published: '2026-02-03',
      publisher: 'Газета',
      language: 'ru',
    });
    await user.click(screen.getByRole('button', { name: 'Back to the article and its date' }));
    expect(screen.getByLabelText('Article text')).toHaveValue(text);
  });

  it('shows a clear message for a text in another language and stays on the form', async () => {
    const { user } = await renderDialog();
    await user.type(screen.getByLabelText('Article text'), 'The parliament met on 3 March 2026.');
    await user.click(screen.getByRole('button', { name: 'Find events' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/does not look Kazakh or Russian/);
  });
});
