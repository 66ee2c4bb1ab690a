/**
 * A Kazakh office held since a day, told by its post and "to be" ("2023 жылдан бері министр
 * болды") or by its duties or post carried out ("министр қызметін атқарды", "лауазымын атқарған"):
 * a tenure, the appointment on that day. A deputy's or a president's term, and a post with no
 * start, are none. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const STARTS = [
  ['2023 жылғы қаңтардан бері', '2023-01'],
  ['2023 жылдың қаңтарынан бері', '2023-01'],
  ['2022 жылғы 5 ақпаннан бастап', '2022-02-05'],
  ['2016 жылдан бері', '2016'],
] as const;
const POSTS = ['министр', 'облыс әкімі', 'Сенат төрағасы', 'Бас прокурор', 'Мәжіліс хатшысы'];
const HELD = [
  (post: string) => `${post} болды`,
  (post: string) => `${post} болған`,
  (post: string) => `${post} қызметін атқарды`,
  (post: string) => `${post} қызметін атқарып келеді`,
  (post: string) => `${post} лауазымын атқарған`,
];
const CASES = STARTS.flatMap(([start, day]) =>
  POSTS.flatMap((post) =>
    HELD.map((held) => [`Ғани Бейсембаев ${start} ${held(post)}.`, day] as const),
  ),
);

describe('an office held since a day', () => {
  it.each(CASES)('%s', (sentence, day) => {
    const events = kindsAndDays('kk', `Президент жаңа министрді тағайындады. ${sentence}`, PUB);
    expect(events).toContain(`appointment ${day}`);
  });
});

describe('no office of the kind, or no start', () => {
  it.each([
    'Ол 2019 жылдан бері депутат болды.',
    'Ол 2019 жылдан бері Президент болды.',
    'Ол 2019 жылдан бері мұғалім болды.',
    'Бұл 2019 жылдан бері бірінші рет болды.',
  ])('%s', (sentence) => {
    const events = kindsAndDays('kk', sentence, PUB);
    expect(events.filter((e) => e.startsWith('appointment'))).toEqual([]);
  });
});
