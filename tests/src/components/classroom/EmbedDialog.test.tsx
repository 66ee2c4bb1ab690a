/** @vitest-environment jsdom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmbedDialog } from '../../../../src/components/classroom/EmbedDialog';

afterEach(cleanup);

describe('EmbedDialog', () => {
  it('shows an iframe of embed.html with the view parameters and the chosen height', () => {
    render(<EmbedDialog url="https://school.kz/tl/?lang=ru&theme=party" lang="en" />);
    const code = screen.getByLabelText('Embed code (iframe)') as HTMLTextAreaElement;
    expect(code.value).toContain('src="https://school.kz/tl/embed.html?lang=ru&amp;theme=party"');
    expect(code.value).toContain('height="600"');
    expect(code.value).toContain('sandbox="allow-scripts allow-same-origin allow-popups"');
    fireEvent.change(screen.getByLabelText('Height (px)'), { target: { value: '900' } });
    expect(code.value).toContain('height="900"');
  });

  it('copies the code and the resize script', async () => {
    const copy = vi.fn(() => Promise.resolve());
    render(<EmbedDialog url="https://s/" lang="en" copy={copy} />);
    const [codeButton, scriptButton] = screen.getAllByRole('button', { name: 'Copy' });
    fireEvent.click(codeButton!);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument());
    fireEvent.click(scriptButton!);
    await waitFor(() => expect(copy).toHaveBeenCalledTimes(2));
    expect(copy.mock.calls[1]).toEqual([expect.stringContaining("'shejire:height'")]);
  });
});
