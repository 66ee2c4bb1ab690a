/**
 * An act only talked of is no event: the content of an idea ("идею прямых выборов"), what talk, a
 * dispute or a petition is about or against ("разговоры о его отставке", "петиция против
 * переименования"), anything after "против" or "вокруг". The same nouns still report the act when
 * the sentence tells it ("5 мая министр ушел в отставку", "выборы пройдут 5 мая").
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const reads = (sentence: string, type: string) =>
  findTriggers(sentence, 'ru').some((h) => h.trigger.type === type);

/** The talk before the noun, each in its forms. */
const IDEA = ['Идея', 'Идеи', 'Идею', 'Идеей', 'об идее'];
const TALK = [
  'Разговоры о',
  'Разговор о',
  'Слухи о',
  'Спекуляции вокруг',
  'Споры вокруг',
  'Дискуссия о',
  'Дебаты о',
  'Петиция против',
  'Петицию против',
  'Протестуют против',
  'Все говорят вокруг',
];
/** Each noun cue in the case the talk governs, and its type. */
const NOUNS: Array<[string, string, string]> = [
  // [after an idea (genitive), after a preposition, type]
  ['прямых выборов', 'выборах', 'election'],
  ['референдума', 'референдуме', 'referendum'],
  ['переименования столицы', 'переименовании столицы', 'renaming'],
  ['отставки министра', 'отставке министра', 'resignation'],
];
const prep = (talk: string, noun: [string, string, string]) =>
  /(?:вокруг|против)$/u.test(talk) ? noun[0] : noun[1];

describe('an act that is only the content of an idea or of talk is no event', () => {
  it.each(IDEA.flatMap((idea) => NOUNS.map((n) => [`${idea} ${n[0]}`, n[2]] as const)))(
    '%s 5 мая … (%s)',
    (phrase, type) => {
      expect(reads(`${phrase} президент озвучил 5 мая.`, type)).toBe(false);
    },
  );
  it.each(TALK.flatMap((talk) => NOUNS.map((n) => [`${talk} ${prep(talk, n)}`, n[2]] as const)))(
    '%s … (%s)',
    (phrase, type) => {
      expect(reads(`${phrase} пошли 5 мая.`, type)).toBe(false);
    },
  );
  it.each([
    ['Идею прямых выборов акимов президент озвучил в послании 16 марта 2022 года.', 'election'],
    ['Разговоры о его отставке пошли после январских событий.', 'resignation'],
    ['В соцсетях появилась петиция против переименования.', 'renaming'],
    ['Споры вокруг референдума не утихают.', 'referendum'],
  ])('%s (no %s)', (sentence, type) => {
    expect(reads(sentence, type)).toBe(false);
  });
});

describe('the same nouns still report the act', () => {
  it.each([
    ['5 мая министр ушел в отставку.', 'resignation'],
    ['Министр заявил о своей отставке 5 мая.', 'resignation'],
    ['Выборы пройдут 5 мая.', 'election'],
    ['Референдум состоялся 5 июня.', 'referendum'],
    ['Столицу переименовали 23 марта.', 'renaming'],
    ['Спортсмены о выборах не говорили, выборы прошли 5 мая.', 'election'],
  ])('%s (%s)', (sentence, type) => {
    expect(reads(sentence, type)).toBe(true);
  });
});
