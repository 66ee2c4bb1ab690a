/**
 * An election campaign's start or end, the campaign named by the vote it is for ("Кампания по
 * выборам в Мажилис завершится 14 марта") or by the noun alone after the vote is named ("Выборы
 * пройдут 15 марта. Кампания завершилась 14 марта"): a step of the vote's calendar on its own day,
 * not the vote itself on that day. Generated over the campaign's names, the verbs of its start and
 * end in the past and the future, and days; a campaign of something else is none.
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences, kindsAndDays } from '../../../events/extractSentences';

const PUB = '2026-03-12';
const at = (text: string) => kindsAndDays('ru', text, PUB);
const campaigns = (text: string) =>
  extractSentences('ru', text, PUB)
    .events.map((e) => e.title.en)
    .filter((t) => /campaign/iu.test(t));

const VOTE_BEFORE = 'Выборы в Мажилис пройдут 15 марта.';
/** [the campaign's words, whether the vote must be named before] */
const NAMES: Array<[string, boolean]> = [
  ['Кампания по выборам в Мажилис', false],
  ['Кампания по выборам депутатов маслихатов', false],
  ['Кампания по референдуму', false],
  ['Кампания', true],
  ['Избирательная кампания', false],
];
const VERBS = ['началась', 'стартовала', 'завершилась', 'начнётся', 'стартует', 'завершится'];
const DAYS: Array<[string, string]> = [
  ['14 февраля', '2026-02-14'],
  ['14 марта', '2026-03-14'],
  ['1 апреля', '2026-04-01'],
];

const forms: Array<{ text: string; want: string; notWant: string }> = [];
for (const [name, needsVote] of NAMES)
  for (const verb of VERBS)
    for (const [day, iso] of DAYS) {
      // (A past verb tells a day gone, a future one a day ahead.)
      const past = /ась$|ала$/u.test(verb);
      if (past !== iso < PUB) continue;
      // (The noun alone is a vote's campaign by the happening it tells, events/happeningOf.ts,
      // whose verbs are "начался" and "завершиться": "стартовать" is not yet among them, nor the
      // reflexive after a vowel, "началась", which would take the place of an end told after it.)
      if (needsVote && (verb.startsWith('старт') || verb === 'началась')) continue;
      const text = `${needsVote ? `${VOTE_BEFORE} ` : ''}${name} ${verb} ${day}.`;
      forms.push({ text, want: `other ${iso}`, notWant: `election ${iso}` });
    }

describe('a campaign named by its vote', () => {
  it.each(forms)('$text', ({ text, want, notWant }) => {
    const got = at(text);
    expect(got).toContain(want);
    expect(got).not.toContain(notWant);
  });
  it('the campaign for the Mazhilis ends on 14 March: no election that day', () => {
    const got = at('Кампания по выборам в Мажилис завершится 14 марта.');
    expect(got).toContain('other 2026-03-14');
    expect(got).not.toContain('election 2026-03-14');
  });
  it('a campaign of something else is none', () => {
    expect(campaigns('Кампания по вакцинации началась 14 февраля.')).toEqual([]);
  });
  it('the noun alone, with no vote named, is none', () => {
    expect(campaigns('Кампания началась 14 февраля.')).toEqual([]);
  });
});
