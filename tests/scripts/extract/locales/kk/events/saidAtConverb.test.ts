/**
 * A speech made at a gathering named in the locative, told by its converb before the clause of
 * saying ("отырыста сөз сөйлеп, Үкіметтің жаңа құрамы жасақталатынын айтты"), is a statement
 * made there, whatever the words report: the converb ties the place to the speaking. Not where
 * the last clause is another act ("отырысында сөз сөйлеп, кандидатураны ұсынды"). Generated:
 * gatherings in the locative, bare and after the possessive × converbs of speaking × verbs of
 * saying. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const saidAt = (sentence: string) =>
  findTriggers(sentence, 'kk').some((h) => h.trigger.facet === 'said-at');

const AT = ['отырыста', 'отырысында', 'кеңесте', 'кеңесінде', 'кездесуде', 'кездесуінде', 'жиында', 'жиынында', 'басқосуда']; // prettier-ignore
const CONVERBS = ['сөз сөйлеп', 'баяндама жасап', 'атап өтіп'];
const SAYING = ['айтты', 'атап өтті', 'жеткізді', 'шақырды', 'ескертті'];

describe('Kazakh: a speech at a gathering told by its converb', () => {
  const cases = AT.flatMap((at) =>
    CONVERBS.flatMap((c) =>
      SAYING.map(
        (v) => `Спикер ${at} ${c}, Үкіметтің жаңа құрамы алдағы күндері жасақталатынын ${v}.`,
      ),
    ),
  );
  it.each(cases)('%s', (s) => expect(saidAt(s)).toBe(true));
});

describe('Kazakh: no statement where the last clause is another act', () => {
  it.each(
    AT.map(
      (at) => `Мемлекет басшысы ${at} сөз сөйлеп, Премьер-министр лауазымына кандидатура ұсынды.`,
    ),
  )('%s', (s) => expect(saidAt(s)).toBe(false));
});
