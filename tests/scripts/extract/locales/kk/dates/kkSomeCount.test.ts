import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * "біраз" (some, a fair number) before a unit of time is an unknown count as "бірнеше" is:
 * "осыдан біраз күн бұрын" (some days ago), "біраз жыл бойы". KazNERD marks it; it was not read.
 * Generated: every unit in the case forms and postpositions a count takes, each read exactly as
 * the same phrase with "бірнеше"; "біраз" before other nouns is no date.
 */
const tag = (text: string) =>
  tagDates(`Біз ${text} жұмыс істедік .`, { lang: 'kk', dct: '2025-02-09' }).map((t) => [
    t.text.replace(/^бірнеше/u, 'біраз'),
    t.type,
    t.value,
  ]);

const PHRASES = [
  'күн бұрын', 'күн бойы', 'күн ішінде', 'күннен бері', 'күннен кейін', 'күнге',
  'апта бұрын', 'апта бойы', 'аптадан кейін', 'ай бұрын', 'ай бойы', 'айдан бері', 'айға',
  'жыл бұрын', 'жыл бойы', 'жылдан бері', 'жылдан соң', 'жыл ішінде', 'жылға',
]; // prettier-ignore

describe('Kazakh "біраз" + a unit of time', () => {
  it.each(PHRASES)('"біраз %s" is read as "бірнеше %s"', (p) => {
    const some = tag(`біраз ${p}`);
    expect(some).toEqual(tag(`бірнеше ${p}`));
    expect(some.map(([t]) => t)).toEqual([`біраз ${p}`]);
  });
  it.each([
    ['Осыдан біраз күн бұрын желіде видео тарады .', ['біраз күн бұрын']],
    ['Біраз адам жиналды .', []],
    ['Біраз уақыттан кейін жауап келді .', []],
  ])('%s', (sentence, spans) => {
    expect(tagDates(sentence, { lang: 'kk' }).map((t) => t.text)).toEqual(spans);
  });
});
