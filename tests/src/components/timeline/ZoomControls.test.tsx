/** @vitest-environment jsdom */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);
import { ZoomControls } from '../../../../src/components/timeline/ZoomControls';

const labels = {
  zoomIn: 'Үлкейту',
  zoomOut: 'Кішірейту',
  fitAll: 'Барлығы',
  jumpToYear: 'Жылға өту',
};

describe('ZoomControls', () => {
  it('ZoomControls buttons call their callbacks and the year list jumps', () => {
    const cb = { onZoomIn: vi.fn(), onZoomOut: vi.fn(), onFitAll: vi.fn(), onJumpToYear: vi.fn() };
    render(<ZoomControls {...cb} years={[2019, 2022]} labels={labels} />);
    fireEvent.click(screen.getByRole('button', { name: 'Үлкейту' }));
    fireEvent.click(screen.getByRole('button', { name: 'Кішірейту' }));
    fireEvent.click(screen.getByRole('button', { name: 'Барлығы' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Жылға өту' }), {
      target: { value: '2022' },
    });
    expect(cb.onZoomIn).toHaveBeenCalledOnce();
    expect(cb.onZoomOut).toHaveBeenCalledOnce();
    expect(cb.onFitAll).toHaveBeenCalledOnce();
    expect(cb.onJumpToYear).toHaveBeenCalledWith(2022);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['—', '2019', '2022']);
  });
});
