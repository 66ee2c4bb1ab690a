/**
 * An invitation with no infinitive is one too, and a date inside it is the visit's. "Путин
 * пригласил Токаева в Москву", "… с государственным визитом в Москву в апреле", "Путин Тоқаевты
 * сәуір айында Мәскеуге сапармен келуге шақырды" (test sentences written for the check) gave no
 * event, or a visit of last April told as made. Now: the invitation, titled as one, on the news
 * day (the April is the invited visit's). Generated over wordings, dates and places.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
// prettier-ignore
const PLACES = [
  { kkDat: 'Мәскеуге', ru: 'Москву', en: 'Moscow' },
  { kkDat: 'Астанаға', ru: 'Астану', en: 'Astana' },
  { kkDat: 'Ташкентке', ru: 'Ташкент', en: 'Tashkent' },
];
const RU_WAYS = ['', 'с государственным визитом ', 'с официальным визитом ', 'посетить '];
const RU_DATES = ['', ' в апреле', ' 20 апреля', ' в мае'];
const KK_WAYS = ['сапармен келуге', 'ресми сапармен келуге', 'ресми сапарға', 'келуге'];
const KK_DATES = ['', 'сәуір айында ', '20 сәуірде ', 'мамыр айында '];

const RU = PLACES.flatMap((p) =>
  RU_WAYS.flatMap((w) =>
    RU_DATES.map((d) => ({
      text: `Президент России Владимир Путин пригласил Токаева ${w}${w === 'посетить ' ? '' : 'в '}${p.ru}${d}.`,
      en: `Vladimir Putin invites Tokayev to ${p.en}`,
    })),
  ),
);
const KK = PLACES.flatMap((p) =>
  KK_WAYS.flatMap((w) =>
    KK_DATES.map((d) => ({
      text: `Ресей Президенті Владимир Путин Тоқаевты ${d}${p.kkDat} ${w} шақырды.`,
      en: `Vladimir Putin invites Tokayev to ${p.en}`,
    })),
  ),
);

describe('an invitation is the news of its day, its date the visit’s', () => {
  it.each([
    ...RU.map((r) => ({ ...r, lang: 'ru' as const })),
    ...KK.map((r) => ({ ...r, lang: 'kk' as const })),
  ])('$lang $text', ({ lang, text, en }) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => [e.type, e.date.edtf, e.status])).toEqual([
      ['proposal', PUB, 'reported'],
    ]);
    expect(events[0]!.title.en).toBe(en);
  });
});
