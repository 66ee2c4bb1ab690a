/**
 * The Russian perfective future in the first person read by its morphology (ruVerbForms
 * FIRST_PLURAL_MORPH, FIRST_SINGULAR_MORPH): a year-less date the speaker's own step ahead names
 * is the next such day, whichever side of the publication it falls, also after a colon that opens
 * direct speech ("Министр заявил: 20 марта мы создадим комиссию"). Nouns and adjectives of the
 * same shape ("председателем", "последним", "секретарём", "всем") are no future. And the founding
 * cue reads the first persons of создать/учредить.
 */
import { describe, expect, it } from 'vitest';
import { guessRuDirection } from '../../../../../../scripts/extract/locales/ru/dates/guessRuDirection';
import { FIRST_PLURAL_MORPH } from '../../../../../../scripts/extract/locales/ru/ruVerbForms';
import { extractSentences } from '../../../events/extractSentences';

const PLURAL = new RegExp(String.raw`^(?:${FIRST_PLURAL_MORPH})$`, 'u');

/** A perfective stem with its prefixes and its 1st-plural ending. */
// prettier-ignore
const STEMS: [stem: string, prefixes: string[], ending: string][] = [
  ['вед', ['про', 'при', 'под'], 'ём'],
  ['нес', ['в', 'при', 'пере'], 'ём'],
  ['пиш', ['под', 'на', 'за'], 'ем'],
  ['бер', ['из', 'вы', 'со'], 'ём'],
  ['им', ['при', 'пере'], 'ем'],
  ['чн', ['на'], 'ём'],
  ['мож', ['с'], 'ем'],
  ['здад', ['со'], 'им'],
  ['смотр', ['рас', 'пере'], 'им'],
  ['верд', ['ут'], 'им'],
  ['суд', ['об'], 'им'],
  ['пуст', ['за'], 'им'],
  ['став', ['пред', 'у', 'на'], 'им'],
  ['верш', ['за'], 'им'],
  ['знач', ['на'], 'им'],
  ['лож', ['пред'], 'им'],
  ['общ', ['со'], 'им'],
  ['дл', ['про'], 'им'],
  ['полн', ['вы'], 'им'],
  ['публику', ['о'], 'ем'],
  ['формиру', ['с'], 'ем'],
  ['кро', ['от'], 'ем'],
  ['стро', ['по'], 'им'],
];
const PLURALS = STEMS.flatMap(([stem, prefixes, end]) => prefixes.map((p) => `${p}${stem}${end}`));

describe('FIRST_PLURAL_MORPH: the first-person-plural future by its morphology', () => {
  it.each([...PLURALS, 'решим', 'дадим'])('%s is a first-person future', (form) => {
    expect(form).toMatch(PLURAL);
  });
  it.each([
    'председателем',
    'представителем',
    'секретарём',
    'Кремлём',
    'уровнем',
    'последним',
    'внутреннем',
    'президентским',
    'высоким',
    'следующим',
    'предстоящим',
    'общим',
    'нашим',
    'своим',
    'лучшим',
    'высшим',
    'скорейшим',
    'всем',
    'совсем',
    'затем',
    'причём',
    'самим',
    'рассматриваем',
    'подписываем',
    'приемлем',
  ])('%s is no future', (form) => {
    expect(form).not.toMatch(PLURAL);
  });
});

const VERBS = [
  ['создадим', 'комиссию'],
  ['проведём', 'заседание'],
  ['примем', 'закон'],
  ['подпишем', 'соглашение'],
  ['рассмотрим', 'бюджет'],
  ['утвердим', 'программу'],
];
const SUBJECTS = ['мы ', ''];
const PUBLISHED: [published: string, year: string][] = [
  ['2025-03-10', '2025'],
  ['2025-03-25', '2026'],
];
const cases = VERBS.flatMap(([verb, object]) =>
  SUBJECTS.flatMap((subject) =>
    PUBLISHED.map(([published, year]) => [
      `20 марта ${subject}${verb} ${object}.`,
      published,
      year,
    ]),
  ),
);

describe('a year-less date before a first-person future is ahead', () => {
  it.each(cases)('%s (published %s): future', (text) => {
    expect(guessRuDirection(text, 0, 8)).toBe('future');
  });
  it.each(
    VERBS.map(([verb, object]) => [`Министр заявил: 20 марта мы ${verb} ${object}.`] as const),
  )('%s: the date after the colon is the quoted verb’s', (text) => {
    const at = text.indexOf('20 марта');
    expect(guessRuDirection(text, at, at + 8)).toBe('future');
  });
  it.each(
    ['я подпишу указ', 'я создам рабочую группу', 'я проведу встречу'].flatMap((said) =>
      PUBLISHED.map(([published, year]) => [`20 марта ${said}.`, published, year]),
    ),
  )('%s (published %s): future in the first singular', (text) => {
    expect(guessRuDirection(text, 0, 8)).toBe('future');
  });
  it.each(PUBLISHED)(
    'through the pipeline (published %s): every event in %s',
    (published, year) => {
      const events = extractSentences(
        'ru',
        'Министр заявил: 20 марта мы создадим комиссию по реформе.',
        published,
      ).events;
      const dated = events.filter((e) => /^\d{4}-03-20$/u.test(e.date.edtf));
      expect(dated.map((e) => e.date.edtf)).toEqual([`${year}-03-20`]);
      expect(dated[0]!.status).toBe('planned');
    },
  );
});

describe('the founding cue reads the first persons of создать, учредить', () => {
  it.each(
    ['мы создадим комиссию', 'я создам рабочую группу', 'мы учредим новый фонд'].flatMap((said) =>
      PUBLISHED.map(([published, year]) => [`20 марта ${said}.`, published, year]),
    ),
  )('%s (published %s): a founding planned in %s', (text, published, year) => {
    const events = extractSentences('ru', text, published).events;
    expect(events.map((e) => `${e.type} ${e.date.edtf} ${e.status}`)).toEqual([
      `other ${year}-03-20 planned`,
    ]);
  });
});
