/** @vitest-environment jsdom */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../../../src/components/classroom/UpdatePrompt';

afterEach(cleanup);

describe('UpdatePrompt', () => {
  it('renders nothing until there is news', () => {
    const { container } = render(
      <UpdatePrompt needRefresh={false} onUpdate={vi.fn()} onDismiss={vi.fn()} lang="kk" />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('offers to update or wait when a new build is waiting', () => {
    const onUpdate = vi.fn();
    const onDismiss = vi.fn();
    render(<UpdatePrompt needRefresh onUpdate={onUpdate} onDismiss={onDismiss} lang="kk" />);
    expect(screen.getByRole('status')).toHaveTextContent('Жаңа нұсқа шықты.');
    fireEvent.click(screen.getByRole('button', { name: 'Жаңарту' }));
    fireEvent.click(screen.getByRole('button', { name: 'Кейін' }));
    expect(onUpdate).toHaveBeenCalledOnce();
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
