/**
 * A bribe taken or given on a day the sentence gives ("2022 жылы … пара алған") is the offence's
 * own event (other/bribe), in every form of ал and бер that tells the act (verbForms.ts); what a
 * verdict was for ("пара алғаны үшін сотталды") and a bribe undated are not. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const bribes = (sentence: string) =>
  findTriggers(sentence, 'kk').filter((h) => h.trigger.facet === 'bribe');

// Past, perfect, intention, present, habitual, converb of ал and бер.
const VERBS = [
  'алды', 'алған', 'алмақ', 'алады', 'алатын', 'алып',
  'берді', 'берген', 'бермек', 'береді', 'беретін', 'беріп',
]; // prettier-ignore

describe('Kazakh: a bribe taken', () => {
  it.each(VERBS.map((verb) => `Шенеунік 2022 жылы кәсіпкерден 5 млн теңге пара ${verb}.`))(
    'an offence: %s',
    (sentence) => expect(bribes(sentence)).not.toHaveLength(0),
  );

  it('is dated by the year the sentence gives', () => {
    const events = eventsOf(
      'kk',
      'Тергеу деректеріне сәйкес, әкім 2022 жылы кәсіпкерден пара алған.',
    );
    expect(events.events.map((e) => [e.type, e.date.edtf, e.title.en])).toContainEqual([
      'other',
      '2022',
      'A bribe',
    ]);
  });

  it.each(['Сот оны 2023 жылы пара алғаны үшін соттады.', 'Ол 2023 жылы пара алды деп танылды.'])(
    'what a verdict was for: %s',
    (sentence) => expect(bribes(sentence)).toHaveLength(0),
  );

  it('undated, no event', () => {
    const events = eventsOf('kk', 'Тергеу деректеріне сәйкес, әкім кәсіпкерден пара алған.');
    expect(events.events.map((e) => e.type)).not.toContain('other');
  });
});
