/**
 * A resignation announced or a letter filed is not a resignation done: "Аким района Гульнар
 * Сапарова заявила об отставке" was titled "… steps down as akim", and the Kazakh "… отставкаға
 * кететінін мәлімдеді" was left planned with no date, read by what she said ahead. The announcement
 * is the day's act, dated as told, titled "announces her resignation" ("submits" for a letter).
 * Sentences written for the test, generated over genders, verbs, word orders, a post and a date.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const events = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12').events.map(
    (e) => `${e.type} ${e.status} ${e.date.edtf} ${e.title.en}`,
  );

const PEOPLE = [
  { ru: 'Ерлан Сапаров', kk: 'Ерлан Сапаров', en: 'Yerlan Saparov', his: 'his', a: '' },
  { ru: 'Гульнар Сапарова', kk: 'Гүлнар Сапарова', en: 'Gulnar Saparova', his: 'her', a: 'а' },
];
const POSTS = [
  { ru: '', kk: '', en: '' },
  { ru: 'Аким района ', kk: 'Аудан әкімі ', en: ' as akim (governor)' },
];
const RU_DATES = [
  ['', '2025-03-12'],
  [' 10 марта', '2025-03-10'],
] as const;

/** A post mid-sentence is written small: "аким района Гульнар Сапарова". */
const lower = (w: string) => w.replace(/^Аким/u, 'аким');
// [sentence(who, ending of the past, date), letter?]
type Form = [(who: string, a: string, d: string) => string, boolean];
// prettier-ignore
const RU_FORMS: Form[] = [
  [(w, a, d) => `${w}${d} заявил${a} об отставке.`, false],
  [(w, a, d) => `${w}${d} объявил${a} о своей отставке.`, false],
  [(w, a, d) => `${w}${d} заявил${a} о намерении уйти в отставку.`, false],
  [(w, a, d) => `${w}${d} сообщил${a} о решении покинуть пост.`, false],
  [(w, a, d) => `${w}${d} заявил${a}, что уходит в отставку.`, false],
  [(w, a, d) => `Об отставке${d} заявил${a} ${lower(w)}.`, false],
  [(w, a, d) => `${w}${d} подал${a} заявление об отставке.`, true],
  [(w, a, d) => `${w}${d} направил${a} прошение об отставке.`, true],
  [(w, a, d) => `Заявление об отставке ${lower(w)} подал${a}${d}.`, true],
];
// prettier-ignore
const KK_FORMS: [(who: string) => string, boolean][] = [
  [(w) => `${w} отставкаға кететінін мәлімдеді.`, false],
  [(w) => `${w} қызметінен кететінін айтты.`, false],
  [(w) => `${w} отставкаға кететіні туралы хабарлады.`, false],
  [(w) => `${w} қызметінен кету туралы шешімін жариялады.`, false],
  [(w) => `${w} отставкаға кету туралы өтініш берді.`, true],
  [(w) => `${w} отставка туралы өтінішін тапсырды.`, true],
  [(w) => `${w} қызметінен босату туралы арыз жазды.`, true],
  [(w) => `${w} отставкаға кету туралы өтініш берген.`, true],
];

const title = (p: (typeof PEOPLE)[number], post: (typeof POSTS)[number], letter: boolean) =>
  `${p.en} ${letter ? 'submits' : 'announces'} ${p.his} resignation${post.en}`;

const RU_CASES = PEOPLE.flatMap((p) =>
  POSTS.flatMap((post) =>
    RU_DATES.flatMap(([d, day]) =>
      RU_FORMS.map(([f, letter]) => [
        f(`${post.ru}${p.ru}`, p.a, d),
        `resignation reported ${day} ${title(p, post, letter)}`,
      ]),
    ),
  ),
);
const KK_CASES = PEOPLE.flatMap((p) =>
  POSTS.flatMap((post) =>
    KK_FORMS.map(([f, letter]) => [
      f(`${post.kk}${p.kk}`),
      `resignation reported 2025-03-12 ${title(p, post, letter)}`,
    ]),
  ),
);

describe('a resignation announced or asked for is the announcement, not the post left', () => {
  it.each(RU_CASES)('ru %s', (text, want) => expect(events('ru', text!)).toEqual([want]));
  it.each(KK_CASES)('kk %s', (text, want) => expect(events('kk', text!)).toEqual([want]));
  // (Told as done in the same article, announced and done are one story, done.)
  it.each([
    ['ru', 'Аким района Гульнар Сапарова заявила об отставке. Президент принял её отставку.'],
    ['ru', 'Аким района Гульнар Сапарова подала заявление об отставке. Она ушла с поста акима.'],
    ['kk', 'Аудан әкімі Гүлнар Сапарова отставкаға кететінін мәлімдеді. Ол қызметінен кетті.'],
    ['kk', 'Аудан әкімі Гүлнар Сапарова отставка туралы өтініш берді. Ол қызметінен кетті.'],
  ] as const)('%s %s', (lang, text) =>
    expect(events(lang, text)).toEqual([
      'resignation reported 2025-03-12 Gulnar Saparova steps down as akim (governor)',
    ]),
  );
  // (Accepted, it is done: the post is left.)
  it.each([
    ['ru', 'Президент принял заявление об отставке акима района Ерлана Сапарова.'],
    ['kk', 'Президент аудан әкімі Ерлан Сапаровтың отставкасын қабылдады.'],
  ] as const)('%s %s', (lang, text) =>
    expect(events(lang, text)).toEqual([
      'resignation reported 2025-03-12 Yerlan Saparov steps down as akim (governor)',
    ]),
  );
});
