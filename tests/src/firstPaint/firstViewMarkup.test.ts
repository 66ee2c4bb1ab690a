import { describe, expect, it } from 'vitest';
import raw from '../../fixtures/events.sample.json';
import { firstViewMarkup } from '../../../src/firstPaint/firstViewMarkup';
import { loadMessages } from '../../../src/i18n/loadMessages';
import { toCompactFile } from '../../../src/model/compact/toCompactFile';
import { EventsFile } from '../../../src/model/schema';
import { toKazakhLatin } from '../../../src/model/translit';
import en from '../../../src/i18n/locales/en.json';
import kk from '../../../src/i18n/locales/kk.json';
import ru from '../../../src/i18n/locales/ru.json';

const sample = EventsFile.parse(raw);
/** The events the dots stand for: the names their tooltips give, and "+ n" more. */
const tips = (html: string) =>
  [...html.matchAll(/<circle [^>]*><title>([^<]*)<\/title>/gu)].flatMap((m) => {
    const [name, more] = m[1]!.split('\n');
    const n = more === undefined ? 0 : Number(/^\+ (\d+)$/u.exec(more)![1]);
    return [name!, ...Array<string>(n).fill('(more)')];
  });
const named = (html: string, titles: string[]) => {
  const drawn = tips(html).map(unescape);
  expect(drawn).toHaveLength(titles.length);
  for (const name of drawn) if (name !== '(more)') expect(titles).toContain(name);
};
const unescape = (s: string) => s.replace(/&quot;/gu, '"').replace(/&#39;/gu, "'");

describe('firstViewMarkup', async () => {
  it('draws every event of a compact file, named in the reader language, with the app header', async () => {
    const html = firstViewMarkup(
      JSON.parse(JSON.stringify(toCompactFile(sample))),
      'ru',
      await loadMessages('ru'),
    )!;
    expect(html).toContain('data-first-view="data"');
    expect(html).toContain('lang="ru"');
    expect(html).toContain(`<h1>${ru.app.title}</h1>`);
    expect(html).toContain(ru.app.tagline);
    expect(html).toContain(`aria-label="${ru.timeline.label}: ${sample.events.length}"`);
    named(
      html,
      sample.events.map((e) => e.title.ru),
    );
    for (const theme of new Set(sample.events.map((e) => e.themes[0]!)))
      expect(html).toContain(`>${ru.lane[theme]}<`);
  });

  it('reads the rich events.json too, and each language its own strings', async () => {
    const html = firstViewMarkup(sample, 'en', await loadMessages('en'))!;
    expect(html).toContain(en.app.tagline.replace(/'/gu, '&#39;'));
    named(
      html,
      sample.events.map((e) => e.title.en),
    );
    expect(firstViewMarkup(sample, 'kk', await loadMessages('kk'))).toContain(kk.timeline.label);
  });

  it('kk-latn writes the Kazakh text in Latin letters but keeps the brand name', async () => {
    const html = firstViewMarkup(sample, 'kk-latn', await loadMessages('kk-latn'))!;
    expect(html).toContain('lang="kk-Latn"');
    expect(html).toContain(`<h1>${kk.app.title}</h1>`);
    expect(html).toContain(toKazakhLatin(kk.app.tagline));
    expect(tips(html).map(unescape)).toContain(toKazakhLatin(sample.events[0]!.title.kk));
  });

  it('draws what it can of a file it has not validated, and nothing when nothing is drawable', async () => {
    const broken = structuredClone(sample) as unknown as { events: unknown[] };
    broken.events.push(null, 7, { date: { edtf: 42 } }, { title: 'x' });
    const html = firstViewMarkup(broken, 'en', await loadMessages('en'))!;
    expect(tips(html)).toHaveLength(sample.events.length);
    const compact = JSON.parse(JSON.stringify(toCompactFile(sample)));
    compact.events.edtf[0] = 42;
    compact.events.themes[1] = 'party';
    expect(
      tips(firstViewMarkup(compact, 'en', await loadMessages('en'))!),
      'a compact file, less its two broken events',
    ).toHaveLength(sample.events.length - 2);
    expect(firstViewMarkup({ events: [] }, 'en', await loadMessages('en'))).toBeNull();
    expect(firstViewMarkup({ events: 'no' }, 'en', await loadMessages('en'))).toBeNull();
    expect(firstViewMarkup('text', 'en', await loadMessages('en'))).toBeNull();
    expect(firstViewMarkup(null, 'en', await loadMessages('en'))).toBeNull();
  });
});
