import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import raw from '../../fixtures/events.sample.json';
import { UnplacedPanel } from '../../../src/components/UnplacedPanel';
import { setupI18n } from '../../../src/i18n/setupI18n';
import { EventsFile, type Unplaced } from '../../../src/model/schema';
import { firstViewHtml } from '../../../scripts/vite/firstView';
import { firstViewUnplacedHtml } from '../../../scripts/vite/firstViewUnplaced';

const sample = EventsFile.parse(raw);
const [kkSource, otherSource] = sample.sources;

/** The sample's item and one of each other shape: a Russian source, a TIMEX, no evidence, no source. */
const items: Unplaced[] = [
  ...sample.unplaced,
  {
    sourceId: otherSource!.id,
    kind: 'date-expression',
    reason: 'year unknown',
    reasonCode: 'year-unknown',
    evidence: { start: 10, end: 40, text: 'Съезд пройдёт 20 ноября & <b>в Астане</b>' },
    timex: 'XXXX-11-20',
  },
  { sourceId: kkSource!.id, kind: 'article', reason: 'no event', reasonCode: 'no-event' },
  {
    sourceId: 'missing_source',
    kind: 'event',
    reason: 'recalled',
    reasonCode: 'recalled-no-date',
    evidence: { start: 0, end: 5, text: 'Бұрын' },
    more: [
      { start: 20, end: 40, text: 'Ол кезде съезд <өтті>.' },
      { start: 50, end: 60, text: 'Тағы бір сөйлем.' },
    ],
  },
];
const data: EventsFile = {
  ...sample,
  sources: [kkSource!, { ...otherSource!, language: 'ru' }],
  unplaced: items,
};

describe('firstViewUnplacedHtml', () => {
  it('firstViewUnplacedHtml(data) is the markup the app draws for the section in Kazakh', async () => {
    const i18n = await setupI18n('kk');
    const app = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <UnplacedPanel
          items={data.unplaced}
          sourceById={new Map(data.sources.map((s) => [s.id, s]))}
        />
      </I18nextProvider>,
    );
    // Same elements, classes, text and spaces: the app's section takes over the static boxes.
    expect(firstViewUnplacedHtml(data)).toBe(app.replace(/&#x27;/gu, '&#39;'));
  });

  it('firstViewUnplacedHtml(data) lists the items in the file order, in Kazakh, escaped', () => {
    const html = firstViewUnplacedHtml(data);
    const lis = [...html.matchAll(/<li>(.*?)<\/li>/gu)].map((m) => m[1]!);
    expect(lis).toHaveLength(4);
    expect(lis[0]).toContain('Жақын уақытта біз аудан әкімдерін тікелей сайлауға көшеміз.');
    expect(lis[0]).toContain('<span class="badge">Оқиға</span>');
    expect(lis[0]).toContain('Себебі: мәтінде де, жариялану күнінде де күн жоқ (FUTURE_REF)');
    expect(lis[0]).toContain(`— ${kkSource!.title}`);
    expect(lis[1]).toContain('<span class="badge">Күн сөзі</span>');
    expect(lis[1]).toContain('<span class="evidence" lang="ru">');
    expect(lis[1]).toContain('&amp; &lt;b&gt;в Астане&lt;/b&gt;');
    expect(lis[1]).toContain('(XXXX-11-20)');
    expect(lis[2]).not.toContain('class="evidence"');
    expect(lis[3]).toContain('— missing_source');
    // The other sentences that tell it, behind a closed summary, escaped.
    expect(lis[3]).toContain(
      '<details class="unplaced-more"><summary>Бұл туралы басқа сөйлемдер: 2</summary>',
    );
    expect(lis[3]).toContain(
      '<p><span class="evidence" lang="kk">Ол кезде съезд &lt;өтті&gt;.</span></p>',
    );
    expect(lis.slice(0, 3).join('')).not.toContain('unplaced-more');
    expect(html).toMatch(/^<section class="unplaced" aria-label="Әлі орналастырылмағандар">/u);
    expect(html).not.toContain('<b>');
  });

  it('firstViewUnplacedHtml(data) is empty when every item is placed (the app shows no section)', () => {
    expect(firstViewUnplacedHtml({ ...data, unplaced: [] })).toBe('');
  });

  it('firstViewHtml(data) carries the section inside main, after the list of events', () => {
    const html = firstViewHtml(data);
    expect(html).toMatch(/<\/ol><section class="unplaced"[^]*<\/section><\/main>/u);
  });
});
