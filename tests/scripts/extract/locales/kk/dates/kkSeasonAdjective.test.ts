import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A season adjective ("көктемгі", "жазғы", "күзгі", "қысқы", and "күздік" of autumn-sown crops)
 * is a date of its season by itself, as KazNERD marks it ("жазғы лагерь", "Көктемгі тасқын",
 * "күздік бидай"): it was dropped as naming a kind of thing. Generated: every adjective before
 * nouns of things, events and works, at the start of a sentence and inside it; a year or
 * "биылғы" before it still makes one date with it, and a capitalised season naming an exercise
 * ("« Қыс-2019 »") is still a name.
 */
const tag = (text: string) => tagDates(text, { lang: 'kk' }).map((t) => [t.text, t.value]);

const ADJECTIVES = [
  ['көктемгі', 'SP'],
  ['жазғы', 'SU'],
  ['күзгі', 'FA'],
  ['қысқы', 'WI'],
  ['күздік', 'FA'],
] as const;
const NOUNS = ['лагерьде', 'демалыс', 'сессияда', 'егіс науқаны', 'тасқынға', 'алаңдар', 'бидай'];
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

describe('Kazakh season adjectives', () => {
  it.each(ADJECTIVES)('"%s" before every noun is a date of its season', (adj, code) => {
    const wrong = NOUNS.flatMap((noun) =>
      [`Біз ${adj} ${noun} туралы айттық .`, `${cap(adj)} ${noun} туралы айттық .`].flatMap(
        (sentence) => {
          const found = tag(sentence);
          const word = sentence.startsWith('Біз') ? adj : cap(adj);
          const ok = found.length === 1 && found[0]![0] === word && found[0]![1] === `XXXX-${code}`;
          return ok ? [] : [`${sentence} → ${JSON.stringify(found)}`];
        },
      ),
    );
    expect(wrong).toEqual([]);
  });
  it.each([
    ['Балалар жазғы лагерьде демалып жатыр .', [['жазғы', 'XXXX-SU']]],
    ['Көктемгі тасқынға дайындық басталды .', [['Көктемгі', 'XXXX-SP']]],
    ['Парламенттің 2025 жылғы күзгі сессиясы ашылды .', [['2025 жылғы күзгі', '2025-FA']]],
    ['Биылғы көктемгі егіс аяқталды .', [['Биылғы көктемгі', 'PRESENT_REF']]],
    ['« Қыс-2019 » оқу-жаттығуы өтті .', []],
  ])('%s', (sentence, dates) => {
    expect(tag(sentence)).toEqual(dates);
  });
});
