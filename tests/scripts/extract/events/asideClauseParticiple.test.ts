/**
 * Who a Kazakh or Russian participle phrase names acts in that phrase only (events/asideClause.ts):
 * the person who proposed or passed the law a head of state signs is no signer ("Сайыров ұсынған
 * заңға Президент қол қойды", the main clause's own subject after the oblique head:
 * locales/kk/participleSubject.ts), and the law's step the participle tells is not done by whom
 * the main clause names ("Парламент 3 наурызда қабылдаған заңға Тоқаев 5 наурызда қол қойды").
 * Sentences written for the test, published 12 March 2025.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

/** Each law event as "date: actors", by date. */
const acts = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12')
    .events.filter((e) => e.type === 'law')
    .map((e) => `${e.date.edtf}: ${e.actors.map((a) => a.name).join(', ')}`)
    .sort();

/** The phrase's subject, with his post or not. */
const KK_AUTHORS = ['Ерлан Сайыров', 'Мәжіліс депутаты Ерлан Сайыров'];
const KK_PARTICIPLES = ['ұсынған', 'әзірлеген', 'мақұлдаған', 'қабылдаған', 'бекіткен'];
/** The law in the dative, the case "қол қою" takes. */
const KK_HEADS = ['заңға', 'сайлау туралы заңға'];
/** The main clause's subject: a bare post, or the head of state by name. */
const KK_SIGNERS = [
  ['Президент', ''],
  ['Мемлекет басшысы', ''],
  ['Тоқаев', 'Тоқаев'],
  ['Қасым-Жомарт Тоқаев', 'Қасым-Жомарт Тоқаев'],
] as const;

const described = KK_AUTHORS.flatMap((author) =>
  KK_PARTICIPLES.flatMap((participle) =>
    KK_HEADS.flatMap((head) =>
      KK_SIGNERS.flatMap(([signer, actor]) => [
        [`${author} ${participle} ${head} ${signer} қол қойды.`, `2025-03-12: ${actor}`],
        [`${author} ${participle} ${head} 5 наурызда ${signer} қол қойды.`, `2025-03-05: ${actor}`],
      ]),
    ),
  ),
);

const KK_DAYS = [
  ['3 наурызда', '5 наурызда', '2025-03-03', '2025-03-05'],
  ['14 қаңтарда', '2 ақпанда', '2025-01-14', '2025-02-02'],
  ['20 ақпанда', '1 наурызда', '2025-02-20', '2025-03-01'],
] as const;
const KK_BODIES = ['Парламент', 'Мәжіліс', 'Сенат'];
const KK_STEPS = ['қабылдаған', 'мақұлдаған', 'бекіткен'];
const KK_PERSONS = ['Тоқаев', 'Қасым-Жомарт Тоқаев'];

const kkSteps = KK_BODIES.flatMap((body) =>
  KK_STEPS.flatMap((step) =>
    KK_PERSONS.flatMap((person) =>
      KK_DAYS.map(([d1, d2, e1, e2]): [string, string[]] => [
        `${body} ${d1} ${step} заңға ${person} ${d2} қол қойды.`,
        [`${e1}: `, `${e2}: ${person}`],
      ]),
    ),
  ),
);

const RU_DAYS = [
  ['3 марта', '5 марта', '2025-03-03', '2025-03-05'],
  ['14 января', '2 февраля', '2025-01-14', '2025-02-02'],
  ['20 февраля', '1 марта', '2025-02-20', '2025-03-01'],
] as const;
const RU_STEPS = ['принятый парламентом', 'одобренный Сенатом', 'принятый Мажилисом', 'утверждённый Парламентом']; // prettier-ignore
const RU_PERSONS = ['Токаев', 'Касым-Жомарт Токаев'];

const ruSteps = RU_STEPS.flatMap((step) =>
  RU_PERSONS.flatMap((person) =>
    RU_DAYS.map(([d1, d2, e1, e2]): [string, string[]] => [
      `Закон, ${step} ${d1}, ${person} подписал ${d2}.`,
      [`${e1}: `, `${e2}: ${person}`],
    ]),
  ),
);

describe('who a participle phrase names acts in that phrase only', () => {
  it.each(described)('kk, the describing phrase names no signer: %s', (text, expected) => {
    expect(acts('kk', text)).toEqual([expected]);
  });
  it.each(kkSteps)("kk, the participle's step is its phrase's: %s", (text, expected) => {
    expect(acts('kk', text)).toEqual(expected);
  });
  it.each(ruSteps)("ru, the participle's step is its phrase's: %s", (text, expected) => {
    expect(acts('ru', text)).toEqual(expected);
  });
});
