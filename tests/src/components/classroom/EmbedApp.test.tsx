/** @vitest-environment jsdom */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { EmbedApp } from '../../../../src/components/classroom/EmbedApp';

afterEach(cleanup);

function recordingFetch(status = 404) {
  const urls: string[] = [];
  const fetchFn: typeof fetch = async (input) => {
    urls.push(String(input));
    return new Response('', { status });
  };
  return { urls, fetchFn };
}

describe('EmbedApp', () => {
  it('asks before loading a ?data= file from another site, and fetches it only after "Load"', async () => {
    const { urls, fetchFn } = recordingFetch();
    const href = 'https://school.kz/t/embed.html?lang=en&data=https://tracker.example/e.json';
    render(<EmbedApp href={href} fetchFn={fetchFn} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('tracker.example');
    expect(alert).toHaveTextContent('would see your IP address');
    expect(urls).toEqual([]);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Load the data' }));
    expect(
      await screen.findByText(
        'The data file did not load (https://tracker.example/e.json): the server answered 404.',
      ),
    ).toBeInTheDocument();
    expect(urls).toEqual(['https://tracker.example/e.json']);
  });

  it('loads its own site’s file at once and explains a failure in words', async () => {
    const { urls, fetchFn } = recordingFetch(500);
    render(<EmbedApp href="https://school.kz/t/embed.html?lang=en" fetchFn={fetchFn} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The data file did not load (https://school.kz/t/data/events.min.json): the server answered 500.',
    );
    expect(urls).toEqual(['https://school.kz/t/data/events.min.json']);
  });

  it('refuses a javascript: data address', async () => {
    const { urls, fetchFn } = recordingFetch();
    render(
      <EmbedApp
        href="https://school.kz/t/embed.html?lang=en&data=javascript:alert(1)"
        fetchFn={fetchFn}
      />,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('is not a web address');
    expect(urls).toEqual([]);
  });
});
