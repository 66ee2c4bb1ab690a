/**
 * A document or a gathering in the locative with a participle of saying or setting down in the
 * similative after it ("Жолдауда айтылғандай", "Заңда көрсетілгендей", "съезде атап
 * өтілгендей") is where the words come from, no event of the sentence. Generated: sources in the
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

  it('the address itself, told, still is', () => {
    expect(live('Мемлекет басшысы 2025 жылғы 8 қыркүйекте Жолдауын жариялады.', 'address')).toBe(true); // prettier-ignore
  });
});
