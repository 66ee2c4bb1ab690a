/** @vitest-environment jsdom */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FACET_PAGE,
  FacetGroup,
  shownOptions,
  type FacetOption,
} from '../../../src/components/FacetGroup';
import { setupI18n } from '../../../src/i18n/setupI18n';

afterEach(cleanup);

const options = (n: number, checked: readonly number[] = []): FacetOption[] =>
  Array.from({ length: n }, (_, i) => ({
    key: `s${i}`,
    label: `Article ${i}`,
    count: n - i,
    checked: checked.includes(i),
  }));

async function setup(opts: FacetOption[]) {
  const i18n = await setupI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <FacetGroup legend="Articles" options={opts} onToggle={vi.fn()} collapsible />
    </I18nextProvider>,
  );
  return {
    user: userEvent.setup(),
    group: () => screen.getByRole('group', { name: 'Articles', hidden: true }),
  };
}

describe('shownOptions', () => {
  it('shownOptions(options, limit) keeps the first `limit` and every checked one after them', () => {
    const shown = shownOptions(options(10, [8]), 3);
    expect(shown.map((o) => o.key)).toEqual(['s0', 's1', 's2', 's8']);
    expect(shownOptions(options(3), 3)).toHaveLength(3);
  });
});

describe('FacetGroup', () => {
  it('<FacetGroup collapsible> renders no option while folded', async () => {
    const { group } = await setup(options(500));
    expect(within(group()).queryAllByRole('checkbox', { hidden: true })).toHaveLength(0);
  });

  it('<FacetGroup> shows a long list a page at a time, with "show more"', async () => {
    const { user, group } = await setup(options(FACET_PAGE * 2 + 7));
    await user.click(screen.getByText('Articles'));
    expect(within(group()).getAllByRole('checkbox')).toHaveLength(FACET_PAGE);
    await user.click(screen.getByRole('button', { name: `Show ${FACET_PAGE} more` }));
    expect(within(group()).getAllByRole('checkbox')).toHaveLength(FACET_PAGE * 2);
    await user.click(screen.getByRole('button', { name: 'Show 7 more' }));
    expect(within(group()).getAllByRole('checkbox')).toHaveLength(FACET_PAGE * 2 + 7);
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
  });

  it('<FacetGroup> opens with a pick, and shows a picked option beyond the first page', async () => {
    await setup(options(FACET_PAGE + 30, [FACET_PAGE + 20]));
    const name = new RegExp(`^Article ${FACET_PAGE + 20}\\s*\\(10\\)$`);
    const picked = screen.getByRole('checkbox', { name });
    expect(picked).toBeChecked();
    expect(screen.getAllByRole('checkbox')).toHaveLength(FACET_PAGE + 1);
  });
});
