/** @vitest-environment jsdom */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { QrHandoff } from '../../../../src/components/classroom/QrHandoff';

afterEach(cleanup);

describe('QrHandoff', () => {
  it('shows a labelled QR image of the url and the url as a link', () => {
    const url = 'http://127.0.0.1:5601/school/?lang=ru&event=x';
    render(<QrHandoff url={url} lang="ru" />);
    const img = screen.getByRole('img', { name: 'QR-код ссылки на этот вид' });
    expect(img.querySelector('svg path')).not.toBeNull();
    expect(screen.getByRole('link', { name: url })).toHaveAttribute('href', url);
    expect(screen.getByRole('heading', { name: 'Открыть на телефоне' })).toBeInTheDocument();
  });

  it('says a link is too long for a QR code and still shows the link', () => {
    const url = `http://127.0.0.1:5601/school/?lang=en&q=${'x'.repeat(5000)}`;
    render(<QrHandoff url={url} lang="en" />);
    expect(screen.getByText(/too long for a QR code/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByRole('link', { name: url })).toHaveAttribute('href', url);
  });
});

describe('QrHandoff loopback', () => {
  it('warns that a 127.0.0.1 link opens nothing on a phone, and says what to do', () => {
    render(<QrHandoff url="http://127.0.0.1:4173/?lang=en" lang="en" />);
    const note = screen.getByText(/points to this computer/);
    expect(note).toHaveTextContent('127.0.0.1:4173');
    expect(note).toHaveTextContent('SHEJIRE_PUBLIC_URL');
  });
  it('says nothing for a school site address', () => {
    render(<QrHandoff url="https://school.kz/timeline/?lang=en" lang="en" />);
    expect(screen.queryByText(/points to this computer/)).toBeNull();
  });
});
