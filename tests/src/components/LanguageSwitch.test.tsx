/** @vitest-environment jsdom */
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderApp } from './renderApp';

describe('LanguageSwitch', () => {
  it('<LanguageSwitch> changes the UI strings, the data titles and <html lang>', async () => {
    const { user, store } = await renderApp({ lang: 'kk' });
    expect(await screen.findByRole('region', { name: 'Оқиғалар тізімі' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('kk');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Тіл' }), 'ru');
    expect(await screen.findByRole('region', { name: 'Список событий' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Внеочередной XXII съезд/ })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.lang).toBe('ru'));
    expect(store.getState().lang).toBe('ru');
  });

  it('<LanguageSwitch> kk-latn shows Kazakh in Latin letters and sets lang="kk-Latn"', async () => {
    const { user } = await renderApp({ lang: 'en' });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'kk-latn');
    expect(await screen.findByRole('region', { name: 'Oqiğalar tızımı' })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.lang).toBe('kk-Latn'));
  });
});
