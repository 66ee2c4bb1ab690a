/**
 * A condition ("если …", "при условии, что …") and its main clause are dated apart: "Если
 * референдум состоится в 2027 году, выборы пройдут не раньше 2028-го" (the referendum 2027, the
 * vote 2028), "Если закон будет принят, парламент сложит полномочия с 1 июля" (1 July is not the
 * law's). Sentences written for this test, generated over the condition's tense and voice and
 * the main clause's date.
 */
import { describe, expect, it } from 'vitest';
import { ruConditions } from '../../../../../../scripts/extract/locales/ru/events/conditional';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const events = (text: string, published = '2026-02-05') =>
  eventsOf('ru', text, published).events.map((e) => `${e.type} ${e.date.edtf}`);

/** A law adopted, in the condition: future passive, perfective future, present passive, past. */
const ADOPTED = [
  'закон будет принят',
  'парламент примет закон',
  'депутаты примут закон',
  'закон принят',
  'закон приняли',
];
const MAIN: Array<[string, string]> = [
  ['с 1 июля 2026 года начнется переходный период', '2026-07-01'],
  ['в 2027 году пройдут выборы', '2027'],
];

describe("a condition's act does not take the main clause's date", () => {
  for (const opening of ['Если', 'При условии, что'])
    for (const adopted of ADOPTED)
      for (const [main, date] of MAIN) {
        const text = `${opening} ${adopted}, ${main}.`;
        it(`${text} → no law of ${date}`, () => expect(events(text)).not.toContain(`law ${date}`));
      }
});

describe("the main clause's act does not take the condition's date", () => {
  it.each([
    'Если референдум состоится в 2027 году, выборы в Курултай пройдут не раньше 2028 года.',
    'Если референдум пройдет в 2027 году, выборы в Курултай состоятся в 2028 году.',
  ])('%s', (text) => {
    const got = events(text);
    expect(got).toContain('referendum 2027');
    expect(got).toContain('election 2028');
    expect(got).not.toContain('election 2027');
  });
  it('with no date of its own, the main clause is undated', () =>
    expect(
      events('Если референдум состоится в 2027 году, выборы в Курултай пройдут позже.'),
    ).not.toContain('election 2027'));
});

describe('what a condition is', () => {
  it.each([
    ['Если закон примут, выборы пройдут в 2027 году.', ['Если закон примут']],
    ['Выборы пройдут в 2027 году, если закон примут.', ['если закон примут.']],
    ['При условии что закон примут, выборы пройдут.', ['При условии что закон примут']],
  ])('%s', (text, spans) =>
    expect(ruConditions(text).map(([a, b]) => text.slice(a, b))).toEqual(spans),
  );
});

describe('a clause of an earlier or later time keeps its date', () => {
  for (const opening of ['после того, как', 'после того как', 'до того, как', 'с тех пор, как'])
    for (const [dismissed, type] of [
      ['аким был освобожден от должности в сентябре', 'resignation'],
      ['аким ушел в отставку в сентябре', 'resignation'],
    ] as const) {
      const text = `Досрочные выборы понадобились ${opening} ${dismissed}.`;
      it(`${text} → no election of September`, () => {
        const got = events(text);
        expect(got).not.toContain('election 2025-09');
        expect(got).toContain(`${type} 2025-09`);
      });
    }
});
