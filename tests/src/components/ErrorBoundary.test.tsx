/** @vitest-environment jsdom */
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { ErrorBoundary, resetHrefOf } from '../../../src/components/ErrorBoundary';
import type { EventsFile } from '../../../src/model/schema';
import { renderApp, sample } from './renderApp';

function Boom(): never {
  throw new Error('lean-qr error 4');
}

const text = {
  title: 'Something went wrong',
  explain: 'x',
  reset: 'Reset the view',
  detail: (m: string) => `Details: ${m}`,
};

describe('ErrorBoundary', () => {
  it('<ErrorBoundary> shows the message and a reset link instead of a blank page', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary text={text} resetHref="https://s.kz/t/?lang=en">
        <Boom />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('Something went wrong');
    expect(within(alert).getByRole('link', { name: 'Reset the view' })).toHaveAttribute(
      'href',
      'https://s.kz/t/?lang=en',
    );
    expect(alert).toHaveTextContent('Details: lean-qr error 4');
    quiet.mockRestore();
  });

  it('resetHrefOf() keeps the page and its language, drops the rest of the view', () => {
    expect(resetHrefOf('https://s.kz/t/?q=aaa&lang=ru&event=x#y')).toBe('https://s.kz/t/?lang=ru');
    expect(resetHrefOf('https://s.kz/t/embed.html?q=aaa')).toBe('https://s.kz/t/embed.html');
  });

  it('<App> shows its error message, in the UI language, when a view throws while rendering', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Data that passed no validator (events is not a list) stands in for any render error.
    const broken = { ...sample, events: null } as unknown as EventsFile;
    await renderApp({ lang: 'ru' }, async () => ({ ok: true, data: broken }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('При показе этого вида произошла ошибка');
    expect(within(alert).getByRole('link', { name: 'Сбросить вид' })).toBeInTheDocument();
    quiet.mockRestore();
  });
});
