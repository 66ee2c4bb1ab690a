/**
 * A city becoming, or made, the capital is an event of the capital's ("1997 жылдың желтоқсанында
 * Ақмола ел астанасы болды", "астанасы болып жарияланды"); the capital it was ("астанасы болған
 * қала") and what it is ("астанасы болып табылады") are not. Generated: cities × possessors × the
 * forms kkVerb reads × sentence shapes. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const capitals = (sentence: string) =>
  findTriggers(sentence, 'kk').filter((h) => h.trigger.facet === 'capital');

const CITIES = ['Ақмола', 'Алматы', 'Қызылорда'];
const OWNERS = [
  'ел астанасы',
  'Қазақстанның астанасы',
  'республиканың астанасы',
  'біздің астанамыз',
];
const VERBS = ['болды', 'болмақ', 'болып жарияланды', 'болып жарияланған', 'болып бекітілді'];
const SHAPES = (clause: string) => [
  `${clause}.`,
  `1997 жылдың желтоқсанында ${clause}.`,
  `Еске салайық, 1997 жылғы 10 желтоқсанда ${clause}, ал 1998 жылы қала жаңа атау алды.`,
];

describe('Kazakh: a city became the capital', () => {
  const cases = CITIES.flatMap((city) =>
    OWNERS.flatMap((owner) => VERBS.flatMap((verb) => SHAPES(`${city} ${owner} ${verb}`))),
  );
  it('spells the forms', () => expect(cases.length).toBeGreaterThan(150));
  it.each(cases)('the capital’s event: %s', (sentence) => {
    expect(capitals(sentence)).not.toHaveLength(0);
  });

  it.each([
    'Алматы ел астанасы болған қала.',
    'Астана – Қазақстанның астанасы болып табылады.',
    'Астана ел астанасы болмады.',
  ])('no event: %s', (sentence) => {
    expect(capitals(sentence)).toHaveLength(0);
  });

  it('dates it by its own clause in a chronology', () => {
    const events = eventsOf(
      'kk',
      'Елорда тарихы\n\nЕске салайық, 1997 жылдың желтоқсанында Ақмола ел астанасы болды, ал 1998 жылғы 6 мамырда оған Астана атауы берілді.',
      '2022-09-17',
    ).events;
    expect(events.map((e) => `${e.type} ${e.date.edtf}`).sort()).toEqual([
      'other 1997-12',
      'renaming 1998-05-06',
    ]);
  });
});
