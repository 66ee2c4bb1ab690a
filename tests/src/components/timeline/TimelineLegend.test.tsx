/** @vitest-environment jsdom */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);
import { TimelineLegend } from '../../../../src/components/timeline/TimelineLegend';
import en from '../../../../src/i18n/locales/en.json';
import kk from '../../../../src/i18n/locales/kk.json';
import ru from '../../../../src/i18n/locales/ru.json';

describe('TimelineLegend', () => {
  for (const [lang, messages] of Object.entries({ kk, ru, en })) {
    it(`TimelineLegend explains every mark style in ${lang}`, () => {
      render(<TimelineLegend labels={messages.legend} />);
      const items = screen.getAllByRole('listitem', { hidden: true });
      expect(items).toHaveLength(Object.keys(messages.legend).length - 1);
      for (const [key, text] of Object.entries(messages.legend))
        if (key !== 'title') expect(screen.getByText(text)).toBeTruthy();
    });
  }
  it('TimelineLegend starts closed and Esc closes it with focus back on its summary', () => {
    render(<TimelineLegend labels={en.legend} />);
    const summary = screen.getByText(en.legend.title);
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    details.open = true;
    fireEvent.keyDown(screen.getByText(en.legend.point), { key: 'Escape' });
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(summary);
  });
});
