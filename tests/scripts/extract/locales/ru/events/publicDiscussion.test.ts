/**
 * A public discussion ("всенародное обсуждение продлится до 20 февраля", "год уйдет на широкое
 * обсуждение") is a debate of the public over weeks, no gathering; what was discussed by people
 * ("лидеры обсудили", "вопрос был обсужден на заседании") still tells a meeting.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const discussion = (sentence: string) =>
  findTriggers(sentence, 'ru').some((h) => h.trigger.facet === 'discussion');

const ADJECTIVES = ['всенародн', 'общенародн', 'общественн', 'широк', 'публичн', 'открыт'];
/** Case endings of the adjective with the noun's form they agree with. */
const FORMS: Array<[string, string, string]> = [
  // [adjective ending after a hard stem, after к (широк-), noun]
  ['ое', 'ое', 'обсуждение'],
  ['ого', 'ого', 'обсуждения'],
  ['ому', 'ому', 'обсуждению'],
  ['ым', 'им', 'обсуждением'],
  ['ом', 'ом', 'обсуждении'],
  ['ые', 'ие', 'обсуждения'],
];

describe('a public discussion is no meeting', () => {
  it.each(
    ADJECTIVES.flatMap((a) =>
      FORMS.map(([hard, soft, noun]) => `${a}${a.endsWith('к') ? soft : hard} ${noun}`),
    ),
  )('%s', (phrase) => {
    expect(discussion(`5 мая началось ${phrase} проекта.`)).toBe(false);
  });
  it.each([
    'Президент сказал, что год уйдет на широкое обсуждение, а референдум можно провести в 2027 году.',
    'Всенародное обсуждение продлится до 20 февраля.',
  ])('%s', (sentence) => {
    expect(discussion(sentence)).toBe(false);
  });
});

describe('a discussion among people is still a meeting', () => {
  it.each([
    'Лидеры 5 мая обсудили торговлю.',
    'Вопрос был обсужден на заседании 5 мая.',
    'Депутаты обсудят бюджет 5 мая.',
    'Обсуждение бюджета в Мажилисе прошло 5 мая.',
  ])('%s', (sentence) => {
    expect(discussion(sentence)).toBe(true);
  });
});
