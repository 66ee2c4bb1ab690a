/** @vitest-environment jsdom */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

// No vitest globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);
import { sendLiveViewport } from '../../../../src/components/timeline/liveViewport';
import { TimelineView } from '../../../../src/components/timeline/TimelineView';
import { SETTLE_MS } from '../../../../src/components/timeline/useLiveDomain';
import type { Event } from '../../../../src/model/schema';
import { createSyntheticEvents } from '../../../../src/timeline/synthetic';

function eventOn(id: string, edtf: string, kk: string, extra: Partial<Event> = {}): Event {
  const [base] = createSyntheticEvents(1, { seed: 9 });
  return {
    ...base!,
    id,
    themes: ['party'],
    status: 'reported',
    date: { ...base!.date, edtf, precision: edtf.length === 7 ? 'month' : 'day' },
    title: { kk, ru: kk, en: kk },
    ...extra,
  };
}

const events = [
  eventOn('congress', '2022-03-15', 'Партия съезі'),
  eventOn('election', '2022-03', 'Мәжіліс сайлауы', { themes: ['elections'] }),
  eventOn('referendum', '2022-06-05', 'Референдум', {
    status: 'planned',
    themes: ['constitution'],
  }),
];
const domain: [number, number] = [Date.UTC(2022, 0, 1), Date.UTC(2022, 11, 31)];
const titleOf = (e: Event) => e.title.kk;

function renderView(overrides: Partial<Parameters<typeof TimelineView>[0]> = {}) {
  const onDomainChange = vi.fn();
  const onSelect = vi.fn();
  render(
    <TimelineView
      events={events}
      domain={domain}
      onDomainChange={onDomainChange}
      selectedId={null}
      onSelect={onSelect}
      lang="kk"
      titleOf={titleOf}
      reducedMotion
      fullDomain={[Date.UTC(2020, 0), Date.UTC(2025, 0)]}
      {...overrides}
    />,
  );
  return {
    onDomainChange,
    onSelect,
    region: screen.getByRole('region'),
  };
}

describe('TimelineView', () => {
  it('TimelineView + + + pressed before a redraw zooms three times, not once', () => {
    const { onDomainChange, region } = renderView();
    for (let i = 0; i < 3; i++) fireEvent.keyDown(region, { key: '+' });
    const calls = onDomainChange.mock.calls as [[number, number]][];
    const spans = calls.map(([[a, b]]) => b - a);
    expect(spans).toHaveLength(3);
    expect(spans[2]!).toBeLessThan(spans[0]! * 0.5);
  });
  it('TimelineView renders events as buttons named by title and date', () => {
    renderView();
    expect(
      screen.getByRole('button', { name: 'Партия съезі, 15 нау 2022 ж.' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Мәжіліс сайлауы, наурыз 2022' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Референдум.*Жоспарланған/ })).toBeInTheDocument();
  });
  // An event told "весной 2024 года" is dated by the year; its name keeps the season it was told in.
  it.each(
    (
      [
        ['SP', 'kk', '2024 жылдың көктемі'],
        ['SU', 'kk', '2024 жылдың жазы'],
        ['FA', 'ru', 'осень 2024 г.'],
        ['WI', 'ru', 'зима 2024 г.'],
        ['SP', 'en', 'Spring 2024'],
        ['SU', 'en', 'Summer 2024'],
      ] as const
    ).flatMap(([season, lang, text]) => [
      [season, lang, `2024-${season}`, `Сайлау, ${text}`],
      [season, lang, '2023-SP', 'Сайлау, 2024'],
    ]),
  )('TimelineView names a 2024 event told in %s (%s, timex %s) "%s"', (_s, lang, timex, name) => {
    const [base] = events;
    const told = eventOn('told', '2024', 'Сайлау', {
      date: { ...base!.date, edtf: '2024', precision: 'year', timex },
    });
    renderView({ events: [told], lang, domain: [Date.UTC(2023, 6), Date.UTC(2025, 6)] });
    expect(screen.getByRole('button', { name })).toBeInTheDocument();
  });
  it('TimelineView has one tabbable event (roving tabindex) and a focusable region', () => {
    const { region } = renderView();
    expect(region).toHaveAccessibleName('Уақыт сызығы');
    expect(region).toHaveAttribute('tabindex', '0');
    const tabbable = screen
      .getAllByRole('button')
      .filter((b) => b.getAttribute('tabindex') === '0');
    expect(tabbable).toHaveLength(1);
  });
  it('TimelineView + zooms in and - zooms out around the centre', () => {
    const span = domain[1] - domain[0];
    const first = renderView();
    fireEvent.keyDown(first.region, { key: '+' });
    const [narrow] = first.onDomainChange.mock.calls[0]! as [[number, number]];
    expect(narrow[1] - narrow[0]).toBeCloseTo(span / 1.5, -3);
    cleanup();
    const second = renderView();
    fireEvent.keyDown(second.region, { key: '-' });
    const [wide] = second.onDomainChange.mock.calls[0]! as [[number, number]];
    expect(wide[1] - wide[0]).toBeCloseTo(span * 1.5, -3);
  });
  it('TimelineView ArrowRight on the region pans later in time', () => {
    const { region, onDomainChange } = renderView();
    fireEvent.keyDown(region, { key: 'ArrowRight' });
    expect(onDomainChange.mock.calls[0]![0][0]).toBeGreaterThan(domain[0]);
  });
  it('TimelineView Enter on an event selects it; Escape clears', () => {
    const { onSelect } = renderView();
    const button = screen.getByRole('button', { name: /Партия съезі/ });
    fireEvent.keyDown(button, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith('congress');
    fireEvent.keyDown(button, { key: 'Escape' });
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });
  it('TimelineView ArrowRight on an event moves focus to the next event in time', () => {
    renderView();
    const first = screen.getByRole('button', { name: /Мәжіліс сайлауы/ });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Партия съезі/ }));
  });
  it('TimelineView marks the selected event as pressed', () => {
    renderView({ selectedId: 'referendum' });
    expect(screen.getByRole('button', { name: /Референдум/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
  it('TimelineView draws the range the overview beside it is dragged to, and reports it once settled', () => {
    vi.useFakeTimers();
    try {
      const { region, onDomainChange } = renderView();
      const overview = document.createElement('div');
      region.parentElement!.append(overview);
      expect(screen.getByRole('button', { name: /Партия съезі/ })).toBeInTheDocument();
      const june: [number, number] = [Date.UTC(2022, 5, 1), Date.UTC(2022, 6, 1)];
      act(() => sendLiveViewport(overview, june));
      expect(screen.queryByRole('button', { name: /Партия съезі/ })).toBeNull();
      expect(screen.getByRole('button', { name: /Референдум/ })).toBeInTheDocument();
      expect(onDomainChange).not.toHaveBeenCalled();
      act(() => void vi.advanceTimersByTime(SETTLE_MS));
      expect(onDomainChange).toHaveBeenCalledExactlyOnceWith(june);
    } finally {
      vi.useRealTimers();
    }
  });
  it('TimelineView uses the lang for names', () => {
    renderView({ lang: 'en' });
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Партия съезі, Mar 15, 2022' })).toBeInTheDocument();
  });
});

describe('TimelineView gradients', () => {
  it('TimelineView gives each instance its own gradient ids', () => {
    const { container } = render(
      <>
        <TimelineView {...viewProps()} />
        <TimelineView {...viewProps()} />
      </>,
    );
    const ids = [...container.querySelectorAll('linearGradient')].map((g) => g.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

function viewProps() {
  return {
    events,
    domain,
    onDomainChange: vi.fn(),
    selectedId: null,
    onSelect: vi.fn(),
    lang: 'kk' as const,
    titleOf,
    reducedMotion: true,
  };
}
