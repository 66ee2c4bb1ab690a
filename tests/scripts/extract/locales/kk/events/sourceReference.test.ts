/**
 * A document or a gathering in the locative with a participle of saying or setting down in the
 * similative after it ("Жолдауда айтылғандай", "Заңда көрсетілгендей", "съезде атап
 * өтілгендей"), or describing what was said there ("Жолдауда айтылған міндеттер"), is where the
 * words come from, no event of the sentence; unless an attributive date dates it. Generated: sources in the
 * locative × passive participles in the similative, by harmony and the stem's last sound.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { passiveOf, verbForms, isFront } from './kkVerbParadigm';

const live = (sentence: string, type: string) =>
  findTriggers(sentence, 'kk').some((h) => h.trigger.type === type && !h.topic);

const SOURCES: Array<[string, string]> = [
  ['Жолдауда', 'address'],
  ['Президент Жолдауында', 'address'],
  ['партия съезінде', 'congress'],
  ['Заңда', 'law'],
];
/** The similative of the passive participle: айт-ыл-ған-дай, көрсет-іл-ген-дей. */
const AS_SAID = ['айт', 'көрсет', 'белгіле', 'атап өт'].map((stem) => {
  const p = verbForms(passiveOf(stem)).perfect;
  return `${p}${isFront(stem) ? 'дей' : 'дай'}`;
});

describe('Kazakh: a source of the words is no event', () => {
  const cases = SOURCES.flatMap(([source, type]) =>
    AS_SAID.map((as) => [`${source} ${as}, референдум 2027 жылы өтеді.`, type] as const),
  );
  it.each(cases)('%s', (sentence, type) => expect(live(sentence, type)).toBe(false));

  // What was said or set there, a participle before its noun, active or passive.
  const described = ['айт', 'жүкте', 'белгіле'].flatMap((stem) => [
    verbForms(stem).perfect,
    verbForms(passiveOf(stem)).perfect,
  ]);
  it.each(
    described.flatMap((p) => [
      `Әкімдер Жолдауда ${p} міндеттерді орындауы керек.`,
      `«Мен Жолдауда ${p} уәдемді орындаймын», – деді ол.`,
    ]),
  )('%s', (sentence) => expect(live(sentence, 'address')).toBe(false));

  it('a source with its own date in the attributive is dated, so told', () => {
    expect(live('Реформаның бағыттары 16 наурыздағы Жолдауда жарияланған еді.', 'address')).toBe(true); // prettier-ignore
  });

  it('the address itself, told, still is', () => {
    expect(live('Мемлекет басшысы 2025 жылғы 8 қыркүйекте Жолдауын жариялады.', 'address')).toBe(true); // prettier-ignore
  });
});
