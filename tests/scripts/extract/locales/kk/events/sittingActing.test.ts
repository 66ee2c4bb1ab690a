/**
 * A sitting in the nominative with its possessive that adopts, approves or ends something in its
 * clause ("Парламент палаталарының бірлескен отырысы түзетулерді кеше, 16 қыркүйекте қабылдады")
 * is the body acting: its act is the event, not the sitting. The locative ("бірлескен
 * отырысында … қабылдады"), a sitting held ("жалпы отырысы 22 қыркүйекте өтеді") or one where
 * something was adopted, told in the passive, stay sittings. A renaming adopted ("Нұр-Сұлтан деп
 * атау туралы түзетуді қабылдады") is the renaming. Generated: sittings × verbs × forms.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { verbForms } from './kkVerbParadigm';

const kinds = (sentence: string) =>
  findTriggers(sentence, 'kk')
    .filter((h) => !h.topic && !h.standAside)
    .map((h) => h.trigger.type);

const SITTINGS = [
  'Парламент палаталарының бірлескен отырысы',
  'Мәжілістің жалпы отырысы',
  'Сенаттың пленарлық отырысы',
  'Облыстық мәслихаттың сессиясы',
];
const ACTS = ['қабылда', 'мақұлда', 'бекіт', 'тоқтат'];
const FORMS = ['past', 'perfect', 'perfectAux'] as const;
const BETWEEN = ['', 'кеше, 16 қыркүйекте', '2022 жылғы 16 қыркүйекте бірден екі оқылымда'];

describe('Kazakh: a sitting that adopts is the body acting', () => {
  const cases = SITTINGS.flatMap((sitting) =>
    ACTS.flatMap((stem) =>
      FORMS.flatMap((form) =>
        BETWEEN.map((between) =>
          `${sitting} құжатты ${between ? `${between} ` : ''}${verbForms(stem)[form]}.`.replace(
            /\s+/gu,
            ' ',
          ),
        ),
      ),
    ),
  );
  it.each(cases)('no sitting: %s', (sentence) => {
    const got = kinds(sentence);
    expect(got).not.toContain('session');
    expect(got).not.toContain('meeting');
  });
});

describe('Kazakh: a sitting held, or where something was done, stays a sitting', () => {
  const cases = SITTINGS.flatMap((sitting) => [
    `${sitting} 2022 жылғы 22 қыркүйекте өтеді.`,
    `${sitting} 2022 жылғы 22 қыркүйекте өтті, онда заң қабылданды.`,
    `${sitting} 2022 жылғы 22 қыркүйекте өтіп, депутаттар бюджетті бекітті.`,
    `${sitting.replace(/ы$/u, 'ында').replace(/сы$/u, 'сында')} депутаттар заңды қабылдады.`,
  ]);
  it.each(cases)('a sitting: %s', (sentence) => {
    const got = kinds(sentence);
    expect(got.some((k) => k === 'session' || k === 'meeting')).toBe(true);
  });
});

describe('Kazakh: a renaming adopted', () => {
  it.each(
    ACTS.slice(0, 1).flatMap((stem) =>
      FORMS.map(
        (form) =>
          `2019 жылғы 20 наурызда Парламент елорданы Нұр-Сұлтан деп атау туралы түзетуді ${verbForms(stem)[form]}.`,
      ),
    ),
  )('a renaming: %s', (sentence) => {
    expect(kinds(sentence)).toContain('renaming');
  });
});
