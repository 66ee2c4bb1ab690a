// Test facade: the whole app with a fresh store, fresh i18n and the sample data (no network).
import { cleanup, render } from '@testing-library/react';
import { afterEach } from 'vitest';
import userEvent from '@testing-library/user-event';
import raw from '../../fixtures/events.sample.json';
import { App } from '../../../src/App';
import { setupI18n } from '../../../src/i18n/setupI18n';
import { EventsFile } from '../../../src/model/schema';
import { createAppStore } from '../../../src/state/createAppStore';
import type { LoadResult } from '../../../src/state/loadEvents';
import type { ViewState } from '../../../src/state/viewState';

export const sample = EventsFile.parse(raw);

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

export async function renderApp(
  view: Partial<ViewState> = {},
  load: () => Promise<LoadResult> = async () => ({ ok: true, data: sample }),
) {
  const lang = view.lang ?? 'en';
  const store = createAppStore({ mode: 'list', ...view, lang });
  const i18n = await setupI18n(lang, document);
  const user = userEvent.setup();
  const result = render(
    <App store={store} i18n={i18n} load={load} nowMs={Date.UTC(2026, 1, 20)} />,
  );
  return { store, i18n, user, ...result };
}
