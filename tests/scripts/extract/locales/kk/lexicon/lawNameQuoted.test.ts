/**
 * A Kazakh law named in quotes is that law. "Мемлекет басшысы «Бұқаралық ақпарат құралдары
 * туралы» Заңға қол қойды" (sentences written for the check) was "the law": the names of
 * locales/kk/lexicon/lawWords.ts wanted "туралы" right before "заң", and a quoted name closes its
 * quote between them. Named so, it is another law than one told by what it is about, as two told
 * by what they are about are (events/mergeInArticle.ts, lawNames.ts otherLaws); and the media law
 * is also "О массовой информации", "Бұқаралық ақпарат туралы", so a headline naming it so joins
 * its lead. Generated over laws, quote marks and acts.
 */
import { describe, expect, it } from 'vitest';
import { lawNameOf } from '../../../../../../scripts/extract/events/lawNames';
import { extractSentences } from '../../../events/extractSentences';

const LAWS: Array<[string, string, string]> = [
  ['Бұқаралық ақпарат құралдары туралы', 'media-law', 'the law on mass media'],
  ['Масс-медиа туралы', 'media-law', 'the law on mass media'],
  ['Бұқаралық ақпарат туралы', 'media-law', 'the law on mass media'],
  ['Саяси партиялар туралы', 'parties-law', 'the law on political parties'],
  ['Қазақстан Республикасындағы сайлау туралы', 'election-law', 'the law on elections'],
  ['Конституциялық Сот туралы', 'constitutional-court-law', 'the law on the Constitutional Court'],
];
const QUOTES: Array<[string, string]> = [
  ['«', '»'],
  ['"', '"'],
  ['“', '”'],
];
const ACTS: Array<[(law: string) => string, (en: string) => string]> = [
  [(law) => `Мемлекет басшысы ${law} Заңға қол қойды.`, (en) => `The President signs ${en}`],
  [(law) => `Мемлекет басшысы ${law} Конституциялық заңға қол қойды.`, (en) => `The President signs ${en}`], // prettier-ignore
  [(law) => `${law} Заң 1 шілдеде күшіне енеді.`, (en) => `${en[0]!.toUpperCase()}${en.slice(1)} to come into force`], // prettier-ignore
];
const CASES = LAWS.flatMap(([name, key, en]) =>
  QUOTES.flatMap(([open, close]) =>
    ACTS.map(([act, title]) => [act(`${open}${name}${close}`), key, title(en)] as const),
  ),
);

describe('a Kazakh law named in quotes', () => {
  it.each(CASES)('%s', (text, key, title) => {
    expect(lawNameOf('kk', text)?.law).toBe(key);
    const law = extractSentences('kk', text, '2025-03-12').events.filter((e) => e.type === 'law');
    expect(law.map((e) => e.title.en)).toEqual([title]);
  });
});

describe('a headline and its lead naming one media law are one event', () => {
  const HEADS = ['Токаев подписал новый закон о СМИ', 'Токаев подписал закон о масс-медиа'];
  const LEADS = [
    'Президент Касым-Жомарт Токаев сегодня подписал Закон «О массовой информации», сообщает пресс-служба.',
    'Глава государства сегодня подписал закон о массовой информации.',
  ];
  it.each(HEADS.flatMap((h) => LEADS.map((l) => [h, l])))('%s / %s', (head, lead) => {
    const law = extractSentences('ru', `${head}\n\n${lead}`, '2025-03-12').events.filter(
      (e) => e.type === 'law',
    );
    expect(law.map((e) => e.title.en)).toEqual([expect.stringMatching(/the law on mass media$/u)]);
  });
});
